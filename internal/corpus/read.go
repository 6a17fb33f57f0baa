package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// sniffSize is how many bytes of an input Sniff sees.
const sniffSize = 8 << 10

// Read reads the articles in paths: files (any format of opts.Formats),
// folders (walked in lexical order, see the package documentation) and "-"
// for standard input. Articles come out in a deterministic order: inputs in
// the order listed and walked, records in file order; files are read
// concurrently by opts.Workers workers.
//
// Every document that cannot be used is yielded as a *DocError and the
// iteration goes on. Beyond what each format checks, Read rejects articles
// with no publication date, a date after opts.Now plus the tolerance, empty
// text, invalid UTF-8, or an ID seen before with different text; an article
// identical to one already yielded (same ID and text) is dropped silently.
// When ctx is cancelled the last value yielded is ctx.Err().
func Read(ctx context.Context, paths []string, opts Options) iter.Seq2[*news.Article, error] {
	return read(ctx, osFS{}, paths, opts)
}

// ReadFS is [Read] over a file system: paths are slash-separated names in
// fsys ("." for all of it). There is no standard input.
func ReadFS(ctx context.Context, fsys fs.FS, paths []string, opts Options) iter.Seq2[*news.Article, error] {
	return read(ctx, ioFS{fsys}, paths, opts)
}

type result struct {
	a   *news.Article
	err error
}

func read(ctx context.Context, fsys fileSystem, paths []string, opts Options) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		inputs := collect(fsys, paths)
		formats := opts.formats()
		workers := min(opts.workers(), max(1, len(inputs)))

		// One channel per input, handed to the consumer in input order: the
		// output order does not depend on which worker finishes first.
		order := make(chan chan result, workers)
		jobs := make(chan int)
		chans := make([]chan result, len(inputs))
		go func() {
			defer close(order)
			defer close(jobs)
			for i := range inputs {
				chans[i] = make(chan result, 64)
				select {
				case order <- chans[i]:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- i:
				case <-ctx.Done():
					return
				}
			}
		}()
		for range workers {
			go func() {
				for i := range jobs {
					readInput(ctx, fsys, inputs[i], formats, chans[i])
					close(chans[i])
				}
			}()
		}

		c := newChecker(opts)
		for ch := range order {
			for {
				var r result
				var more bool
				select {
				case r, more = <-ch:
				case <-ctx.Done():
					yield(nil, ctx.Err())
					return
				}
				if !more {
					break
				}
				a, err := r.a, r.err
				if a == nil && err == nil {
					continue // a format yielded nothing
				}
				if err == nil {
					a, err = c.check(a)
					if a == nil && err == nil {
						continue // identical re-read
					}
				}
				if !yield(a, err) {
					return
				}
			}
		}
		if err := ctx.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// readInput reads one input with its format, sending results to out. It
// gives up when ctx is done.
func readInput(ctx context.Context, fsys fileSystem, in input, formats []Format, out chan<- result) {
	send := func(a *news.Article, err error) bool {
		select {
		case out <- result{a, err}:
			return true
		case <-ctx.Done():
			return false
		}
	}
	if in.err != nil {
		send(nil, in.err)
		return
	}
	if ctx.Err() != nil {
		return
	}
	name := in.path
	if name == "-" {
		name = "stdin"
	}
	f, err := fsys.open(in.path)
	if err != nil {
		send(nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: unwrapPathError(err)})
		return
	}
	defer f.Close()
	head, r, err := sniffHead(f, sizeOf(f))
	if err != nil {
		send(nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: err})
		return
	}
	gzipped := len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
	if gzipped {
		zr, err := gzip.NewReader(r)
		if err != nil {
			send(nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: fmt.Errorf("gzip: %w", err)})
			return
		}
		defer zr.Close()
		head, r, err = sniffHead(zr, -1)
		if err != nil {
			send(nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: fmt.Errorf("gzip: %w", err)})
			return
		}
	}
	format := in.format
	if format == nil && (bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff})) {
		// No format reads UTF-16; say what the file is rather than that
		// nothing recognises it.
		send(nil, &DocError{Origin: name, Reason: ReasonEncoding, Err: errors.New("the file is UTF-16 text: convert it to UTF-8")})
		return
	}
	if format == nil && len(head) == 0 {
		// A zero-byte file (or one that decompresses to nothing) is no
		// format at all: say so rather than read no document from it.
		what := "the file is empty"
		if gzipped {
			what = "the file decompresses to nothing"
		}
		send(nil, &DocError{Origin: name, Reason: ReasonEmpty, Err: errors.New(what)})
		return
	}
	if format == nil {
		for _, f := range formats {
			if f.Sniff(name, head) {
				format = f
				break
			}
		}
	}
	if format == nil {
		send(nil, &DocError{Origin: name, Reason: ReasonUnknownFormat, Err: fmt.Errorf("no reader for this input (tried %s)", formatNames(formats))})
		return
	}
	if gr, ok := format.(GzipReader); ok && gzipped && gr.ReadsGzip() && in.path != "-" {
		raw, err := fsys.open(in.path)
		if err != nil {
			send(nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: unwrapPathError(err)})
			return
		}
		defer raw.Close()
		r = raw
	}
	for a, err := range format.Read(ctx, name, r) {
		if a != nil {
			if in.idBase != "" && strings.HasPrefix(a.ID, name) && in.idBase != name {
				a.ID = in.idBase + a.ID[len(name):]
			}
			if a.Source == "" {
				a.Source = in.source
			}
			if a.Origin == "" {
				a.Origin = name
			}
			a.ID, a.Source = validName(a.ID), validName(a.Source)
		}
		if !send(a, err) {
			return
		}
	}
}

// sizeOf returns the size of a regular file, or -1.
func sizeOf(f io.Reader) int64 {
	st, ok := f.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return -1
	}
	fi, err := st.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	return fi.Size()
}

// sniffHead reads up to sniffSize bytes of f and returns them with a reader
// of the whole input. size is the input's size when known, or -1; the
// reader then tells its remaining length (see sizeHint).
func sniffHead(f io.Reader, size int64) ([]byte, io.Reader, error) {
	n := sniffSize
	if size >= 0 && size < int64(n) {
		n = int(size) + 1 // +1 to see the end
	}
	head := make([]byte, n)
	m := 0
	var err error
	for m < n && err == nil {
		var k int
		k, err = f.Read(head[m:])
		m += k
	}
	head = head[:m]
	switch {
	case err == nil:
	case errors.Is(err, io.EOF):
		return head, bytes.NewReader(head), nil
	case m == 0:
		return nil, nil, err
	default:
		// Replay what was read, then report the error to the format.
		return head, &headReader{head: head, rest: errReader{err}, size: -1}, nil
	}
	r := &headReader{head: head, rest: f}
	if size >= 0 {
		r.size = size
	} else {
		r.size = -1
	}
	return head, r, nil
}

// headReader replays the sniffed head, then reads the rest of the input.
type headReader struct {
	head []byte
	rest io.Reader
	size int64 // total size when known, else -1
	read int64
}

func (h *headReader) Read(p []byte) (int, error) {
	if len(h.head) > 0 {
		n := copy(p, h.head)
		h.head = h.head[n:]
		h.read += int64(n)
		return n, nil
	}
	n, err := h.rest.Read(p)
	h.read += int64(n)
	return n, err
}

// errReader fails every read with err.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// Len returns the number of bytes left when the size is known, else 0.
func (h *headReader) Len() int {
	if h.size < 0 || h.read > h.size {
		return 0
	}
	return int(h.size - h.read)
}

func formatNames(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name()
	}
	return strings.Join(names, ", ")
}

// ArticleError returns a *DocError about an article that was read: its
// Origin, "path" or "path:line" as the readers set it, is split into
// DocError.Origin and DocError.Line.
func ArticleError(a *news.Article, reason Reason, err error) *DocError {
	origin, line := splitOrigin(a.Origin)
	return &DocError{Origin: origin, Line: line, Reason: reason, Err: err}
}

// DuplicateIDError returns the error [Read] reports for an article whose ID
// was already read with a different text ([ReasonDuplicate]). Readers that
// merge several Read calls (the Beam pipeline) use it to report the same.
func DuplicateIDError(a *news.Article) *DocError {
	return ArticleError(a, ReasonDuplicate, fmt.Errorf("id %q already read with different text", a.ID))
}

// splitOrigin splits an Article.Origin "path:line" into its parts.
func splitOrigin(origin string) (string, int) {
	i := strings.LastIndexByte(origin, ':')
	if i <= 0 || i == len(origin)-1 {
		return origin, 0
	}
	n, err := strconv.Atoi(origin[i+1:])
	if err != nil || n <= 0 {
		return origin, 0
	}
	return origin[:i], n
}

// checker applies the checks common to all formats, in output order.
type checker struct {
	deadline    time.Time
	futureCheck bool
	noRepeat    bool
	seed        maphash.Seed
	seen        map[string]uint64 // ID → hash of the text
}

func newChecker(opts Options) *checker {
	c := &checker{seed: maphash.MakeSeed(), seen: make(map[string]uint64)}
	c.deadline, c.futureCheck = opts.deadline()
	c.noRepeat = opts.NoRepeatCheck
	return c
}

// check validates a, returning (nil, nil) for an identical re-read.
func (c *checker) check(a *news.Article) (*news.Article, error) {
	derr := func(reason Reason, format string, args ...any) error {
		return ArticleError(a, reason, fmt.Errorf(format, args...))
	}
	switch {
	case a.ID == "":
		return nil, derr(ReasonMalformed, "article has no id")
	case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
		return nil, derr(ReasonEncoding, "text is not valid UTF-8")
	case strings.TrimSpace(a.Text) == "":
		return nil, derr(ReasonEmpty, "no text")
	case a.Published.IsZero():
		return nil, derr(ReasonNoDate, "no publication date")
	}
	if c.futureCheck && a.Published.After(c.deadline) {
		return nil, derr(ReasonFutureDate, "published %s, after %s", a.Published.Format("2006-01-02T15:04Z07:00"), c.deadline.Format("2006-01-02T15:04Z07:00"))
	}
	if c.noRepeat {
		return a, nil
	}
	h := maphash.String(c.seed, a.Text)
	if prev, ok := c.seen[a.ID]; ok {
		if prev == h {
			return nil, nil
		}
		return nil, DuplicateIDError(a)
	}
	c.seen[a.ID] = h
	return a, nil
}

package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/webpage"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// Options configure the WARC reader. The zero value is ready to use.
type Options struct {
	// Page configures the HTML extraction of each page (its MaxBytes also
	// caps a record's decoded payload).
	Page webpage.Options
	// OmitNotArticle drops records that are not articles silently instead
	// of yielding them as corpus.ReasonNotArticle errors.
	OmitNotArticle bool
}

// Format returns the corpus format for WARC files.
func Format(opts Options) corpus.Format {
	return warcFormat{opts: opts, ex: webpage.New(opts.Page)}
}

type warcFormat struct {
	opts Options
	ex   *webpage.Extractor
}

func (warcFormat) Name() string { return "warc" }

// ReadsGzip reports that the format reads .warc.gz files as stored (see
// corpus.GzipReader), so that damaged gzip members can be skipped and
// record offsets refer to the file.
func (warcFormat) ReadsGzip() bool { return true }

// Sniff accepts input whose first line is a WARC version line ("WARC/1.0"),
// and gzip data named like a WARC file (".warc" in the name).
func (warcFormat) Sniff(name string, head []byte) bool {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	return bytes.HasPrefix(head, gzipMagic[:2]) && strings.Contains(strings.ToLower(name), ".warc")
}

// Read yields the articles of one WARC file.
func (f warcFormat) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	return Read(ctx, name, r, f.ex, f.opts)
}

// Read yields the articles of the WARC file r, called name in errors,
// using ex for the pages.
func Read(ctx context.Context, name string, r io.Reader, ex *webpage.Extractor, opts Options) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(8)
		var (
			src io.Reader = br
			gz  *gzipStream
		)
		switch {
		case len(head) == 0:
			return // an empty file holds no records
		case bytes.HasPrefix(head, gzipMagic[:2]):
			gz = newGzipStream(br)
			zbr := bufio.NewReaderSize(gz, 64<<10)
			if head, _ = zbr.Peek(8); len(head) == 0 {
				// An empty member, or damage before the first record: let the
				// record reader report it.
				head = []byte("WARC/")
			}
			src = zbr
		}
		if !bytes.HasPrefix(head, []byte("WARC/")) {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonUnknownFormat, Err: notWARC(head)})
			return
		}
		wr, err := gowarc.NewWarcFileReaderFromStream(src, 0,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
			gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
			gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
		)
		if err != nil {
			yield(nil, &corpus.DocError{Origin: name, Reason: corpus.ReasonUnreadable, Err: err})
			return
		}
		defer wr.Close()
		rd := recordReader{name: name, ex: ex, opts: opts, gz: gz}
		lastPos, stuck := int64(-1), 0
		for {
			if ctx.Err() != nil {
				return
			}
			rec, err := wr.Next()
			if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
				return
			}
			origin := rd.origin(rec.Offset)
			if err != nil {
				_ = rec.Close()
				reason := corpus.ReasonMalformed
				err = fmt.Errorf("%s: %w", rd.where(rec.Offset), err)
				var ge *gzipError
				if errors.As(err, &ge) {
					reason = corpus.ReasonUnreadable
					if ge.between {
						origin = fmt.Sprintf("%s#offset=%d", name, ge.offset)
						err = ge
					}
				}
				if !yield(nil, &corpus.DocError{Origin: origin, Reason: reason, Err: err}) {
					return
				}
				// Stop when the reader makes no progress (nothing left to
				// resynchronise on).
				pos := rd.position(rec.Offset + rec.Size)
				if pos <= lastPos {
					if stuck++; stuck >= 3 {
						return
					}
				} else {
					stuck = 0
				}
				lastPos = pos
				continue
			}
			lastPos, stuck = rd.position(rec.Offset+rec.Size), 0
			a, err := rd.article(ctx, rec, origin)
			_ = rec.Close()
			if err != nil {
				var de *corpus.DocError
				if opts.OmitNotArticle && errors.As(err, &de) && de.Reason == corpus.ReasonNotArticle {
					continue
				}
				if !yield(nil, err) {
					return
				}
				continue
			}
			if !yield(a, nil) {
				return
			}
		}
	}
}

// notWARC explains input that is not a WARC file.
func notWARC(head []byte) error {
	switch {
	case bytes.HasPrefix(head, []byte{0x04, 0x22, 0x4d, 0x18}):
		return errors.New("LZ4-compressed input: only plain and gzip-compressed WARC files are read")
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return errors.New("zstd-compressed input: only plain and gzip-compressed WARC files are read")
	case bytes.HasPrefix(head, []byte("filedesc:")):
		return errors.New("ARC file (the format before WARC) is not supported")
	}
	return fmt.Errorf("not a WARC file: starts with %q", head)
}

// recordReader turns records of one file into articles.
type recordReader struct {
	name string
	ex   *webpage.Extractor
	opts Options
	gz   *gzipStream
}

// fileOffset maps a stream offset to the file: in gzip files, the
// compressed offset of the member holding it.
func (rd recordReader) fileOffset(off int64) (int64, int64) {
	if rd.gz == nil {
		return off, 0
	}
	return rd.gz.compressedOffset(off)
}

// position measures how far reading has got: the stream offset, plus the
// compressed bytes consumed in a gzip file (skipping damaged compressed
// data advances no stream offset).
func (rd recordReader) position(streamOff int64) int64 {
	if rd.gz == nil {
		return streamOff
	}
	return streamOff + rd.gz.src.n
}

// origin names a record: "file#offset=N" with N its byte offset, or, for
// a record inside a gzip member it does not start (a file compressed as
// one stream), "file#offset=N+M": the member's offset and the record's
// offset in the member's decompressed data.
func (rd recordReader) origin(off int64) string {
	in, within := rd.fileOffset(off)
	if within == 0 {
		return fmt.Sprintf("%s#offset=%d", rd.name, in)
	}
	return fmt.Sprintf("%s#offset=%d+%d", rd.name, in, within)
}

// where describes a record's position for error messages.
func (rd recordReader) where(off int64) string {
	in, within := rd.fileOffset(off)
	if within == 0 {
		return fmt.Sprintf("record at byte %d", in)
	}
	return fmt.Sprintf("record at byte %d of the gzip member at byte %d", within, in)
}

func (rd recordReader) notArticle(origin, format string, args ...any) error {
	return &corpus.DocError{Origin: origin, Reason: corpus.ReasonNotArticle, Err: fmt.Errorf(format, args...)}
}

// article converts one parsed record.
func (rd recordReader) article(ctx context.Context, rec gowarc.Record, origin string) (*news.Article, error) {
	wrec := rec.WarcRecord
	if err := damage(rec.Validation); err != nil {
		return nil, &corpus.DocError{Origin: origin, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("%s: %w", rd.where(rec.Offset), err)}
	}
	h := wrec.WarcHeader()
	if h.Has(gowarc.WarcSegmentNumber) {
		return nil, rd.notArticle(origin, "segmented %s record (not supported)", wrec.Type())
	}
	var page webpage.Page
	switch wrec.Type() {
	case gowarc.Response:
		ct := h.Get(gowarc.ContentType)
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(ct)), "application/http") {
			return nil, rd.notArticle(origin, "response record of type %q", ct)
		}
		body, ctype, err := rd.httpPayload(wrec, origin)
		if err != nil {
			return nil, err
		}
		page = webpage.Page{HTML: body, ContentType: ctype}
	case gowarc.Resource:
		ct := h.Get(gowarc.ContentType)
		if !isHTMLType(ct) {
			return nil, rd.notArticle(origin, "resource record of type %q", ct)
		}
		body, err := rd.readAll(wrec, origin)
		if err != nil {
			return nil, err
		}
		page = webpage.Page{HTML: body, ContentType: ct}
	default:
		return nil, rd.notArticle(origin, "%s record", wrec.Type())
	}
	page.URL = strings.Trim(strings.TrimSpace(h.Get(gowarc.WarcTargetURI)), "<>")
	if t, err := wrec.Date(); err == nil {
		page.Fetched = t
	} else if t, err := parseWARCDate(h.Get(gowarc.WarcDate)); err == nil {
		page.Fetched = t
	}
	page.Origin = origin
	return rd.ex.Article(ctx, page)
}

// parseWARCDate reads the WARC-Date forms older writers use.
func parseWARCDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC3339Nano, "20060102150405", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad WARC-Date %q", s)
}

// damage returns the first validation finding that means the record's
// block is not what was written: a Content-Length or block-digest mismatch
// or a missing end-of-record marker (truncation).
func damage(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		var de *gowarc.DigestError
		msg := f.Error()
		switch {
		case errors.As(f, &cl):
			return fmt.Errorf("truncated or overlong block: %w", f)
		case errors.As(f, &de) && strings.HasPrefix(msg, "block:"):
			return fmt.Errorf("corrupt block: %w", f)
		case strings.Contains(msg, "end of record"):
			return fmt.Errorf("truncated record: %w", f)
		}
	}
	return nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func (rd recordReader) limit() int64 {
	if rd.opts.Page.MaxBytes > 0 {
		return rd.opts.Page.MaxBytes
	}
	return webpage.DefaultMaxBytes
}

func (rd recordReader) readAll(wrec gowarc.WarcRecord, origin string) ([]byte, error) {
	raw, err := wrec.Block().RawBytes()
	if err != nil {
		return nil, &corpus.DocError{Origin: origin, Reason: corpus.ReasonUnreadable, Err: err}
	}
	return rd.readLimited(raw, origin)
}

func (rd recordReader) readLimited(r io.Reader, origin string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, rd.limit()+1))
	if err != nil {
		return nil, &corpus.DocError{Origin: origin, Reason: corpus.ReasonUnreadable, Err: err}
	}
	if int64(len(b)) > rd.limit() {
		return nil, &corpus.DocError{Origin: origin, Reason: corpus.ReasonTooLarge, Err: fmt.Errorf("payload over the %d-byte limit", rd.limit())}
	}
	return b, nil
}

// httpPayload parses the HTTP response in a response record and returns
// its decoded HTML body and Content-Type. Responses that are not 2xx or
// not HTML are not articles.
func (rd recordReader) httpPayload(wrec gowarc.WarcRecord, origin string) ([]byte, string, error) {
	raw, err := wrec.Block().RawBytes()
	if err != nil {
		return nil, "", &corpus.DocError{Origin: origin, Reason: corpus.ReasonUnreadable, Err: err}
	}
	block, err := rd.readLimited(raw, origin)
	if err != nil {
		return nil, "", err
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", &corpus.DocError{Origin: origin, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("HTTP response header: %w", err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", rd.notArticle(origin, "HTTP status %d", resp.StatusCode)
	}
	ct := resp.Header.Get("Content-Type")
	body, err := io.ReadAll(io.LimitReader(resp.Body, rd.limit()+1))
	if err != nil {
		// A payload stored already de-chunked under a chunked header:
		// take the bytes after the header as they are.
		if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
			body, err = block[i+4:], nil
		}
	}
	if err != nil {
		return nil, "", &corpus.DocError{Origin: origin, Reason: corpus.ReasonMalformed, Err: fmt.Errorf("HTTP body: %w", err)}
	}
	body = decodeContent(body, resp.Header.Get("Content-Encoding"), rd.limit())
	if ct == "" {
		if !webpage.LooksLikeHTML(body) {
			return nil, "", rd.notArticle(origin, "HTTP payload without Content-Type that is not HTML")
		}
	} else if !isHTMLType(ct) {
		return nil, "", rd.notArticle(origin, "HTTP payload of type %q", ct)
	}
	if int64(len(body)) > rd.limit() {
		return nil, "", &corpus.DocError{Origin: origin, Reason: corpus.ReasonTooLarge, Err: fmt.Errorf("payload over the %d-byte limit", rd.limit())}
	}
	return body, ct, nil
}

// decodeContent undoes a Content-Encoding. Archives often store the
// payload already decoded under the original header, so a body that does
// not decode is returned as it is.
func decodeContent(body []byte, encoding string, limit int64) []byte {
	var r io.Reader
	var err error
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(body, gzipMagic[:2]) {
			return body
		}
		r, err = gzip.NewReader(bytes.NewReader(body))
	case "deflate":
		if r, err = zlib.NewReader(bytes.NewReader(body)); err != nil {
			r, err = flate.NewReader(bytes.NewReader(body)), nil
		}
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	default:
		return body
	}
	if err != nil {
		return body
	}
	out, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil || len(out) == 0 {
		return body
	}
	return out
}

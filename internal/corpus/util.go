package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// errTooLarge is returned by readAllLimit for inputs over the limit.
var errTooLarge = errors.New("too large")

// readAllLimit reads r to the end, failing with errTooLarge past limit bytes.
func readAllLimit(r io.Reader, limit int64) ([]byte, error) {
	// Readers from Read know their remaining length: allocate once.
	var b []byte
	if l, ok := r.(interface{ Len() int }); ok && l.Len() > 0 && int64(l.Len()) <= limit {
		b = make([]byte, 0, l.Len()+1)
	}
	b, err := readAll(b, io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge
	}
	return b, nil
}

// readAll is io.ReadAll appending to b.
func readAll(b []byte, r io.Reader) ([]byte, error) {
	if b == nil {
		b = make([]byte, 0, 512)
	}
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// readText reads a whole one-document text input, mapping failures to
// DocErrors: ctx already done or a read error ([ReasonUnreadable]), over
// MaxDocSize ([ReasonTooLarge]), not valid UTF-8 ([ReasonEncoding]).
func readText(ctx context.Context, name string, r io.Reader) ([]byte, *DocError) {
	if err := ctx.Err(); err != nil {
		return nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: err}
	}
	b, err := readAllLimit(r, MaxDocSize)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, &DocError{Origin: name, Reason: ReasonTooLarge, Err: fmt.Errorf("over %d MiB", MaxDocSize>>20)}
	case err != nil:
		return nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: err}
	case !utf8.Valid(b):
		return nil, &DocError{Origin: name, Reason: ReasonEncoding, Err: fmt.Errorf("text is not valid UTF-8")}
	}
	return b, nil
}

// normalizeNewlines turns CRLF and lone CR into LF and drops a UTF-8 BOM.
func normalizeNewlines(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
}

// joinSentences builds an article text from pre-split sentences: each is
// trimmed, blank ones are dropped, and the rest are joined by "\n" with
// their offsets recorded.
func joinSentences(parts []string) (string, []news.Sentence) {
	size := 0
	for _, p := range parts {
		size += len(p) + 1
	}
	j := newJoiner(size, len(parts))
	for _, p := range parts {
		joinAdd(j, strings.TrimSpace(p))
	}
	return j.result()
}

// joinLines is joinSentences over the lines of b (LF or CRLF ended),
// without copying b into a string first.
func joinLines(b []byte) (string, []news.Sentence) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	j := newJoiner(len(b), bytes.Count(b, []byte{'\n'})+1)
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		joinAdd(j, bytes.TrimSpace(line))
	}
	return j.result()
}

// joiner builds an article text from trimmed sentences, one per line,
// recording each sentence's offsets.
type joiner struct {
	buf   []byte
	sents []news.Sentence
}

// newJoiner returns a joiner with room for size bytes and count sentences.
func newJoiner(size, count int) *joiner {
	return &joiner{buf: make([]byte, 0, size), sents: make([]news.Sentence, 0, count)}
}

// joinAdd adds the trimmed sentence p as a line of j's text, unless it is
// empty.
func joinAdd[S string | []byte](j *joiner, p S) {
	if len(p) == 0 {
		return
	}
	if len(j.buf) > 0 {
		j.buf = append(j.buf, '\n')
	}
	start := len(j.buf)
	j.buf = append(j.buf, p...)
	j.sents = append(j.sents, news.Sentence{Index: len(j.sents), Start: start, End: len(j.buf)})
}

// result returns the text and its sentences.
func (j *joiner) result() (string, []news.Sentence) {
	text := string(j.buf)
	for i := range j.sents {
		j.sents[i].Text = text[j.sents[i].Start:j.sents[i].End]
	}
	return text, j.sents
}

// one yields a single result.
func one(a *news.Article, err error) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) { yield(a, err) }
}

// fail yields a single DocError.
func fail(e *DocError) iter.Seq2[*news.Article, error] { return one(nil, e) }

// validName returns s with every byte that is not valid UTF-8 written as
// %XX: article IDs and sources come from file and folder names, which need
// not be UTF-8, and every output format (JSON, CSV, HTML, the store) wants
// valid text.
func validName(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&b, "%%%02X", s[i])
			i++
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

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

// readDoc reads a whole one-document input, mapping failures to DocErrors.
func readDoc(name string, r io.Reader) ([]byte, *DocError) {
	b, err := readAllLimit(r, MaxDocSize)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, &DocError{Origin: name, Reason: ReasonTooLarge, Err: fmt.Errorf("over %d MiB", MaxDocSize>>20)}
	case err != nil:
		return nil, &DocError{Origin: name, Reason: ReasonUnreadable, Err: err}
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
	var sb strings.Builder
	size := 0
	for _, p := range parts {
		size += len(p) + 1
	}
	sb.Grow(size)
	sents := make([]news.Sentence, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		start := sb.Len()
		sb.WriteString(p)
		sents = append(sents, news.Sentence{Index: len(sents), Start: start, End: sb.Len()})
	}
	text := sb.String()
	for i := range sents {
		sents[i].Text = text[sents[i].Start:sents[i].End]
	}
	return text, sents
}

// joinLines is joinSentences over the lines of b (LF or CRLF ended),
// without copying b into a string first.
func joinLines(b []byte) (string, []news.Sentence) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var sb strings.Builder
	sb.Grow(len(b))
	sents := make([]news.Sentence, 0, bytes.Count(b, []byte{'\n'})+1)
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		start := sb.Len()
		sb.Write(line)
		sents = append(sents, news.Sentence{Index: len(sents), Start: start, End: sb.Len()})
	}
	text := sb.String()
	for i := range sents {
		sents[i].Text = text[sents[i].Start:sents[i].End]
	}
	return text, sents
}

// one yields a single result.
func one(a *news.Article, err error) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) { yield(a, err) }
}

// fail yields a single DocError.
func fail(e *DocError) iter.Seq2[*news.Article, error] { return one(nil, e) }

package corpus

import (
	"context"
	"fmt"
	"io"
	"iter"

	"github.com/dateline-news/dateline/internal/news"
)

// Format reads one kind of input file (plain text, JSONL, HTML, WARC, a
// feed, ...). Formats are plain values: the caller chooses which ones a
// reader knows by listing them (see [DefaultFormats]); nothing registers
// itself.
type Format interface {
	// Name is a short lowercase name ("text", "jsonl", "html", "warc").
	Name() string
	// Sniff reports whether an input called name (a path or URL; may be
	// empty) whose first bytes are head is in this format. head holds up
	// to 8 KiB, already gunzipped when the input was compressed.
	Sniff(name string, head []byte) bool
	// Read yields the articles of one input. Every error it yields is a
	// *DocError naming the document (and line or record) and the reason;
	// after a document error the iteration goes on with the next
	// document, unless the error makes the rest of the input unreadable,
	// in which case it is the last value yielded. Read honours ctx
	// between documents.
	Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error]
}

// GzipReader is implemented by formats that read gzip-compressed input
// themselves (WARC: record offsets and skipping damaged gzip members need
// the compressed stream). When such a format recognises a gzipped file,
// [Read] passes it the file as stored rather than decompressed. Sniff still
// sees the decompressed head.
type GzipReader interface {
	ReadsGzip() bool
}

// Reason classifies why a document was skipped. Reasons are counted in the
// summary line every run prints.
type Reason string

// The reasons a document can be skipped.
const (
	ReasonUnreadable    Reason = "unreadable"     // I/O or decompression error
	ReasonMalformed     Reason = "malformed"      // syntax error in the record (bad JSON, broken WARC record)
	ReasonUnknownFormat Reason = "unknown-format" // no Format recognised the input
	ReasonEncoding      Reason = "invalid-utf8"   // text is not valid UTF-8
	ReasonTooLarge      Reason = "too-large"      // over a size limit (line, record, decompressed size)
	ReasonEmpty         Reason = "empty"          // no text
	ReasonNoDate        Reason = "no-date"        // no publication date anywhere
	ReasonBadDate       Reason = "bad-date"       // a publication date that does not parse
	ReasonFutureDate    Reason = "future-date"    // published after the crawl / far in the future
	ReasonDuplicate     Reason = "duplicate-id"   // same id as an earlier document, different text
	ReasonNotArticle    Reason = "not-article"    // a record that is not an article (WARC request, robots.txt)
)

// DocError reports one document that could not be used.
type DocError struct {
	// Origin is the file (and record) the document came from.
	Origin string
	// Line is the 1-based line in Origin, 0 when not line-oriented.
	Line   int
	Reason Reason
	Err    error
}

// Error formats the error as "origin:line: reason: detail".
func (e *DocError) Error() string {
	loc := e.Origin
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.Origin, e.Line)
	}
	if e.Err == nil {
		return fmt.Sprintf("%s: %s", loc, e.Reason)
	}
	return fmt.Sprintf("%s: %s: %v", loc, e.Reason, e.Err)
}

// Unwrap returns the underlying error.
func (e *DocError) Unwrap() error { return e.Err }

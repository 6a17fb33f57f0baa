package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// JSONL reads one article per line of JSON:
//
//	{"id": "a1", "title": "...", "text": "...", "time": "2007-02-16T00:07:05Z",
//	 "url": "https://...", "source": "Courier"}
//
// "time" may be a date or a date-time (see [ParseTime]); "date" and
// "published" are read when "time" is absent. "id" may be a string or a
// number. A record with "sentences" (an array of strings, or of objects with
// a "raw" or "text" string, as in the news-tls preprocessed release) keeps
// them: Article.Text is those sentences joined by "\n" and
// Article.Sentences is filled. A record in dateline's own Article form
// (sentences as objects with "start" and "end" byte offsets into "text", as
// dateline-beam writes them) is already annotated: its id is kept as is
// (not prefixed with the file), and so are its text, its sentences with
// their date mentions, its quotes and "updated"; offsets that do not
// locate their text make the record malformed. Blank lines are skipped.
//
// Each record yields its own result: a bad line is reported (file and line)
// and reading goes on with the next one.
type JSONL struct {
	// LineSentences reads "text" as one sentence per line (the news-tls
	// layout) and fills Article.Sentences from its lines.
	LineSentences bool
}

// Name returns "jsonl".
func (JSONL) Name() string { return "jsonl" }

// Sniff accepts .jsonl, .ndjson and .jl inputs, and .json or extensionless
// inputs whose first line is a complete JSON object.
func (JSONL) Sniff(name string, head []byte) bool {
	switch Ext(name) {
	case "jsonl", "ndjson", "jl":
		return true
	case "json", "":
		head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
		if len(head) == 0 || head[0] != '{' {
			return false
		}
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			head = head[:i]
		}
		return json.Valid(head)
	}
	return false
}

// jsonRecord is the shape of one JSONL line; unknown fields are ignored.
type jsonRecord struct {
	ID        json.RawMessage   `json:"id"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	Time      string            `json:"time"`
	Date      string            `json:"date"`
	Published string            `json:"published"`
	URL       string            `json:"url"`
	Source    string            `json:"source"`
	Sentences []json.RawMessage `json:"sentences"`
	Updated   string            `json:"updated"`
	Quotes    []news.Quote      `json:"quotes"`
}

// Read yields the articles of the input, one per non-blank line.
func (f JSONL) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for lineNo := 1; ; lineNo++ {
			if err := ctx.Err(); err != nil {
				yield(nil, &DocError{Origin: name, Line: lineNo, Reason: ReasonUnreadable, Err: err})
				return
			}
			line, err := readLine(br, MaxDocSize)
			if lineNo == 1 {
				// A UTF-8 byte order mark (Windows editors and exports)
				// is not part of the first record.
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			if len(line) > 0 || errors.Is(err, errTooLarge) {
				var a *news.Article
				var derr *DocError
				if errors.Is(err, errTooLarge) {
					derr = &DocError{Origin: name, Line: lineNo, Reason: ReasonTooLarge, Err: fmt.Errorf("line over %d MiB", MaxDocSize>>20)}
				} else {
					a, derr = f.record(name, lineNo, line)
				}
				switch {
				case derr != nil:
					if !yield(nil, derr) {
						return
					}
				case a != nil:
					if !yield(a, nil) {
						return
					}
				}
			}
			switch {
			case err == nil, errors.Is(err, errTooLarge):
			case errors.Is(err, io.EOF):
				return
			default:
				yield(nil, &DocError{Origin: name, Line: lineNo, Reason: ReasonUnreadable, Err: err})
				return
			}
		}
	}
}

// readLine returns the next line without its end of line. At the end of the
// input it returns the last line (possibly empty) with io.EOF. A line over
// limit is consumed and reported with errTooLarge.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit+1 {
			// Discard the rest of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return nil, errTooLarge
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			buf = append(buf, chunk...)
			continue
		case err != nil && !errors.Is(err, io.EOF):
			return nil, err
		}
		if buf == nil {
			buf = chunk // valid until the next read; parsed before it
		} else {
			buf = append(buf, chunk...)
		}
		return bytes.TrimSpace(buf), err
	}
}

// record parses one non-blank line. It returns (nil, nil) for nothing to
// report.
func (f JSONL) record(name string, lineNo int, line []byte) (*news.Article, *DocError) {
	derr := func(reason Reason, format string, args ...any) *DocError {
		return &DocError{Origin: name, Line: lineNo, Reason: reason, Err: fmt.Errorf(format, args...)}
	}
	if !utf8.Valid(line) {
		return nil, derr(ReasonEncoding, "line is not valid UTF-8")
	}
	if line[0] != '{' {
		if json.Valid(line) {
			return nil, derr(ReasonNotArticle, "line is a JSON %s, not an object", jsonKind(line[0]))
		}
		return nil, derr(ReasonMalformed, "line is not a JSON object")
	}
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, derr(ReasonMalformed, "%s", oneLine(err.Error()))
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, derr(ReasonMalformed, "id: %v", err)
	}
	if id == "" {
		id = "line-" + strconv.Itoa(lineNo)
	}
	a := &news.Article{
		ID:     name + "#" + id,
		Origin: name + ":" + strconv.Itoa(lineNo),
		Title:  strings.TrimSpace(rec.Title),
		URL:    strings.TrimSpace(rec.URL),
		Source: strings.TrimSpace(rec.Source),
	}
	ts := rec.Time
	for _, alt := range []string{rec.Date, rec.Published} {
		if strings.TrimSpace(ts) == "" {
			ts = alt
		}
	}
	if strings.TrimSpace(ts) == "" {
		return nil, derr(ReasonNoDate, `record has no "time"`)
	}
	if a.Published, err = ParseTime(ts); err != nil {
		return nil, derr(ReasonBadDate, "time: %v", err)
	}
	if annotatedSentences(rec.Sentences) {
		// dateline's own Article JSON (as dateline-beam writes it): keep
		// the record's ID, text, sentences with their date mentions, and
		// quotes, so the article need not be annotated again.
		if err := keepAnnotations(a, &rec); err != nil {
			return nil, derr(ReasonMalformed, "%v", err)
		}
		if strings.TrimSpace(rec.Updated) != "" {
			if a.Updated, err = ParseTime(rec.Updated); err != nil {
				return nil, derr(ReasonBadDate, "updated: %v", err)
			}
		}
		a.ID = id
		return a, nil
	}
	switch {
	case len(rec.Sentences) > 0:
		parts, err := sentenceStrings(rec.Sentences)
		if err != nil {
			return nil, derr(ReasonMalformed, "sentences: %v", err)
		}
		a.Text, a.Sentences = joinSentences(parts)
	case f.LineSentences:
		a.Text, a.Sentences = joinSentences(strings.Split(string(normalizeNewlines([]byte(rec.Text))), "\n"))
	default:
		a.Text = strings.TrimSpace(string(normalizeNewlines([]byte(rec.Text))))
	}
	if a.Text == "" {
		return nil, derr(ReasonEmpty, "record has no text")
	}
	return a, nil
}

// recordID renders a JSON id (string or number) as a string.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return strings.TrimSpace(s), nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string or a number, got a JSON %s", jsonKind(raw[0]))
}

// sentenceStrings extracts the sentence texts of a "sentences" array.
func sentenceStrings(raws []json.RawMessage) ([]string, error) {
	out := make([]string, 0, len(raws))
	for i, raw := range raws {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		switch raw[0] {
		case '"':
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return nil, fmt.Errorf("element %d: %v", i, err)
			}
			out = append(out, s)
		case '{':
			var s struct {
				Raw  *string `json:"raw"`
				Text *string `json:"text"`
			}
			if err := json.Unmarshal(raw, &s); err != nil {
				return nil, fmt.Errorf("element %d: %s", i, oneLine(err.Error()))
			}
			switch {
			case s.Raw != nil:
				out = append(out, *s.Raw)
			case s.Text != nil:
				out = append(out, *s.Text)
			default:
				return nil, fmt.Errorf(`element %d has no "raw" or "text"`, i)
			}
		default:
			return nil, fmt.Errorf("element %d is a JSON %s", i, jsonKind(raw[0]))
		}
	}
	return out, nil
}

func jsonKind(b byte) string {
	switch b {
	case '[':
		return "array"
	case '{':
		return "object"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func oneLine(s string) string { return clip(s, 200) }

// annotatedSentences reports whether a "sentences" array is in dateline's
// own form: objects with byte offsets ("start", "end") into "text".
func annotatedSentences(raws []json.RawMessage) bool {
	if len(raws) == 0 {
		return false
	}
	raw := bytes.TrimSpace(raws[0])
	if len(raw) == 0 || raw[0] != '{' {
		return false
	}
	var probe struct {
		Start *int `json:"start"`
		End   *int `json:"end"`
	}
	return json.Unmarshal(raw, &probe) == nil && probe.Start != nil && probe.End != nil
}

// keepAnnotations fills a's text, sentences and quotes from a record in
// dateline's own form, checking every offset against the text.
func keepAnnotations(a *news.Article, rec *jsonRecord) error {
	a.Text = rec.Text
	a.Sentences = make([]news.Sentence, len(rec.Sentences))
	for i, raw := range rec.Sentences {
		s := &a.Sentences[i]
		if err := json.Unmarshal(raw, s); err != nil {
			return fmt.Errorf("sentence %d: %s", i, oneLine(err.Error()))
		}
		if s.Index != i || s.Start < 0 || s.Start > s.End || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Text {
			return fmt.Errorf("sentence %d: offsets %d-%d do not locate its text", i, s.Start, s.End)
		}
		for j, m := range s.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > len(s.Text) || s.Text[m.Start:m.End] != m.Text {
				return fmt.Errorf("sentence %d, mention %d: offsets %d-%d do not locate its text", i, j, m.Start, m.End)
			}
		}
	}
	for j, q := range rec.Quotes {
		if q.Start < 0 || q.Start > q.End || q.End > len(a.Text) || q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
			return fmt.Errorf("quote %d: offsets %d-%d (sentence %d) out of range", j, q.Start, q.End, q.Sentence)
		}
	}
	a.Quotes = rec.Quotes
	return nil
}

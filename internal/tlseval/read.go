package tlseval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// Separator is the line that ends each block of a timeline text file.
const Separator = "--------------------------------"

// Problems found while reading timeline files. A *ParseError wraps one of
// them. Warnings (returned beside a timeline) mark input that tilse
// accepts and that is read the way tilse reads it; errors mark input whose
// reading by tilse would move or lose sentences, which is refused here.
var (
	// ErrMalformedDate: a line that looks like a date but is not one
	// ("2011-04-0"); tilse would append it to the summary. Error.
	ErrMalformedDate = errors.New("malformed date line")
	// ErrMissingSeparator: a date line after sentences of a block whose
	// separator line is missing; tilse would file the earlier sentences
	// under the later date. Error.
	ErrMissingSeparator = errors.New("date line inside a block (missing separator line)")
	// ErrNoDate: a block with sentences but no date line. Error.
	ErrNoDate = errors.New("block without a date line")
	// ErrUnterminated: text after the last separator line; tilse drops
	// this last block, and so does ReadText. Warning.
	ErrUnterminated = errors.New("last block has no separator line after it and is ignored, as tilse does")
	// ErrDuplicateDate: a date given twice; the later summary replaces
	// the earlier one, as in tilse. Warning.
	ErrDuplicateDate = errors.New("date given twice; the later summary wins, as in tilse")
	// ErrEmptyBlock: a separator line with nothing before it since the
	// previous one; it is ignored. Warning.
	ErrEmptyBlock = errors.New("empty block without a date ignored")
	// ErrSyntax: a timelines.jsonl line that is not a list of
	// [date, [sentence, ...]] pairs. Error.
	ErrSyntax = errors.New("not a timeline")
)

// ParseError reports a problem at one line of a timeline file.
type ParseError struct {
	File string // the file name given to the reader
	Line int    // 1-based line number
	Err  error  // one of the Err* values above, possibly wrapped
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// dateLike matches lines meant as dates that strptime("%Y-%m-%d") may
// still refuse: "2011-04-0", "2011-13-01", "2011-02-30", "2011-04-02 00:00".
var dateLike = regexp.MustCompile(`^[0-9]{1,4}-[0-9]{1,3}-([0-9]{0,3}|[0-9]{1,2}[T ].*)$`)

// ReadText reads a timeline in the text format of tilse and Timeline17:
//
//	2010-09-19
//	The ruptured well is finally sealed .
//	Another sentence of the same day .
//	--------------------------------
//	2010-09-17
//	...
//
// It reads as tilse's Timeline.from_file does: the file is decoded as
// UTF-8 with U+FFFD for invalid bytes, split into lines as Python's
// splitlines, and each line is stripped; a line strptime("%Y-%m-%d")
// accepts sets the date, the 32-dash separator stores the block, and any
// other line is a sentence (a blank line inside a block is an empty
// sentence, blank lines at either end of a block are dropped, and a block
// with no sentence lines has one empty sentence). A leading byte order
// mark is skipped.
//
// The warnings are problems tilse also lets pass (see [ErrUnterminated],
// [ErrDuplicateDate], [ErrEmptyBlock]). The error, a *ParseError, is the
// first problem that would make tilse move or lose sentences silently
// ([ErrMalformedDate], [ErrMissingSeparator], [ErrNoDate]); the timeline
// is nil then.
func ReadText(name string, r io.Reader) (tl Timeline, warnings []*ParseError, err error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	tl = make(Timeline)
	var (
		date        news.Date
		haveDate    bool
		sents       []string // lines of the block since its start
		contentLine int      // first non-blank sentence line of the block, 0 if none
		blockLine   int      // date line or first sentence line of the block
	)
	for i, raw := range splitLines(decodeUTF8Replace(data)) {
		line := pyStrip(raw)
		lineNo := i + 1
		if line == Separator {
			switch {
			case haveDate:
				if _, dup := tl[date]; dup {
					warnings = append(warnings, &ParseError{name, lineNo, fmt.Errorf("%w: %s", ErrDuplicateDate, date)})
				}
				tl[date] = blockSentences(sents)
			case contentLine > 0:
				return nil, nil, &ParseError{name, contentLine, ErrNoDate}
			default:
				warnings = append(warnings, &ParseError{name, lineNo, ErrEmptyBlock})
			}
			date, haveDate, sents, contentLine, blockLine = news.Date{}, false, nil, 0, 0
			continue
		}
		if d, ok := parsePyDate(line); ok {
			if contentLine > 0 || haveDate {
				return nil, nil, &ParseError{name, lineNo, fmt.Errorf("%w: %q", ErrMissingSeparator, line)}
			}
			date, haveDate, blockLine = d, true, lineNo
			continue
		}
		if dateLike.MatchString(line) {
			return nil, nil, &ParseError{name, lineNo, fmt.Errorf("%w: %q", ErrMalformedDate, line)}
		}
		if line != "" && contentLine == 0 {
			contentLine = lineNo
			if blockLine == 0 {
				blockLine = lineNo
			}
		}
		sents = append(sents, line)
	}
	if blockLine > 0 {
		warnings = append(warnings, &ParseError{name, blockLine, ErrUnterminated})
	}
	return tl, warnings, nil
}

// blockSentences returns the summary tilse stores for the lines of a block:
// summary.strip().split("\n") of the lines joined with newlines.
func blockSentences(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return []string{""}
	}
	return append([]string(nil), lines...)
}

// ReadJSONL reads reference timelines in the news-tls timelines.jsonl
// format: one timeline per line, each a JSON list of [date, [sentence,
// ...]] pairs with dates such as "2007-12-10 00:00:00" or
// "2007-12-10T00:00:00Z" (only the calendar day written is kept; no time
// zone conversion). Blank lines are skipped. A date given twice in one
// timeline keeps its later summary, as news-tls does, with a warning.
// Sentences are kept as written.
func ReadJSONL(name string, r io.Reader) (tls []Timeline, warnings []*ParseError, err error) {
	br := bufio.NewReader(r)
	for lineNo := 1; ; lineNo++ {
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return nil, nil, fmt.Errorf("read %s: %w", name, rerr)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			tl, warn, perr := parseJSONLine(line)
			if perr != nil {
				return nil, nil, &ParseError{name, lineNo, perr}
			}
			for _, d := range warn {
				warnings = append(warnings, &ParseError{name, lineNo, fmt.Errorf("%w: %s", ErrDuplicateDate, d)})
			}
			tls = append(tls, tl)
		}
		if rerr == io.EOF {
			return tls, warnings, nil
		}
	}
}

// parseJSONLine parses one timelines.jsonl line and returns the dates it
// gives twice.
func parseJSONLine(line []byte) (Timeline, []news.Date, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(line, &items); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	tl := make(Timeline, len(items))
	var dups []news.Date
	for i, item := range items {
		var pair []json.RawMessage
		if err := json.Unmarshal(item, &pair); err != nil || len(pair) != 2 {
			return nil, nil, fmt.Errorf("%w: item %d is not a [date, [sentence, ...]] pair", ErrSyntax, i+1)
		}
		var when string
		var sents []string
		if err := json.Unmarshal(pair[0], &when); err != nil {
			return nil, nil, fmt.Errorf("%w: item %d: date is not a string", ErrSyntax, i+1)
		}
		if err := json.Unmarshal(pair[1], &sents); err != nil || sents == nil {
			return nil, nil, fmt.Errorf("%w: item %d: sentences are not a list of strings", ErrSyntax, i+1)
		}
		d, err := parseJSONDate(when)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: item %d: %v", ErrMalformedDate, i+1, err)
		}
		if _, dup := tl[d]; dup {
			dups = append(dups, d)
		}
		tl[d] = sents
	}
	return tl, dups, nil
}

// parseJSONDate reads the calendar day of a news-tls date: YYYY-MM-DD,
// optionally followed by a space or "T" and a time.
func parseJSONDate(s string) (news.Date, error) {
	day, rest := s, ""
	if len(s) > 10 {
		day, rest = s[:10], s[10:]
	}
	if rest != "" && rest[0] != ' ' && rest[0] != 'T' {
		return news.Date{}, fmt.Errorf("%q: want YYYY-MM-DD[ HH:MM:SS]", s)
	}
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return news.Date{}, fmt.Errorf("%q: want YYYY-MM-DD[ HH:MM:SS]", s)
	}
	return news.DateOf(t), nil
}

// Read reads the timelines of one file in either format, told apart by
// content: a file whose first non-blank byte is "[" is timelines.jsonl
// (any number of timelines), anything else is the text format (one
// timeline). Warnings and errors are as for [ReadText] and [ReadJSONL].
func Read(name string, r io.Reader) ([]Timeline, []*ParseError, error) {
	br := bufio.NewReader(r)
	if isJSONL(br) {
		return ReadJSONL(name, br)
	}
	tl, warn, err := ReadText(name, br)
	if err != nil {
		return nil, nil, err
	}
	return []Timeline{tl}, warn, nil
}

// isJSONL peeks at the first non-blank byte of br.
func isJSONL(br *bufio.Reader) bool {
	for n := 1; ; n++ {
		head, err := br.Peek(n)
		if len(head) < n {
			return false
		}
		c := head[n-1]
		switch c {
		case ' ', '\t', '\r', '\n':
			if err != nil || n >= br.Size() {
				return false
			}
			continue
		}
		return c == '['
	}
}

// ReadFile opens path and reads it with [Read].
func ReadFile(path string) ([]Timeline, []*ParseError, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Read(path, f)
}

// WriteText writes tl in the text format [ReadText] reads: dates
// ascending, each followed by its sentences and the separator line. It
// refuses (naming the date) a sentence that would not read back as
// itself: one with a line break, leading or trailing whitespace, or that
// reads as a date line or the separator.
func WriteText(w io.Writer, tl Timeline) error {
	bw := bufio.NewWriter(w)
	for _, d := range tl.Dates() {
		fmt.Fprintln(bw, d)
		for _, s := range tl[d] {
			if err := checkWritable(s); err != nil {
				return fmt.Errorf("write timeline: %s: %w", d, err)
			}
			bw.WriteString(s)
			bw.WriteByte('\n')
		}
		bw.WriteString(Separator + "\n")
	}
	return bw.Flush()
}

func checkWritable(s string) error {
	switch {
	case len(splitLines(s)) > 1 || strings.ContainsAny(s, "\n\r"):
		return fmt.Errorf("sentence %q contains a line break", s)
	case pyStrip(s) != s:
		return fmt.Errorf("sentence %q has leading or trailing whitespace", s)
	case s == Separator:
		return fmt.Errorf("sentence %q is the separator line", s)
	case dateLike.MatchString(s):
		return fmt.Errorf("sentence %q would read as a date line", s)
	}
	if _, ok := parsePyDate(s); ok {
		return fmt.Errorf("sentence %q would read as a date line", s)
	}
	return nil
}

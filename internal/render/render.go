package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Text       Format = "text"
	JSON       Format = "json"
	Markdown   Format = "md"
	HTML       Format = "html"
	TimelineJS Format = "timelinejs"
	CSV        Format = "csv"
)

// Formats lists every format, in the order shown to users.
func Formats() []Format { return []Format{Text, JSON, Markdown, HTML, TimelineJS, CSV} }

// ParseFormat returns the Format named s ("markdown" is accepted for md).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	if f == "markdown" {
		f = Markdown
	}
	if slices.Contains(Formats(), f) {
		return f, nil
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("render: unknown format %q (want one of %s)", s, strings.Join(names, ", "))
}

// Write renders tl to w in format f.
func Write(w io.Writer, tl *timeline.Timeline, f Format) error {
	switch f {
	case Text:
		return writeText(w, tl)
	case JSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(tl)
	case Markdown:
		return writeMarkdown(w, tl)
	case HTML:
		return writeHTML(w, tl)
	case TimelineJS:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(ToTimelineJS(tl))
	case CSV:
		return writeCSV(w, tl)
	}
	return fmt.Errorf("render: unknown format %q", f)
}

// errWriter keeps the first write error so that formatting code can stay
// linear (the bufio.Writer idiom).
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// DateLabel formats an entry's date at its granularity: "2017-06-02",
// "June 2017" or "2017".
func DateLabel(e timeline.Entry) string {
	switch e.Granularity {
	case news.GranMonth:
		return fmt.Sprintf("%s %d", e.Date.Month, e.Date.Year)
	case news.GranYear:
		return strconv.Itoa(e.Date.Year)
	}
	return e.Date.String()
}

func sourceNote(it timeline.Item) string {
	s := it.Source
	if s == "" {
		s = it.Doc
	}
	note := fmt.Sprintf("%s, %s", s, it.Published)
	if it.Sources > 1 {
		note += fmt.Sprintf("; %d sources", it.Sources)
		if it.Independent > 0 && it.Independent != it.Sources {
			note += fmt.Sprintf(", %d independent", it.Independent)
		}
	}
	return note
}

// Count writes n and noun, plural unless n is 1 ("1 article", "3
// articles").
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Plain returns s fit for one line of a terminal: every control
// character (line breaks, tabs, escape sequences that would drive the
// terminal) becomes a space. Article text is untrusted input.
func Plain(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

func writeText(w io.Writer, tl *timeline.Timeline) error {
	ew := &errWriter{w: w}
	if tl.Query != "" {
		ew.printf("Timeline: %s\n\n", Plain(tl.Query))
	}
	for _, e := range tl.Dates {
		ev := e.Evidence
		ew.printf("%s  (%s in %s, %d published that day)\n", DateLabel(e), Count(ev.Mentions, "mention"), Count(ev.Articles, "article"), ev.Published)
		for _, it := range e.Summary {
			speaker := ""
			if sp := speakerLabel(it); sp != "" {
				speaker = "[" + sp + "] "
			}
			ew.printf("  - %s\n    [%s; dated by %s]\n", Plain(speaker+it.Text), Plain(sourceNote(it)), Plain(it.DatedBy))
		}
		ew.printf("\n")
	}
	if len(tl.Dates) == 0 {
		ew.printf("(no dates found)\n")
	}
	return ew.err
}

// mdEscape escapes the characters that would change Markdown structure.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)
	return r.Replace(Plain(s))
}

func writeMarkdown(w io.Writer, tl *timeline.Timeline) error {
	ew := &errWriter{w: w}
	title := "Timeline"
	if tl.Query != "" {
		title += ": " + mdEscape(tl.Query)
	}
	ew.printf("# %s\n\n", title)
	for _, e := range tl.Dates {
		ev := e.Evidence
		ew.printf("## %s\n\n_%s in %s, %d published that day_\n\n", DateLabel(e), Count(ev.Mentions, "mention"), Count(ev.Articles, "article"), ev.Published)
		for _, it := range e.Summary {
			src := mdEscape(sourceNote(it))
			if it.URL != "" && (strings.HasPrefix(it.URL, "http://") || strings.HasPrefix(it.URL, "https://")) {
				src = fmt.Sprintf("[%s](%s)", src, strings.ReplaceAll(it.URL, ")", "%29"))
			}
			speaker := ""
			if sp := speakerLabel(it); sp != "" {
				speaker = "**" + mdEscape(sp) + ":** "
			}
			ew.printf("- %s%s (%s; dated by %s)\n", speaker, mdEscape(it.Text), src, mdEscape(it.DatedBy))
		}
		ew.printf("\n")
	}
	if len(tl.Dates) == 0 {
		ew.printf("_No dates found._\n")
	}
	return ew.err
}

func writeCSV(w io.Writer, tl *timeline.Timeline) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"date", "text", "source", "doc", "published", "dated_by", "sources", "independent", "speaker", "url"})
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			_ = cw.Write([]string{DateLabel(e), it.Text, it.Source, it.Doc, it.Published.String(), it.DatedBy,
				strconv.Itoa(it.Sources), strconv.Itoa(it.Independent), it.Speaker, it.URL})
		}
	}
	cw.Flush()
	return cw.Error()
}

// speakerLabel returns the speaker to show before a quote's text: its
// speaker, unless the text already names them ("…," said Mara Quillon).
func speakerLabel(it timeline.Item) string {
	if it.Speaker == "" || entity.NewMatcher(it.Speaker).Match(it.Text) {
		return ""
	}
	return it.Speaker
}

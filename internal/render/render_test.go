package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

func sample() *timeline.Timeline {
	return &timeline.Timeline{
		Query: "harbour strike",
		Dates: []timeline.Entry{
			{
				Date: news.NewDate(2017, 6, 2), Granularity: news.GranDay,
				Evidence: timeline.Evidence{Mentions: 4, Articles: 3, Published: 2, Score: 0.5},
				Summary: []timeline.Item{{
					Text: `<script>alert(1)</script> "><img src=x onerror=alert(2)>`, Doc: "a/1", Source: "Gazette",
					URL: "javascript:alert(3)", Published: news.NewDate(2017, 6, 5), DatedBy: "mention 'on Friday'",
					Sources: 3, Independent: 2, Docs: []string{"a/1", "b/1", "c/1"},
				}},
			},
			{
				Date: news.NewDate(2017, 7, 1), Granularity: news.GranMonth,
				Summary: []timeline.Item{{Text: "Talks resume.", Doc: "b/2", Source: "Courier",
					URL: "https://example.org/x", Published: news.NewDate(2017, 7, 3), DatedBy: "publication", Sources: 1, Independent: 1}},
			},
		},
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample(), JSON); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Query string
		Dates []struct {
			Date     string
			Evidence map[string]float64
			Summary  []map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Query != "harbour strike" || len(got.Dates) != 2 || got.Dates[0].Date != "2017-06-02" {
		t.Fatalf("unexpected JSON: %s", buf.String())
	}
	for _, k := range []string{"mentions", "articles", "published", "score"} {
		if _, ok := got.Dates[0].Evidence[k]; !ok {
			t.Errorf("evidence lacks %q", k)
		}
	}
	for _, k := range []string{"text", "doc", "source", "published", "dated_by", "sources", "independent"} {
		if _, ok := got.Dates[0].Summary[0][k]; !ok {
			t.Errorf("summary item lacks %q", k)
		}
	}
	if got.Dates[0].Summary[0]["published"] != "2017-06-05" {
		t.Errorf("published = %v", got.Dates[0].Summary[0]["published"])
	}
}

func TestHTMLEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample(), HTML); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>alert", "<img src=x", `href="javascript:`} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML output contains live %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;") || !strings.Contains(out, `href="https://example.org/x"`) {
		t.Errorf("HTML output lacks escaped text or the safe link:\n%s", out)
	}
}

func TestTimelineJS(t *testing.T) {
	doc := ToTimelineJS(sample())
	if len(doc.Events) != 2 {
		t.Fatalf("events = %d", len(doc.Events))
	}
	day, month := doc.Events[0], doc.Events[1]
	if day.StartDate.Day != "2" || day.DisplayDate != "" {
		t.Errorf("day event = %+v", day)
	}
	if month.StartDate.Day != "" || month.DisplayDate != "July 2017" {
		t.Errorf("month event = %+v", month)
	}
	b, _ := json.Marshal(doc)
	if strings.Contains(string(b), "end_date") {
		t.Errorf("empty end_date emitted: %s", b)
	}
	if strings.Contains(day.Text.Text, "<script>") || strings.Contains(day.Text.Text, "javascript:") {
		t.Errorf("unescaped text: %s", day.Text.Text)
	}
}

func TestTextAndMarkdown(t *testing.T) {
	tests := []struct {
		f    Format
		want []string
	}{
		{Text, []string{"2017-06-02  (4 mentions in 3 articles, 2 published that day)", "Gazette, 2017-06-05; 3 sources, 2 independent", "dated by mention 'on Friday'", "July 2017"}},
		{Markdown, []string{"# Timeline: harbour strike", "## 2017-06-02", "[Courier, 2017-07-03](https://example.org/x)", "&lt;script&gt;alert(1)"}},
		{CSV, []string{"date,text,source,doc", "2017-06-02,", "July 2017,Talks resume.,Courier"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, sample(), tt.f); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"text", "JSON", "markdown", "md", "html", "timelinejs", "csv"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) accepted")
	}
}

// TestSpeakerShownOnlyWhenUnnamed: a quote's speaker is put before its text
// in the human-readable formats unless the text already names them; JSON
// always carries it.
func TestSpeakerShownOnlyWhenUnnamed(t *testing.T) {
	tl := &timeline.Timeline{Dates: []timeline.Entry{{
		Date: news.NewDate(2017, 6, 2), Granularity: news.GranDay,
		Summary: []timeline.Item{
			{Text: `"We will not retreat," he said.`, Speaker: "Vladimir Putin", Doc: "a/1", Source: "Wire", DatedBy: "publication", Sources: 1, Independent: 1},
			{Text: `"The cracks are serious," said Mara Quillon, the chief engineer.`, Speaker: "Mara Quillon", Doc: "a/2", Source: "Wire", DatedBy: "publication", Sources: 1, Independent: 1},
			{Text: `"Talks are over," Mr Putin said.`, Speaker: "Vladimir Putin", Doc: "a/3", Source: "Wire", DatedBy: "publication", Sources: 1, Independent: 1},
		},
	}}}
	tests := []struct {
		format       Format
		shown, named string // how a shown speaker looks; a label that must not appear
	}{
		{Text, "[Vladimir Putin] \"We will not retreat", "[Mara Quillon]"},
		{Markdown, "**Vladimir Putin:** ", "**Mara Quillon:**"},
		{HTML, "<strong>Vladimir Putin:</strong> ", "<strong>Mara Quillon:</strong>"},
		{TimelineJS, "Vladimir Putin:", "Mara Quillon:"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tl, tt.format); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if n := strings.Count(out, "Vladimir Putin:"); tt.format != Text && n != 1 {
				t.Errorf("speaker label shown %d times, want once (the third quote names Mr Putin):\n%s", n, out)
			}
			if !strings.Contains(out, tt.shown) {
				t.Errorf("output lacks %q:\n%s", tt.shown, out)
			}
			if strings.Contains(out, tt.named) {
				t.Errorf("output labels a quote whose text names its speaker (%q):\n%s", tt.named, out)
			}
		})
	}
	var b bytes.Buffer
	if err := Write(&b, tl, JSON); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `"speaker"`); n != 3 {
		t.Errorf("JSON has %d speaker fields, want 3", n)
	}
}

// TestEmptyTimeline: a timeline without dates says so in every
// human-readable format (Markdown used to print only its title), and the
// JSON formats still carry an (empty) list of dates.
func TestEmptyTimeline(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{Text, "(no dates found)\n"},
		{Markdown, "_No dates found._\n"},
		{HTML, "<li>No dates found.</li>"},
		{JSON, `"dates": []`},
		{TimelineJS, `"events": []`},
		{CSV, "date,text,source,doc,published,dated_by,sources,independent,speaker,url\n"},
	} {
		t.Run(string(tc.f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, &timeline.Timeline{Query: "harbour strike", Dates: []timeline.Entry{}}, tc.f); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, buf.String())
			}
		})
	}
}

// TestTextDropsControlCharacters: article text is untrusted; in the text
// format a control character (an escape sequence driving the terminal, a
// line break splitting an item) becomes a space.
func TestTextDropsControlCharacters(t *testing.T) {
	tl := &timeline.Timeline{Query: "strike\x1b[2J", Dates: []timeline.Entry{{
		Date: news.NewDate(2017, 6, 2), Granularity: news.GranDay,
		Summary: []timeline.Item{{Text: "The \x1b[31mmayor\x1b[0m said\nit was\u2028over\a.", Doc: "a/1",
			Source: "Ga\x1bzette", Published: news.NewDate(2017, 6, 5), DatedBy: "mention 'Fri\rday'", Sources: 1, Independent: 1}},
	}}}
	var buf bytes.Buffer
	if err := Write(&buf, tl, Text); err != nil {
		t.Fatal(err)
	}
	want := "Timeline: strike [2J\n\n" +
		"2017-06-02  (0 mentions in 0 articles, 0 published that day)\n" +
		"  - The  [31mmayor [0m said it was over .\n" +
		"    [Ga zette, 2017-06-05; dated by mention 'Fri day']\n\n"
	if got := buf.String(); got != want {
		t.Errorf("text output:\n%q\nwant\n%q", got, want)
	}
	buf.Reset()
	if err := Write(&buf, tl, Markdown); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(buf.String(), "\x1b\a\r\u2028") {
		t.Errorf("control character in Markdown:\n%q", buf.String())
	}
}

func TestPlain(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain text unchanged", "São Paulo — “quoted” 東京", "São Paulo — “quoted” 東京"},
		{"escape sequence", "a\x1b[31mb", "a [31mb"},
		{"line breaks and tabs", "a\nb\r\nc\td", "a b  c d"},
		{"unicode line separators", "a\u2028b\u2029c", "a b c"},
		{"C1 control", "a\u009bb", "a b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Plain(tc.in); got != tc.want {
				t.Errorf("Plain(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 articles"}, {1, "1 article"}, {2, "2 articles"}} {
		if got := Count(tc.n, "article"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

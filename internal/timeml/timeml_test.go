package timeml

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

func TestReadFile(t *testing.T) {
	doc, err := ReadFile("testdata/small.tml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Name != "SMALL_001" || doc.DCT != news.NewDate(2017, 6, 5) || doc.DCTValue != "2017-06-05" {
		t.Errorf("header = %q %s %q", doc.Name, doc.DCT, doc.DCTValue)
	}
	var got []string
	for _, tx := range doc.Timexes {
		if doc.Text[tx.Start:tx.End] != tx.Text {
			t.Errorf("%s: Text %q != slice %q", tx.ID, tx.Text, doc.Text[tx.Start:tx.End])
		}
		got = append(got, tx.ID+"|"+tx.Text+"|"+tx.Type+"|"+tx.Value+"|"+tx.Mod)
	}
	want := []string{
		"t1|Friday|DATE|2017-06-02|", "t2|three days|DURATION|P3D|",
		"t3|early next week|DATE|2017-W24|START", "t4|a week|DURATION|P1W|",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timexes (-want +got):\n%s", diff)
	}
	if !strings.Contains(doc.Text, `the talks had "failed" after three days.`) || !strings.Contains(doc.Text, "next week & last") {
		t.Errorf("entities or inline tags not resolved in text: %q", doc.Text)
	}
	if strings.Contains(doc.Text, "Talks end") || strings.Contains(doc.Text, "June 5, 2017") {
		t.Errorf("text outside <TEXT> leaked in: %q", doc.Text)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"no text", `<TimeML><DCT><TIMEX3 tid="t0" value="2017-06-05" functionInDocument="CREATION_TIME"/></DCT></TimeML>`, ErrNoText},
		{"no dct", `<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2017">2017</TIMEX3>.</TEXT></TimeML>`, ErrNoDCT},
		{"bad dct", `<TimeML><DCT><TIMEX3 value="yesterday" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT></TimeML>`, ErrNoDCT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("malformed", func(t *testing.T) {
		if _, err := Parse(strings.NewReader(`<TimeML><TEXT>a</TIMEX3></b></TimeML>`)); err == nil {
			t.Fatal("Parse accepted mismatched tags")
		}
	})
	t.Run("compact dct", func(t *testing.T) {
		doc, err := Parse(strings.NewReader(`<TimeML><DCT><TIMEX3 tid="t0" value="19980108" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT></TimeML>`))
		if err != nil || doc.DCT != news.NewDate(1998, 1, 8) {
			t.Fatalf("Parse = %v, %v", doc, err)
		}
	})
}

func TestScore(t *testing.T) {
	//            0         1         2         3         4
	//            0123456789012345678901234567890123456789012345
	text := "He left on Friday night after three days in May ."
	gold := []Span{
		{11, 23, "TIME", "2017-06-02TNI"}, // Friday night
		{30, 40, "DURATION", "P3D"},       // three days
		{44, 47, "DATE", "2017-05"},       // May
	}
	pred := []Span{
		{11, 17, "DATE", "2017-06-02"}, // Friday: relaxed match, wrong value and type
		{30, 40, "DURATION", "P3D"},    // exact
		{0, 2, "DATE", "PRESENT_REF"},  // spurious
	}
	c := Score(text, gold, pred)
	want := Counts{Documents: 1, Gold: 3, Predicted: 3, StrictP: 1, StrictR: 1, RelaxedP: 2, RelaxedR: 2, ValueOK: 1, TypeOK: 1}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Fatalf("counts (-want +got):\n%s", diff)
	}
	s := c.Scores()
	near := func(name string, got, want float64) {
		t.Helper()
		if d := got - want; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %.6f, want %.6f", name, got, want)
		}
	}
	near("strict F1", s.Strict.F1, 1.0/3)
	near("relaxed P", s.Relaxed.P, 2.0/3)
	near("relaxed F1", s.Relaxed.F1, 2.0/3)
	near("value accuracy", s.Value.Accuracy, 0.5)
	near("value F1", s.Value.F1, 1.0/3)
	// Attribute F1 = relaxed F1 × accuracy equals 2PR/(P+R) with P = correct/predicted, R = correct/gold.
	p, r := 1.0/3, 1.0/3
	near("value F1 as attribute F1", s.Value.F1, 2*p*r/(p+r))
	near("value set F1", s.Value.SetF1, 2*p*r/(p+r))

	t.Run("whitespace trimmed", func(t *testing.T) {
		c := Score(" May ", []Span{{0, 5, "DATE", "X"}}, []Span{{1, 4, "DATE", "X"}})
		if c.StrictP != 1 || c.StrictR != 1 || c.ValueOK != 1 {
			t.Fatalf("counts = %+v", c)
		}
	})
	t.Run("empty", func(t *testing.T) {
		if s := Score("", nil, nil).Scores(); s.Strict.F1 != 0 || s.Value.F1 != 0 {
			t.Fatalf("scores = %+v", s)
		}
	})
	t.Run("add", func(t *testing.T) {
		if got := c.Add(c); got.Gold != 6 || got.ValueOK != 2 || got.Documents != 2 {
			t.Fatalf("Add = %+v", got)
		}
	})
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviations", "It rose 5% on Sept. 30 to $5. Mr. Smith said at 5 p.m. Friday it was over.",
			[]string{"It rose 5% on Sept. 30 to $5.", "Mr. Smith said at 5 p.m. Friday it was over."}},
		{"quote", `He said "stop." Then he left!`, []string{`He said "stop."`, "Then he left!"}},
		{"blank line", "Headline\n\nBody text here", []string{"Headline", "Body text here"}},
		{"lower case continues", "It cost 5.5 percent. and more", []string{"It cost 5.5 percent. and more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, tt.text[s[0]:s[1]])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// fixedTagger tags the same mentions in every sentence that contains them.
type fixedTagger map[string]news.Mention

func (f fixedTagger) Tag(text string, _ news.Date) []news.Mention {
	var out []news.Mention
	for w, m := range f {
		if i := strings.Index(text, w); i >= 0 {
			m.Start, m.End, m.Text = i, i+len(w), w
			out = append(out, m)
		}
	}
	return out
}

func TestEvaluateAndWrite(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("testdata/small.tml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"sub/a.tml": b, "b.tml": []byte("<TimeML><TEXT>broken")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !IsDataset(dir) || IsDataset(t.TempDir()) {
		t.Fatal("IsDataset wrong")
	}
	files, err := Files(dir)
	if err != nil || len(files) != 2 {
		t.Fatalf("Files = %v, %v", files, err)
	}
	tg := fixedTagger{
		"Friday":     {Type: news.TypeDate, Value: "2017-06-02"},
		"three days": {Type: news.TypeDuration, Value: "P3D"},
		"next week":  {Type: news.TypeDate, Value: "2017-W24"},
	}
	res, err := Evaluate(context.Background(), files, tg, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "b.tml") {
		t.Fatalf("Errors = %v, want the broken file named", res.Errors)
	}
	want := Counts{Documents: 1, Gold: 4, Predicted: 3, StrictP: 2, StrictR: 2, RelaxedP: 3, RelaxedR: 3, ValueOK: 3, TypeOK: 3}
	if diff := cmp.Diff(want, res.Counts); diff != "" {
		t.Fatalf("counts (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteAnnotated(&buf, res.Docs[0].Doc, res.Docs[0].Predicted); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(&buf)
	if err != nil {
		t.Fatalf("re-reading written TimeML: %v\n%s", err, buf.String())
	}
	if back.Text != res.Docs[0].Doc.Text || len(back.Timexes) != 3 || back.DCT != news.NewDate(2017, 6, 5) {
		t.Fatalf("round trip lost data: %d timexes, dct %s", len(back.Timexes), back.DCT)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Evaluate(ctx, files, tg, 1); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Evaluate error = %v", err)
	}
}

// TestSharedCorpora reads every TempEval-3 file: all must parse, and the
// documented sizes must hold.
func TestSharedCorpora(t *testing.T) {
	tests := []struct {
		dir        string
		docs, gold int
	}{
		{"te3-platinum", 20, 138},
		{"TBAQ-cleaned", 257, 1855},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			dir := sharedtest.Dir(t, "data", "tempeval3", tt.dir)
			files, err := Files(dir)
			if err != nil {
				t.Fatal(err)
			}
			docs, gold := 0, 0
			for _, f := range files {
				doc, err := ReadFile(f)
				if err != nil {
					t.Errorf("%v", err)
					continue
				}
				docs++
				gold += len(doc.Timexes)
			}
			if docs != tt.docs || gold != tt.gold {
				t.Errorf("%s: %d documents, %d gold TIMEX3; want %d, %d", tt.dir, docs, gold, tt.docs, tt.gold)
			}
		})
	}
}

// FuzzParse checks that Parse never panics and that whatever it accepts is
// consistent: offsets in range, Text equal to the slice, ordered spans.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/small.tml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`<TimeML><DCT><TIMEX3 value="2017-06-05" functionInDocument="CREATION_TIME"/></DCT><TEXT>a<TIMEX3 tid="t1">b<TIMEX3>c</TIMEX3></TIMEX3>d</TEXT></TimeML>`))
	f.Add([]byte(`<TimeML><DCT><TIMEX3 value="2017-06-05T10:00" functionInDocument="CREATION_TIME"></TIMEX3></DCT><TEXT><TIMEX3 tid="t1">open`))
	f.Add([]byte(`<TEXT>&amp;&lt;&#233;&nbsp;</TEXT>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Parse(bytes.NewReader(b))
		if err != nil {
			return
		}
		prev := 0
		for _, tx := range doc.Timexes {
			if tx.Start < 0 || tx.End < tx.Start || tx.End > len(doc.Text) {
				t.Fatalf("span [%d,%d) out of range %d", tx.Start, tx.End, len(doc.Text))
			}
			if tx.Start < prev {
				t.Fatalf("spans out of order: %d after %d", tx.Start, prev)
			}
			prev = tx.Start
			if tx.Text != doc.Text[tx.Start:tx.End] {
				t.Fatalf("Text %q != slice", tx.Text)
			}
		}
		if doc.DCT.IsZero() {
			t.Fatal("accepted a document without a creation date")
		}
	})
}

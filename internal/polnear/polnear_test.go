package polnear

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

func TestParseStandoff(t *testing.T) {
	in := "T1\tSource 0 2\twe\n" +
		"T2\tContent 10 14;3 5\tab\ncd\n" + // fragments out of order, text over two lines
		"E1\tAttribution:T2 Content:T2 Source:T1\n" +
		"R1\tRel Arg1:T1 Arg2:T2\n" +
		"#1\tAnnotatorNotes T1\tnote\n"
	so, err := ParseStandoff(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Fragment{{3, 5}, {10, 14}}, so.Spans["T2"].Frags); diff != "" {
		t.Errorf("fragments (-want +got):\n%s", diff)
	}
	if so.Spans["T2"].Text != "ab\ncd" {
		t.Errorf("continued text = %q", so.Spans["T2"].Text)
	}
	want := []Event{{ID: "E1", Type: "Attribution", Trigger: "T2", Args: []Arg{{"Content", "T2"}, {"Source", "T1"}}}}
	if diff := cmp.Diff(want, so.Events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestParseStandoffErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad offsets", "T1\tSource 5 2\tx\n", "line 1"},
		{"missing offsets", "T1\tSource\tx\n", "line 1"},
		{"not numbers", "T1\tSource a b\tx\n", "line 1"},
		{"bad event argument", "T1\tSource 0 1\tx\nE1\tAttribution:T1 Content\n", "line 2"},
		{"duplicate id", "T1\tSource 0 1\tx\nT1\tCue 0 1\tx\n", "duplicate"},
		{"garbage first line", "hello\n", "not a brat annotation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseStandoff(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestAttributionsOffsets(t *testing.T) {
	text := "Café: “Oui,” dit-il."
	so, err := ParseStandoff(strings.NewReader("T1\tContent 6 12\t“Oui,”\nE1\tAttribution:T1 Content:T1\n"))
	if err != nil {
		t.Fatal(err)
	}
	atts, err := Attributions(so, text)
	if err != nil {
		t.Fatal(err)
	}
	sp := atts[0].Content[0]
	if got := text[sp.Start:sp.End]; got != "“Oui,”" {
		t.Errorf("byte span gives %q, want “Oui,”", got)
	}
	so.Spans["T1"].Frags[0].End = 99
	if _, err := Attributions(so, text); !errors.Is(err, ErrOffset) {
		t.Errorf("out-of-range offset: err = %v, want ErrOffset", err)
	}
}

func TestLoadTestdata(t *testing.T) {
	if !IsDataset("testdata/split") || IsDataset("testdata") {
		t.Fatal("IsDataset wrong")
	}
	arts, errs := Load(context.Background(), "testdata/split")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(arts) != 1 || len(arts[0].Annotations) != 2 || arts[0].Annotations[0].Annotator != "aa01" {
		t.Fatalf("got %d articles: %+v", len(arts), arts)
	}
	a := arts[0].Annotations[0].Attributions[0]
	text := arts[0].Text
	if got := text[a.Source[0].Start:a.Source[0].End]; got != "she" {
		t.Errorf("source = %q", got)
	}
	if len(a.Content) != 2 || a.Content[0].Start > a.Content[1].Start {
		t.Errorf("content fragments not sorted: %+v", a.Content)
	}
}

func span(text, s string) Span {
	i := strings.Index(text, s)
	return Span{i, i + len(s)}
}

func TestScore(t *testing.T) {
	text := `"We are ready to go now," she said. He said the plan was a disaster for all of us.`
	gold := []Attribution{
		{Content: []Span{span(text, `"We are ready to go now,"`)}, Source: []Span{span(text, "she")}},
		{Content: []Span{span(text, "the plan was a disaster for all of us")}, Source: []Span{span(text, "He")}},
	}
	tests := []struct {
		name string
		pred []Predicted
		// direct quote exact, direct quote overlap, direct source overlap, all quote overlap (F1)
		want [4]float64
	}{
		{
			name: "perfect",
			pred: []Predicted{
				{Attribution: Attribution{Content: []Span{span(text, "We are ready to go now")}, Source: []Span{span(text, "she")}}, Direct: true},
				{Attribution: Attribution{Content: []Span{span(text, "the plan was a disaster for all of us")}, Source: []Span{span(text, "He")}}},
			},
			want: [4]float64{1, 1, 1, 1},
		},
		{
			name: "partial content, wrong source",
			pred: []Predicted{
				{Attribution: Attribution{Content: []Span{span(text, "We are ready")}, Source: []Span{span(text, "said")}}, Direct: true},
			},
			// overlap 3/6 = 0.5 >= 0.3; direct P=1 R=1 for overlap, exact 0.
			want: [4]float64{0, 1, 0, 2.0 / 3},
		},
		{
			name: "too little overlap",
			pred: []Predicted{
				{Attribution: Attribution{Content: []Span{span(text, "We")}}, Direct: true}, // 1/6 < 0.3
			},
			want: [4]float64{0, 0, 0, 0},
		},
		{
			name: "nothing predicted",
			want: [4]float64{0, 0, 0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score(text, gold, tt.pred)
			s.Finish()
			got := [4]float64{s.Direct.Quote.Exact.F1, s.Direct.Quote.Overlap.F1, s.Direct.Source.Overlap.F1, s.All.Quote.Overlap.F1}
			for i := range got {
				if math.Abs(got[i]-tt.want[i]) > 1e-9 {
					t.Errorf("scores = %v, want %v", got, tt.want)
					break
				}
			}
			if s.Direct.Quote.Overlap.Gold != 1 || s.All.Quote.Overlap.Gold != 2 {
				t.Errorf("gold counts: direct %v, all %v", s.Direct.Quote.Overlap.Gold, s.All.Quote.Overlap.Gold)
			}
		})
	}
}

func TestWriteStandoffRoundTrip(t *testing.T) {
	text := "Zoé said: “Ça va.” Then she left."
	atts := []Attribution{{Content: []Span{span(text, "Ça va.")}, Cue: []Span{span(text, "said")}, Source: []Span{span(text, "Zoé")}}}
	var b strings.Builder
	if err := WriteStandoff(&b, text, atts); err != nil {
		t.Fatal(err)
	}
	so, err := ParseStandoff(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	back, err := Attributions(so, text)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(atts, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestLoadRealData reads the real PolNeAR dev split when it is present.
func TestLoadRealData(t *testing.T) {
	dir := sharedtest.Dir(t, "data", "polnear", "dev")
	arts, errs := Load(context.Background(), dir)
	if len(errs) > 0 {
		t.Errorf("%d files failed, first: %v", len(errs), errs[0])
	}
	if len(arts) != 84 {
		t.Errorf("got %d articles, want 84", len(arts))
	}
}

func FuzzParseStandoff(f *testing.F) {
	f.Add("T1\tSource 0 2\twe\nE1\tAttribution:T1 Source:T1\n")
	f.Add("T3\tContent 2103 2168;2170 2425\tthe\nmore\n#1\tAnnotatorNotes T3\tx\n")
	f.Add("E1\tAttribution-no-source:T35 Cue:T34 Content:T33\n")
	f.Fuzz(func(t *testing.T, in string) {
		so, err := ParseStandoff(strings.NewReader(in))
		if err != nil {
			return
		}
		for id, tb := range so.Spans {
			if len(tb.Frags) == 0 {
				t.Fatalf("%s has no fragments", id)
			}
			for i, fr := range tb.Frags {
				if fr.Start < 0 || fr.End < fr.Start || i > 0 && fr.Start < tb.Frags[i-1].Start {
					t.Fatalf("%s: bad fragments %v", id, tb.Frags)
				}
			}
		}
		// Converting against any text never panics.
		_, _ = Attributions(so, "short text é")
	})
}

package dateline_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

// readAll reads paths, splitting articles from skipped documents.
func readAll(t *testing.T, paths ...string) ([]*dateline.Article, []*dateline.DocError) {
	t.Helper()
	var arts []*dateline.Article
	var skipped []*dateline.DocError
	for a, err := range dateline.Read(context.Background(), paths...) {
		if err != nil {
			var de *dateline.DocError
			if !errors.As(err, &de) {
				t.Fatalf("Read: %v", err)
			}
			skipped = append(skipped, de)
			continue
		}
		arts = append(arts, a)
	}
	return arts, skipped
}

func TestReadSkipsBadDocumentsAndKeepsGoodOnes(t *testing.T) {
	arts, skipped := readAll(t, "testdata/mixed")
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if len(arts) != 2 {
		t.Errorf("read %d articles %v, want 2 (good.txt, wire.jsonl#w1)", len(arts), ids)
	}
	want := map[string]dateline.Reason{"undated.txt": dateline.ReasonNoDate, "wire.jsonl": dateline.ReasonBadDate}
	if len(skipped) != len(want) {
		t.Fatalf("skipped %v, want one document per reason in %v", skipped, want)
	}
	for _, de := range skipped {
		var found bool
		for name, reason := range want {
			if strings.HasSuffix(de.Origin, name) {
				found = true
				if de.Reason != reason {
					t.Errorf("%s skipped for %s, want %s", de.Origin, de.Reason, reason)
				}
				if !strings.Contains(de.Error(), name) {
					t.Errorf("error %q does not name the document %s", de.Error(), name)
				}
			}
		}
		if !found {
			t.Errorf("unexpected skipped document %v", de)
		}
	}
}

func TestBuildOptions(t *testing.T) {
	arts, _ := readAll(t, "testdata/mixed")
	tests := []struct {
		name    string
		opts    dateline.Options
		wantErr error // nil: must succeed
		errText string
	}{
		{name: "zero value", opts: dateline.Options{}},
		{name: "every method", opts: dateline.Options{Method: "datewise"}},
		{name: "negative dates", opts: dateline.Options{Dates: -1}, wantErr: dateline.ErrOptions},
		{name: "window ends before it starts", opts: dateline.Options{From: dateline.NewDate(2025, 3, 6), To: dateline.NewDate(2025, 3, 4)}, wantErr: dateline.ErrOptions},
		{name: "unknown method", opts: dateline.Options{Method: "oracle"}, errText: `unknown method "oracle"`},
		{name: "entity of punctuation only", opts: dateline.Options{Entity: "."}, wantErr: dateline.ErrOptions},
		{name: "entity of dashes", opts: dateline.Options{Entity: " - "}, wantErr: dateline.ErrOptions},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := dateline.Build(context.Background(), arts, tt.opts)
			switch {
			case tt.wantErr == nil && tt.errText == "":
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				if len(tl.Dates) == 0 {
					t.Errorf("Build gave no date for %d articles", len(arts))
				}
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("Build error = %v, want %v", err, tt.wantErr)
			case tt.errText != "" && (err == nil || !strings.Contains(err.Error(), tt.errText)):
				t.Errorf("Build error = %v, want one containing %q", err, tt.errText)
			}
		})
	}
}

func TestBuildDoesNotDependOnArticleOrder(t *testing.T) {
	arts, _ := readAll(t, "internal/demo/corpus")
	opts := dateline.Options{Query: "Lowen dam", Dates: 5, Sentences: 2}
	want, err := dateline.Build(context.Background(), arts, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		shuffled, _ := readAll(t, "internal/demo/corpus")
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, err := dateline.Build(context.Background(), shuffled, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("timeline of shuffled articles differs:\n got %+v\nwant %+v", got.Dates, want.Dates)
		}
	}
}

func TestAnnotateLeavesAnnotatedArticles(t *testing.T) {
	arts, _ := readAll(t, "testdata/mixed")
	ctx := context.Background()
	if err := dateline.Annotate(ctx, arts); err != nil {
		t.Fatal(err)
	}
	var mentions int
	for _, a := range arts {
		if len(a.Sentences) == 0 {
			t.Errorf("%s: no sentences after Annotate", a.ID)
		}
		for _, s := range a.Sentences {
			mentions += len(s.Mentions)
		}
	}
	if mentions == 0 {
		t.Fatal("no date mention found: want Monday and Thursday resolved")
	}
	first := &arts[0].Sentences[0]
	if err := dateline.Annotate(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if first != &arts[0].Sentences[0] {
		t.Error("Annotate annotated an annotated article again")
	}
}

func TestRenderFormats(t *testing.T) {
	arts, _ := readAll(t, "testdata/mixed")
	tl, err := dateline.Build(context.Background(), arts, dateline.Options{Query: "dam"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range dateline.Formats() {
		t.Run(f, func(t *testing.T) {
			var b bytes.Buffer
			if err := dateline.Render(&b, tl, f); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), "Lowen Dam") {
				t.Errorf("%s output does not show the summary sentence:\n%s", f, b.String())
			}
		})
	}
	if err := dateline.Render(&bytes.Buffer{}, tl, "pdf"); err == nil {
		t.Error("Render to an unknown format succeeded")
	}
}

func TestMethodsListsTheDefaultFirst(t *testing.T) {
	ms := dateline.Methods()
	if len(ms) < 2 || ms[0] != "dateline" {
		t.Errorf("Methods() = %v, want the default method first", ms)
	}
}

func TestBuildFromArticlesMadeInCode(t *testing.T) {
	pub := func(d int) time.Time { return time.Date(2025, time.March, d, 9, 0, 0, 0, time.UTC) }
	arts := []*dateline.Article{
		{ID: "a1", Source: "Courier", Published: pub(4), Text: "Engineers found cracks in the dam's spillway on Monday, the authority said."},
		{ID: "a2", Source: "Wire", Published: pub(5), Text: "The cracks in the dam's spillway were found on Monday. Repairs will start on Friday."},
		{ID: "a3", Source: "Courier", Published: pub(8), Text: "Repairs to the dam's spillway started on Friday."},
	}
	tl, err := dateline.Build(context.Background(), arts, dateline.Options{Query: "dam spillway", Dates: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Dates {
		got = append(got, e.Date.String())
		for _, it := range e.Summary {
			if it.Source == "" || it.Doc == "" {
				t.Errorf("%s: item %q names no source", e.Date, it.Text)
			}
		}
	}
	// Monday before March 4 is March 3; the Friday after March 5 is March 7.
	if want := []string{"2025-03-03", "2025-03-07"}; !slices.Equal(got, want) {
		t.Errorf("dates = %v, want %v", got, want)
	}
}

func TestQuotesNameSpeakersAsTheCorpusDoes(t *testing.T) {
	pub := time.Date(2025, time.March, 4, 9, 0, 0, 0, time.UTC)
	arts := []*dateline.Article{
		{ID: "a1", Source: "Courier", Published: pub, Text: `"The dam is holding," said Mara Quillon, the authority's chief engineer.`},
		{ID: "a2", Source: "Wire", Published: pub, Text: `Ms Quillon said the spillway would be inspected again. "We are watching it hour by hour," she added.`},
		{ID: "a3", Source: "Herald", Published: pub, Text: `"Repairs will take weeks," Mara Quillon told reporters on Tuesday.`},
	}
	qs, err := dateline.Quotes(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 4 {
		t.Fatalf("got %d quotes, want the four statements: %+v", len(qs), qs)
	}
	for _, q := range qs {
		if q.Speaker != "Mara Quillon" {
			t.Errorf("%s: %q attributed to %q (mention %q), want Mara Quillon", q.Article.ID, q.Text, q.Speaker, q.SpeakerMention)
		}
		if !dateline.SameEntity(q.Speaker, "Quillon") {
			t.Errorf("SameEntity(%q, Quillon) = false", q.Speaker)
		}
	}
	if dateline.SameEntity("Mara Quillon", "Ines Marroway") {
		t.Error("SameEntity of two different people = true")
	}
}

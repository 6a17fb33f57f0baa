package timeline_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// article builds an annotated article published on pub.
func article(id, source string, pub news.Date, body string) *news.Article {
	a := &news.Article{ID: id, Source: source, Published: pub.Time(), Text: body}
	annotate.New().Annotate(a)
	return a
}

func TestBuildPicksMentionedDays(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(5), "The harbour strike began on Friday. Dockers walked out over pay. The harbour was closed."),
		article("b/1", "Courier", d(5), "Dockers at the harbour went on strike on Friday over pay. Ships queued offshore."),
		article("c/1", "Ledger", d(6), "The harbour strike that began on June 2 entered its fifth day. Talks are planned."),
		article("a/2", "Gazette", d(9), "Talks to end the harbour strike failed on Thursday. The union blamed the port."),
		article("b/2", "Courier", d(9), "Harbour strike talks collapsed on Thursday, the union said."),
		article("c/2", "Ledger", d(12), "An unrelated bakery opened on Monday in the old town."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(context.Background(), c, timeline.Datewise(), timeline.Options{Query: "harbour strike", Dates: 2, Sentences: 1, Activity: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Dates {
		got = append(got, e.Date.String())
	}
	if want := []string{"2017-06-02", "2017-06-08"}; !slices.Equal(got, want) {
		t.Fatalf("dates = %v, want %v", got, want)
	}
	first := tl.Dates[0]
	if first.Evidence.Mentions != 3 || first.Evidence.Articles != 3 {
		t.Errorf("evidence for 2017-06-02 = %+v, want 3 mentions in 3 articles", first.Evidence)
	}
	for _, e := range tl.Dates {
		if len(e.Summary) != 1 {
			t.Fatalf("%s: %d sentences, want 1", e.Date, len(e.Summary))
		}
		it := e.Summary[0]
		if it.Doc == "" || it.Source == "" || it.Published.IsZero() || !strings.HasPrefix(it.DatedBy, "mention '") {
			t.Errorf("%s: item lacks provenance: %+v", e.Date, it)
		}
		if !strings.Contains(strings.ToLower(it.Text), "harbour") && !strings.Contains(strings.ToLower(it.Text), "strike") {
			t.Errorf("%s: off-topic sentence %q", e.Date, it.Text)
		}
	}
	if len(tl.Days) == 0 {
		t.Error("Activity requested but Days is empty")
	}
}

func TestBuildRespectsWindowAndKeywords(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(5), "The harbour strike began on Friday."),
		article("a/2", "Gazette", d(20), "Harbour strike talks resumed on Monday."),
		article("a/3", "Gazette", d(21), "The bakery opened on Tuesday."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(context.Background(), c, timeline.Datewise(), timeline.Options{
		Keywords: []string{"strike"}, Dates: 5, From: d(10), To: d(30)})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Dates) != 1 || tl.Dates[0].Date != d(19) {
		t.Fatalf("timeline = %+v, want only 2017-06-19", tl.Dates)
	}
}

func TestBuildQueryPhrases(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(20), "The harbour strike began on Monday."),
		article("a/2", "Gazette", d(22), "The bakery strike-off was filed on Wednesday."),
		article("a/3", "Gazette", d(23), "Harbour workers voted on Thursday."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tests := []struct {
		query string
		want  []news.Date
	}{
		{`"harbour strike"`, []news.Date{d(19)}},
		{`"Harbour Strike" OR "harbour workers"`, []news.Date{d(19), d(22)}},
		{`strike`, []news.Date{d(19), d(21)}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			tl, err := timeline.Build(context.Background(), c, timeline.Datewise(), timeline.Options{Query: tt.query, Dates: 5})
			if err != nil {
				t.Fatal(err)
			}
			var got []news.Date
			for _, e := range tl.Dates {
				got = append(got, e.Date)
			}
			slices.SortFunc(got, func(a, b news.Date) int { return a.Compare(b) })
			if !slices.Equal(got, tt.want) {
				t.Errorf("dates = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestItemCountsWireCopiesOnce(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	const wire = "Dockers at the harbour went on strike on Friday over pay and conditions. Ships queued offshore."
	arts := []*news.Article{
		article("a/1", "Associated Press", d(5), wire),
		article("b/1", "Courier", d(5), wire),
		article("c/1", "Ledger", d(5), "Dockers at the harbour went on strike on Friday over pay and conditions. The union said talks were planned for next week."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(context.Background(), c, timeline.Default(), timeline.Options{Query: "strike", Dates: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Dates) != 1 || len(tl.Dates[0].Summary) != 1 {
		t.Fatalf("timeline = %+v, want one entry with one sentence", tl.Dates)
	}
	it := tl.Dates[0].Summary[0]
	if it.Sources != 3 || it.Independent != 2 {
		t.Errorf("sources %d, independent %d (docs %v); want 3 and 2: the agency story and its reprint count once", it.Sources, it.Independent, it.Docs)
	}
}

func TestBuildCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := timeline.NewCorpus(nil, text.NewAnalyzer())
	if _, err := timeline.Build(ctx, c, timeline.Default(), timeline.Options{}); err == nil {
		t.Fatal("Build on a cancelled context succeeded")
	}
}

func TestDemoKeyEvents(t *testing.T) {
	arts, err := demo.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := annotate.New().All(context.Background(), arts, 0); err != nil {
		t.Fatal(err)
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	events := demo.KeyEvents()
	for _, m := range []*timeline.Method{timeline.Datewise(), timeline.Default(), timeline.Lasting()} {
		t.Run(m.Name, func(t *testing.T) {
			tl, err := timeline.Build(context.Background(), c, m, timeline.Options{Keywords: demo.Keywords(), Dates: len(events), Sentences: 1})
			if err != nil {
				t.Fatal(err)
			}
			chosen := map[news.Date]bool{}
			for _, e := range tl.Dates {
				chosen[e.Date] = true
			}
			hits := 0
			for _, ev := range events {
				if chosen[ev.Date] {
					hits++
				}
			}
			// The story was written with these key dates; a method worth
			// shipping finds most of them.
			if hits < 6 {
				t.Errorf("found %d of %d key dates: %v", hits, len(events), tl.Dates)
			}
		})
	}
}

func TestMethodByName(t *testing.T) {
	for _, name := range []string{"", "dateline", "datewise", "lasting"} {
		if _, err := timeline.MethodByName(name); err != nil {
			t.Errorf("MethodByName(%q): %v", name, err)
		}
	}
	if _, err := timeline.MethodByName("nope"); err == nil {
		t.Error("unknown method accepted")
	}
}

func TestShippedModelMatchesFeatures(t *testing.T) {
	m := timeline.Default()
	if m.DateModel == nil || len(m.DateModel.Weights) != len(timeline.DateFeatureNames) {
		t.Fatalf("shipped date model does not fit this build's features")
	}
	var nonzero int
	for _, w := range m.DateModel.Weights {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero == 0 {
		t.Fatal("shipped date model has no weights")
	}
}

func TestAblationsAreDistinct(t *testing.T) {
	seen := map[string]bool{}
	def := *timeline.Default()
	def.Name = ""
	for _, v := range timeline.Ablations() {
		if seen[v.Name] || v.Method == nil || v.Description == "" {
			t.Errorf("bad ablation variant %+v", v)
			continue
		}
		seen[v.Name] = true
		// A variant of the default must change something in it.
		m := *v.Method
		m.Name = ""
		if strings.HasPrefix(v.Name, "default ") && reflect.DeepEqual(m, def) {
			t.Errorf("ablation %q is the default method unchanged", v.Name)
		}
	}
}

func TestItemSpeakerIsTheCorpusName(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(5), `Mayor Anna Lindqvist opened the harbour talks on Friday. "We will not sell the port," Anna Lindqvist said.`),
		article("b/1", "Courier", d(9), `"The harbour strike must end," Ms Lindqvist said on Thursday after the harbour talks failed.`),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(context.Background(), c, timeline.Datewise(), timeline.Options{Query: "harbour", Dates: 2, Sentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	var speakers []string
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			if strings.Contains(it.Text, "strike must end") {
				speakers = append(speakers, it.Speaker)
			}
		}
	}
	if want := []string{"Anna Lindqvist"}; !slices.Equal(speakers, want) {
		t.Errorf("speaker of the Courier quote = %q, want %q (the name the corpus uses)", speakers, want)
	}
}

// TestBoundaryMentionsAreNoCandidates checks that a sentence naming a day
// only as a boundary ("since Friday") is not a summary of that day under
// Method.SkipBoundaryMentions, and is without it.
func TestBoundaryMentionsAreNoCandidates(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(8), "Ferries have stayed in port since Friday, the harbour master said."),
		article("b/1", "Courier", d(8), "Ferries have not sailed after Friday, the harbour board said."),
		article("c/1", "Herald", d(8), "Ferries were kept in port until at least Friday, the harbour board said."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	for _, skip := range []bool{true, false} {
		m := timeline.Datewise()
		m.SkipBoundaryMentions = skip
		tl, err := timeline.Build(context.Background(), c, m, timeline.Options{Query: "ferries", Dates: 3, Sentences: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range tl.Dates {
			if e.Date == d(2) && skip {
				t.Errorf("skip: %s has entries %+v from boundary mentions", e.Date, e.Summary)
			}
		}
		found := slices.ContainsFunc(tl.Dates, func(e timeline.Entry) bool { return e.Date == d(2) })
		if !skip && !found {
			t.Errorf("no skip: 2017-06-02 missing from %+v", tl.Dates)
		}
	}
}

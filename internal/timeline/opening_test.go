package timeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

func TestShouted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"THE SUSPENSION OF THE DEBATES HAS ALLOWED HIM TO LOOK LIKE A LEADER .", true},
		{"NATO and the UN said the EU would meet on Friday .", false},
		{"BREAKING NEWS : DAM HOLDS", false}, // four words
		{"The dam held .", false},
	} {
		if got := timeline.Shouted(tc.text); got != tc.want {
			t.Errorf("Shouted(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestOpensQuotation(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"`` The crisis started in the harbour towns .", true},
		{"\u201cThe crisis started in the harbour towns.", true},
		{"\"The crisis started in the harbour towns.", true},
		{"`` The crisis started in the harbour towns , '' the mayor said .", false},
		{"\u201cThe crisis started here,\u201d the mayor said.", false},
		{"\"The crisis started here,\" the mayor said.", false},
		{"The mayor said : `` The crisis started here .", false}, // the speaker is named
		{"The crisis started in the harbour towns .", false},
	} {
		if got := timeline.OpensQuotation(tc.text); got != tc.want {
			t.Errorf("OpensQuotation(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStatement(t *testing.T) {
	for _, tc := range []struct {
		text      string
		question  bool
		statement bool
	}{
		{"How serious a threat is the flood ?", true, false},
		{"Did the council act too late?\u201d", true, false},
		{"`` Why now ? '' she asked .", false, true},
		{"The council asked whether the dam would hold .", false, true},
		{"one death , at least 91 confirmed cases .", false, false},
		{"THE SUSPENSION OF THE DEBATES HAS ALLOWED HIM TO LEAD .", false, false},
	} {
		if got := timeline.Question(tc.text); got != tc.question {
			t.Errorf("Question(%q) = %v, want %v", tc.text, got, tc.question)
		}
		if got := timeline.Statement(tc.text); got != tc.statement {
			t.Errorf("Statement(%q) = %v, want %v", tc.text, got, tc.statement)
		}
	}
}

func TestOpenings(t *testing.T) {
	for _, tc := range []struct {
		text               string
		dangling, fragment bool
	}{
		{"The harbour strike began on Friday .", false, false},
		{"He added that talks would go on .", true, false},
		{"However , the union refused .", true, false},
		{"`` It is over , '' she said .", true, false},
		{"one death , at least 91 confirmed cases The boy had arrived in Brownsville .", false, true},
		{"chairman of the committee , to determine whether the Fed should act .", false, true},
		{"`` we will strike again , '' the union said .", false, true},
		{"2010 was the worst year for the port .", false, false},
		{"L -RRB- failed to reassure investors as its shares fell .", false, true},
		{"L) failed to reassure investors as its shares fell.", false, true},
		{"Acme -LRB- ACME.L -RRB- failed to reassure investors .", false, false},
		{"1 ) The port reopened .", false, true},
		{"", false, false},
	} {
		if got := timeline.DanglingOpening(tc.text); got != tc.dangling {
			t.Errorf("DanglingOpening(%q) = %v, want %v", tc.text, got, tc.dangling)
		}
		if got := timeline.Fragment(tc.text); got != tc.fragment {
			t.Errorf("Fragment(%q) = %v, want %v", tc.text, got, tc.fragment)
		}
	}
}

// TestFragmentsAreNotShown: a line that starts mid-sentence is never a
// summary sentence as it stands; when a lead sentence is glued behind its
// fragment, the lead is what is shown.
func TestFragmentsAreNotShown(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2009, time.April, day) }
	arts := []*news.Article{
		article("a/1", "Wire", d(29), "Swine flu spreads in Texas .\nUS : one death , at least 91 confirmed cases The Mexican boy died of swine flu in Texas on Monday , officials said ."),
		article("b/1", "Post", d(29), "Officials said a Mexican boy died of swine flu in Texas on Monday .\nchairman of the health committee , to determine whether swine flu in Texas called for closing the border on Monday ."),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(context.Background(), c, timeline.Default(), timeline.Options{Query: "swine flu", Dates: 1, Sentences: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Dates) != 1 || tl.Dates[0].Date != d(27) {
		t.Fatalf("dates = %+v, want one entry for 2009-04-27", tl.Dates)
	}
	var shown []string
	for _, it := range tl.Dates[0].Summary {
		shown = append(shown, it.Text)
		if timeline.Fragment(it.Text) {
			t.Errorf("fragment shown: %q", it.Text)
		}
	}
	var lead bool
	for _, s := range shown {
		lead = lead || strings.HasPrefix(s, "The Mexican boy died")
	}
	if !lead {
		t.Errorf("summary %q lacks the lead glued behind the fragment", shown)
	}
}

// TestEntityTimelineDatesStatementsAsPublished: an entity's timeline does
// not move a statement to the day before its article (the news-lag rule
// for leads is for events).
func TestEntityTimelineDatesStatementsAsPublished(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2025, time.March, day) }
	arts := []*news.Article{
		article("a/1", "Courier", d(11), `"Our town is under water," said Mayor Ada Kestrel of Fennick.`),
		article("b/1", "Wire", d(12), `Mayor Ada Kestrel asked the government for help to rebuild Fennick.`),
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	for _, tc := range []struct {
		name   string
		opts   timeline.Options
		wantBy string // how the under-water quote is dated
		want   news.Date
	}{
		{"entity", timeline.Options{Entity: "Ada Kestrel", Dates: 2}, "publication", d(11)},
	} {
		tl, err := timeline.Build(context.Background(), c, timeline.Default(), tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, e := range tl.Dates {
			for _, it := range e.Summary {
				if strings.Contains(it.Text, "under water") {
					found = true
					if e.Date != tc.want || it.DatedBy != tc.wantBy {
						t.Errorf("%s: quote shown on %s (%s), want %s (%s)", tc.name, e.Date, it.DatedBy, tc.want, tc.wantBy)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: quote not in the timeline %+v", tc.name, tl.Dates)
		}
	}
	// In the entity's timeline the next day's lead stays on its own day.
	tl, err := timeline.Build(context.Background(), c, timeline.Default(), timeline.Options{Entity: "Ada Kestrel", Dates: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			if it.DatedBy == "publication the next day" {
				t.Errorf("entity timeline dates %q by the next day's publication", it.Text)
			}
		}
	}
}

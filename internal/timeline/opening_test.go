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

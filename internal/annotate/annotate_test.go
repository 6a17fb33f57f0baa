package annotate

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

func TestAnnotateRelativeDates(t *testing.T) {
	a := &news.Article{ID: "x", Published: time.Date(2017, 6, 5, 9, 0, 0, 0, time.UTC),
		Text: `President Vladimir Putin said on Friday that hackers can be anywhere. "They could be anywhere," he added. He will meet the delegation on Friday, officials said. The interview aired on Sunday.`}
	New().Annotate(a)
	if len(a.Sentences) != 4 {
		t.Fatalf("%d sentences, want 4: %+v", len(a.Sentences), a.Sentences)
	}
	want := map[int]string{0: "2017-06-02", 2: "2017-06-09", 3: "2017-06-04"}
	for i, day := range want {
		s := a.Sentences[i]
		if len(s.Mentions) != 1 || s.Mentions[0].Date.String() != day || s.Mentions[0].Granularity != news.GranDay {
			t.Errorf("sentence %d %q: mentions %+v, want one day %s", i, s.Text, s.Mentions, day)
		}
		if m := s.Mentions[0]; s.Text[m.Start:m.End] != m.Text {
			t.Errorf("sentence %d: mention offsets do not match its text", i)
		}
	}
	if len(a.Quotes) == 0 || a.Quotes[0].Speaker == "" {
		t.Errorf("quote not attributed: %+v", a.Quotes)
	}
}

func TestAnnotateKeepsPresplitSentences(t *testing.T) {
	a := &news.Article{ID: "t17", Published: time.Date(2010, 4, 22, 0, 0, 0, 0, time.UTC),
		Text:      "The rig sank on Thursday .\nOil leaked .",
		Sentences: []news.Sentence{{Index: 0, Start: 0, End: 26, Text: "The rig sank on Thursday ."}, {Index: 1, Start: 27, End: 39, Text: "Oil leaked ."}}}
	(&Annotator{Tagger: New().Tagger}).Annotate(a)
	if len(a.Sentences) != 2 || len(a.Sentences[0].Mentions) != 1 || a.Sentences[0].Mentions[0].Date != news.NewDate(2010, 4, 22) {
		t.Fatalf("pre-split article annotated wrongly: %+v", a.Sentences)
	}
}

func TestAllCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	arts := []*news.Article{{ID: "a", Text: "x"}, {ID: "b", Text: "y"}}
	if err := New().All(ctx, arts, 2); err == nil {
		t.Fatal("All on a cancelled context returned nil")
	}
}

func TestNilStepsAreSkipped(t *testing.T) {
	a := &news.Article{ID: "a", Text: "One. Two."}
	(&Annotator{}).Annotate(a)
	if len(a.Sentences) != 0 || a.Quotes != nil {
		t.Fatalf("empty chain changed the article: %+v", a)
	}
}

// TestAnnotateNarrativeAnchor: an anaphoric expression counts from the day
// an earlier sentence named, not from the publication date.
func TestAnnotateNarrativeAnchor(t *testing.T) {
	a := &news.Article{ID: "x", Published: time.Date(2010, 6, 15, 9, 0, 0, 0, time.UTC),
		Text: "The rig exploded on April 20. Oil was seen two days later. The next day, the slick grew. Officials spoke on Monday."}
	New().Annotate(a)
	var got []string
	for _, s := range a.Sentences {
		for _, m := range s.Mentions {
			got = append(got, m.Text+"="+m.Date.String())
		}
	}
	want := []string{"April 20=2010-04-20", "two days later=2010-04-22", "The next day=2010-04-23", "Monday=2010-06-14"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

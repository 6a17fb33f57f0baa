package timeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
)

// annotated returns the single sentence of text as annotated in an article
// published on pub.
func annotated(t *testing.T, pub news.Date, text string) news.Sentence {
	t.Helper()
	a := &news.Article{ID: "a", Published: pub.Time(), Text: text}
	annotate.New().Annotate(a)
	if len(a.Sentences) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(a.Sentences))
	}
	return a.Sentences[0]
}

func TestCutDayMention(t *testing.T) {
	pub := news.NewDate(2017, time.June, 5) // a Monday
	fri := news.NewDate(2017, time.June, 2)
	for _, tc := range []struct {
		name, text string
		day        news.Date
		want       string
	}{
		{"said on weekday", "Putin said on Friday that talks had failed .", fri, "Putin said that talks had failed ."},
		{"trailing weekday", "The harbour was closed on Friday .", fri, "The harbour was closed ."},
		{"opening weekday", "On Friday , dockers walked out over pay .", fri, "Dockers walked out over pay ."},
		{"between commas", "The minister , on Friday , resigned .", fri, "The minister resigned ."},
		{"yesterday", "The minister resigned yesterday and left .", news.NewDate(2017, time.June, 4), "The minister resigned and left ."},
		{"explicit date", "The strike began on June 2 , the union said .", fri, "The strike began , the union said ."},
		{"explicit date with year", "The strike began on 2 June 2017 .", fri, "The strike began ."},
		{"untokenized: period", "The harbour was closed on Friday.", fri, "The harbour was closed."},
		{"untokenized: comma", "The strike began on June 2, the union said.", fri, "The strike began, the union said."},
		{"untokenized: between commas", "The minister, on Friday, resigned.", fri, "The minister resigned."},
		{"other day kept", "Putin said on Friday that talks had failed .", pub, "Putin said on Friday that talks had failed ."},
		{"phrase kept", "Crowds gathered after Friday prayers .", fri, "Crowds gathered after Friday prayers ."},
		{"possessive kept", "Friday 's vote was close .", fri, "Friday 's vote was close ."},
		{"part of day kept", "Talks failed on Friday night .", fri, "Talks failed on Friday night ."},
		{"weekday of a full date kept", "Friday , June 2 , 2017 ; the harbour closed .", fri, "Friday , June 2 , 2017 ; the harbour closed ."},
		{"after a closing quote kept", "The crimes were committed from February 15 through `` at least '' June 2 , the court said .", fri, "The crimes were committed from February 15 through `` at least '' June 2 , the court said ."},
		{"after around kept", "The strike began around Friday , the union said .", fri, "The strike began around Friday , the union said ."},
		{"after at least kept", "The harbour stayed closed until at least Friday .", fri, "The harbour stayed closed until at least Friday ."},
		{"set-off participle kept", "The report , published yesterday , makes grim reading .", news.NewDate(2017, time.June, 4), "The report , published yesterday , makes grim reading ."},
		{"set-off relative clause kept", "The attempt , which began on Friday , involves pumping mud into the well .", fri, "The attempt , which began on Friday , involves pumping mud into the well ."},
		{"end of a range kept", "The talks ran between 1 and 2 June , the union said .", fri, "The talks ran between 1 and 2 June , the union said ."},
		{"second of two days kept", "Dockers walked out on Thursday and Friday .", fri, "Dockers walked out on Thursday and Friday ."},
		{"time stamp kept", "Posted on June 2 , 2017 at 5:24 pm | a comment .", fri, "Posted on June 2 , 2017 at 5:24 pm | a comment ."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := annotated(t, pub, tc.text)
			if got := cutDayMention(s.Text, s.Mentions, tc.day); got != tc.want {
				t.Errorf("cutDayMention(%q, %s) = %q, want %q (mentions %+v)", tc.text, tc.day, got, tc.want, s.Mentions)
			}
		})
	}
}

func TestClockTimesDoNotDate(t *testing.T) {
	pub := news.NewDate(2017, time.June, 5)
	for _, tc := range []struct {
		name, text string
		wantClock  []bool // per day the sentence mentions
	}{
		{"clock time", "The update was posted at 5:24 pm .", []bool{true}},
		{"weekday and time", "The leaders will meet on Friday at 3 pm .", []bool{false}},
		// The tagger dates "3 pm" by the publication day here: exactly
		// the kind of day the flag keeps out of the evidence.
		{"time then weekday", "At 3 pm on Friday the leaders will meet .", []bool{true, false}},
		{"date", "The strike began on June 2 .", []bool{false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{ID: "a", Published: pub.Time(), Text: tc.text}
			annotate.New().Annotate(a)
			c := NewCorpus([]*news.Article{a}, text.NewAnalyzer())
			if got := c.sents[0].clock; !slices.Equal(got, tc.wantClock) {
				t.Errorf("clock flags of %q = %v, want %v (mentions %+v)", tc.text, got, tc.wantClock, a.Sentences[0].Mentions)
			}
		})
	}
}

// TestStampedSentences: a sentence holding a date written with its year
// and followed at once by a clock time is a comment or post, unless it is
// its article's first line.
func TestStampedSentences(t *testing.T) {
	pub := news.NewDate(2017, time.June, 5)
	for _, tc := range []struct {
		name, text string
		want       bool // for the article's second sentence
	}{
		{"comment stamp", "Cut the budget . Posted by : reader7 | June 2 , 2017 1:14 PM | Report abuse", true},
		{"page stamp", "Cut the budget . HOUSTON | Fri Jun 2 , 2017 7:30 pm EDT HOUSTON - A rig sank .", true},
		{"comment stamp with at", "Cut the budget . June 2 , 2017 at 5:24 pm | Withhold the aid ?", true},
		{"comment stamp after a dash", "Cut the budget . 2nd June 2017 - 10:16 Will the council now act ?", true},
		{"comment header", "Cut the budget . At 4:25 pm , reader7 wrote : The council should act now .", true},
		{"comment header with a date", "Cut the budget . At 20:58 2nd Jun 2017 , Jane Roe wrote : The council should act .", true},
		{"clock time before a writer in a story", "Cut the budget . At 4:25 pm the mayor wrote to the council .", false},
		{"event date and time joined by a word", "Cut the budget . The rig exploded on June 2 , 2017 at 9:45 pm .", false},
		{"date without time", "Cut the budget . The rig exploded on June 2 , 2017 .", false},
		{"relative day and time", "Cut the budget . The rig exploded on Friday 9:45 pm .", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{ID: "a", Published: pub.Time(), Text: tc.text}
			annotate.New().Annotate(a)
			c := NewCorpus([]*news.Article{a}, text.NewAnalyzer())
			if len(c.sents) != 2 {
				t.Fatalf("%q: %d sentences, want 2", tc.text, len(c.sents))
			}
			if c.sents[0].stamped {
				t.Errorf("first sentence of %q marked stamped", tc.text)
			}
			if got := c.sents[1].stamped; got != tc.want {
				t.Errorf("stamped(%q) = %v, want %v (mentions %+v)", a.Sentences[1].Text, got, tc.want, a.Sentences[1].Mentions)
			}
		})
	}
	// An article's first line keeps its stamp: trim cuts it.
	a := &news.Article{ID: "a", Published: pub.Time(), Text: "June 2 , 2017 1:14 PM A rig sank in the gulf ."}
	annotate.New().Annotate(a)
	if c := NewCorpus([]*news.Article{a}, text.NewAnalyzer()); c.sents[0].stamped {
		t.Errorf("first line %q marked stamped", a.Text)
	}
}

// FuzzCutDayMention checks that cutting the mentions of any day the
// annotator finds never panics and never empties a sentence.
func FuzzCutDayMention(f *testing.F) {
	for _, s := range []string{"Putin said on Friday that talks had failed .", "On Friday , dockers walked out .",
		"Friday , June 2 , 2017 ; the harbour closed .", "The minister , on Friday , resigned ."} {
		f.Add(s)
	}
	pub := news.NewDate(2017, time.June, 5)
	f.Fuzz(func(t *testing.T, s string) {
		a := &news.Article{ID: "a", Published: pub.Time(), Text: s}
		annotate.New().Annotate(a)
		for _, sent := range a.Sentences {
			for _, m := range sent.Mentions {
				if m.Granularity != news.GranDay {
					continue
				}
				if got := cutDayMention(sent.Text, sent.Mentions, m.Date); strings.TrimSpace(got) == "" && strings.TrimSpace(sent.Text) != "" {
					t.Fatalf("cutDayMention(%q, %s) emptied the sentence", sent.Text, m.Date)
				}
			}
		}
	})
}

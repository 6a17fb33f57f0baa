package quote

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
)

// TestSaid checks the day a quote's reporting words name. The articles are
// published on Monday 5 June 2017.
func TestSaid(t *testing.T) {
	tagger := temporal.New(temporal.Options{})
	pub := time.Date(2017, 6, 5, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		quote      string // the quote to look at
		want       string // its Said day, "" for none
	}{
		{"said on", "Putin said on Friday that sanctions would not work.", "sanctions would not work", "2017-06-02"},
		{"bare weekday after quote", `"We will win," Trump said Sunday.`, "We will win", "2017-06-04"},
		{"speaker inverted", `"It was a good meeting," said Dmitry Peskov on Saturday.`, "It was a good meeting", "2017-06-03"},
		{"addressee and place between", `"It was a good meeting," Peskov told reporters in Moscow on Friday.`, "It was a good meeting", "2017-06-02"},
		{"setting between", "The ministry said in a statement on Wednesday that the talks had failed.", "the talks had failed", "2017-05-31"},
		{"yesterday", "The minister said yesterday that the border was closed.", "the border was closed", "2017-06-04"},
		{"opening the sentence", "On Saturday, the ministry said the talks had failed.", "the talks had failed", "2017-06-03"},
		{"before the verb", "Merkel on Thursday said the deal was dead.", "the deal was dead", "2017-06-01"},
		{"explicit date", `On May 18, he told Sky News: "The impact will be modest."`, "The impact will be modest.", "2017-05-18"},
		{"in the quotation", `"The vote on Friday was rigged," he said.`, "The vote on Friday was rigged", ""},
		{"in reported content", "Peskov said the vote on Friday was rigged.", "the vote on Friday was rigged", ""},
		{"another clause's day", "Smith, who resigned on Friday, said the plan had failed.", "the plan had failed", ""},
		{"a possessive opening", `Friday's attack was a warning, the ministry said.`, "Friday's attack was a warning", ""},
		{"the occasion", `"It is a disgrace," Trump told Friday's rally.`, "It is a disgrace", "2017-06-02"},
		{"a clause after the speaker", `"We lost," said Smith, who resigned on Friday.`, "We lost", ""},
		{"a boundary", `"The border is closed," the minister said, since Friday.`, "The border is closed", ""},
		{"a newspaper's name", "Assad told the Sunday Times that intervention would be a disaster.", "intervention would be a disaster", ""},
		{"no day", `"We will see," she said.`, "We will see", ""},
		{"the same speaker going on", `Putin said on Friday that sanctions would not work. "We are ready," he added.`, "We are ready", "2017-06-02"},
		{"going on at another time", `Putin said on Friday that sanctions would not work. "We are ready," he said last month.`, "We are ready", ""},
		{"another speaker", `Putin said on Friday that sanctions would not work. "We are ready," Merkel said.`, "We are ready", ""},
		{"shared, not handed on", `Putin said on Friday that sanctions would not work. Nobody left. "We are ready," he added. The talks went on. "We will win," he said.`, "We will win", ""},
		{"too far on", `Putin said on Friday that sanctions would not work. The talks went on. Nobody left. The rain fell. "We are ready," Putin said.`, "We are ready", ""},
		{"a day after publication", "Putin will say on Friday that the talks failed, aides said.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &news.Article{ID: tt.name, Text: tt.text, Published: pub}
			a.Sentences = text.Sentences(a.Text)
			for i := range a.Sentences {
				a.Sentences[i].Mentions = tagger.Tag(a.Sentences[i].Text, a.PubDate())
			}
			var x Extractor
			x.Annotate(a)
			if tt.quote == "" {
				for _, q := range a.Quotes {
					if !q.Said.IsZero() && q.Said.After(a.PubDate()) {
						t.Errorf("quote %q said %s, after publication", q.Text, q.Said)
					}
				}
				return
			}
			for _, q := range a.Quotes {
				if q.Text != tt.quote {
					continue
				}
				got := ""
				if !q.Said.IsZero() {
					got = q.Said.String()
				}
				if got != tt.want {
					t.Errorf("Said = %q, want %q", got, tt.want)
				}
				if day := q.Day(a.PubDate()); tt.want == "" && day != a.PubDate() {
					t.Errorf("Day = %s, want the publication day", day)
				}
				return
			}
			t.Fatalf("no quote %q in %+v", tt.quote, a.Quotes)
		})
	}
}

package timeline_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// An empty timeline must still encode "dates" as a JSON list: the JSON
// contract promises a list, and consumers iterate it without a nil check.
func TestEmptyTimelineEncodesDatesAsList(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	arts := []*news.Article{
		article("a/1", "Gazette", d(5), "The harbour strike began on Friday. Dockers walked out over pay."),
		article("a/2", "Gazette", d(9), "Harbour strike talks failed on Thursday, the union said."),
	}
	for _, tc := range []struct {
		name string
		arts []*news.Article
		opts timeline.Options
	}{
		{"no articles", nil, timeline.Options{Dates: 3}},
		{"window without articles", arts, timeline.Options{Dates: 3, From: d(20), To: d(30)}},
		{"keyword in no sentence", arts, timeline.Options{Dates: 3, Keywords: []string{"volcano"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := timeline.NewCorpus(tc.arts, text.NewAnalyzer())
			tl, err := timeline.Build(context.Background(), c, timeline.Default(), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(tl)
			if err != nil {
				t.Fatal(err)
			}
			var got struct {
				Dates json.RawMessage `json:"dates"`
			}
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			if string(got.Dates) != "[]" {
				t.Errorf("dates = %s, want [] (whole JSON: %s)", got.Dates, b)
			}
		})
	}
}

// A corpus in which every word is in every sentence (one sentence, or
// copies of one) has only zero tf-idf vectors; its dated sentence must
// still make a timeline (it used to give none: "no dates found").
func TestDegenerateCorpusStillGivesATimeline(t *testing.T) {
	d := func(day int) news.Date { return news.NewDate(2017, time.June, day) }
	const body = "Dockers at the harbour walked out on Friday over pay."
	for _, tc := range []struct {
		name   string
		arts   []*news.Article
		method *timeline.Method
	}{
		{"one sentence", []*news.Article{article("a/1", "Gazette", d(5), body)}, timeline.Default()},
		{"one sentence, datewise", []*news.Article{article("a/1", "Gazette", d(5), body)}, timeline.Datewise()},
		{"two copies", []*news.Article{article("a/1", "Gazette", d(5), body), article("b/1", "Courier", d(5), body)}, timeline.Default()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := timeline.NewCorpus(tc.arts, text.NewAnalyzer())
			tl, err := timeline.Build(context.Background(), c, tc.method, timeline.Options{Dates: 3, Sentences: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(tl.Dates) != 1 || tl.Dates[0].Date != d(2) || len(tl.Dates[0].Summary) != 1 {
				t.Fatalf("timeline = %+v, want one sentence on 2017-06-02", tl.Dates)
			}
		})
	}
}

package quotelist

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
)

func article() *news.Article {
	text := `"We will not retreat," Mr Putin said on Friday. "The talks are over," said Anna Smith.`
	return &news.Article{ID: "a", Source: "wire", Text: text, Published: time.Date(2017, 6, 5, 9, 0, 0, 0, time.UTC),
		Quotes: []news.Quote{
			{Start: 1, End: 20, Text: "We will not retreat", Direct: true, Verb: "said", SpeakerMention: "Mr Putin", Speaker: "Putin", Said: news.NewDate(2017, 6, 2)},
			{Start: 48, End: 66, Text: "The talks are over", Direct: true, Verb: "said", SpeakerMention: "Anna Smith", Speaker: "Anna Smith"},
		}}
}

// TestRows pins which quotes a filter keeps — by any variant of the
// speaker's name and by the day said, not published — and how rows are
// dated and named.
func TestRows(t *testing.T) {
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{"We will not retreat", "The talks are over"}},
		{"speaker by full name", Filter{Speaker: "Vladimir Putin"}, []string{"We will not retreat"}},
		{"speaker by surname", Filter{Speaker: "Smith"}, []string{"The talks are over"}},
		{"day said", Filter{From: news.NewDate(2017, 6, 1), To: news.NewDate(2017, 6, 2)}, []string{"We will not retreat"}},
		{"day published", Filter{From: news.NewDate(2017, 6, 5)}, []string{"The talks are over"}},
		{"no one", Filter{Speaker: "Jan Roe"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range Rows(article(), tt.f) {
				got = append(got, r.Quote)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
	rows := Rows(article(), Filter{})
	dir := Directory([]*news.Article{article(), {Quotes: []news.Quote{{Speaker: "Vladimir Putin"}}}})
	rows[0].Canonical(dir)
	want := Row{Quote: "We will not retreat", Speaker: "Vladimir Putin", SpeakerMention: "Mr Putin", Verb: "said", Direct: true,
		Date: "2017-06-02", Published: "2017-06-05", Doc: "a", Source: "wire"}
	if diff := cmp.Diff(want, rows[0]); diff != "" {
		t.Errorf("row (-want +got):\n%s", diff)
	}
}

// TestRowsRepeats: a quotation its article repeats word for word (a pull
// quote) is listed once, by the speaker of the fuller one; a repeat with
// another speaker, or a short one, stays.
func TestRowsRepeats(t *testing.T) {
	long := "What we have seen is that our current efforts have been insufficient"
	a := &news.Article{ID: "a", Published: time.Date(2016, 7, 26, 0, 0, 0, 0, time.UTC), Quotes: []news.Quote{
		{Text: long + " to address the claims,", Direct: true, Verb: "said", Speaker: "Amy Pope"},
		{Text: long + ".", Direct: true, Speaker: "Amy Pope"},
		{Text: long, Direct: true, Speaker: "Jane Roe"},
		{Text: "Build the wall!", Direct: true, Speaker: "crowd"},
		{Text: "Build the wall!", Direct: true, Speaker: "crowd"},
		{Text: long, Direct: true},
	}}
	var got []string
	for _, r := range Rows(a, Filter{}) {
		got = append(got, r.Speaker+": "+r.Quote)
	}
	want := []string{
		"Amy Pope: " + long + " to address the claims,",
		"Jane Roe: " + long,
		"crowd: Build the wall!",
		"crowd: Build the wall!",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

package tlseval

import (
	"slices"

	"github.com/dateline-news/dateline/internal/news"
)

// Timeline maps each date of a timeline to its summary: a list of
// sentences, each a string of space-separated tokens (split as Python's
// str.split does). A date with no sentences is still a date of the
// timeline.
type Timeline map[news.Date][]string

// Dates returns the dates of tl in ascending order.
func (tl Timeline) Dates() []news.Date {
	ds := make([]news.Date, 0, len(tl))
	for d := range tl {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, news.Date.Compare)
	return ds
}

// Sentences returns the number of sentences of tl over all dates.
func (tl Timeline) Sentences() int {
	n := 0
	for _, s := range tl {
		n += len(s)
	}
	return n
}

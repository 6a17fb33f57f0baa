package timeline

import (
	"github.com/dateline-news/dateline/internal/news"
)

// Timeline is the result of [Build]: dates ascending, each with its summary.
type Timeline struct {
	Query  string  `json:"query"`
	Method string  `json:"method,omitempty"`
	Dates  []Entry `json:"dates"`
	// Days holds per-day activity in the window (articles published and
	// sentences mentioning the day), ascending, for charts that show why
	// dates were chosen. Filled only when Options.Activity is set.
	Days []DayActivity `json:"days,omitempty"`
}

// Entry is one date of a timeline.
type Entry struct {
	Date news.Date `json:"date"`
	// Granularity is GranDay for every date the methods here choose; it is
	// kept so that renderers can show month- or year-level entries.
	Granularity news.Granularity `json:"granularity"`
	Evidence    Evidence         `json:"evidence"`
	Summary     []Item           `json:"summary"`
}

// Evidence says why a date was chosen.
type Evidence struct {
	// Mentions is the number of sentences that mention the date.
	Mentions int `json:"mentions"`
	// Articles is the number of articles with at least one such sentence.
	Articles int `json:"articles"`
	// Published is the number of articles published on the date.
	Published int `json:"published"`
	// Score is the method's score for the date (higher is more salient);
	// comparable only within one timeline.
	Score float64 `json:"score"`
}

// Item is one summary sentence and its provenance.
type Item struct {
	Text      string    `json:"text"`
	Doc       string    `json:"doc"`
	Source    string    `json:"source"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published news.Date `json:"published"`
	// DatedBy says how the sentence was tied to its date: "mention
	// 'Friday'", "publication" (a lead of an article published that day)
	// or "publication the next day".
	DatedBy string `json:"dated_by"`
	// Sources is the number of articles carrying this sentence or a near
	// copy of it; Independent counts syndicated and wire copies once.
	Sources     int `json:"sources"`
	Independent int `json:"independent"`
	// Docs lists every document carrying the sentence (Doc first).
	Docs []string `json:"docs,omitempty"`
	// Speaker is the resolved speaker when the sentence is a quote.
	Speaker string `json:"speaker,omitempty"`
}

// DayActivity counts what happened on one day of the window.
type DayActivity struct {
	Date      news.Date `json:"date"`
	Published int       `json:"published"`
	Mentions  int       `json:"mentions"`
	Chosen    bool      `json:"chosen,omitempty"`
}

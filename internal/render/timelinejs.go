package render

import (
	"html"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

// TimelineJSDoc is a TimelineJS3 JSON document.
type TimelineJSDoc struct {
	Title  *TimelineJSEvent  `json:"title,omitempty"`
	Events []TimelineJSEvent `json:"events"`
}

// TimelineJSEvent is one TimelineJS3 slide. EndDate is omitted, never empty.
type TimelineJSEvent struct {
	StartDate   *TimelineJSDate `json:"start_date,omitempty"`
	EndDate     *TimelineJSDate `json:"end_date,omitempty"`
	DisplayDate string          `json:"display_date,omitempty"`
	Text        TimelineJSText  `json:"text"`
	UniqueID    string          `json:"unique_id,omitempty"`
}

// TimelineJSDate is a TimelineJS3 date; the library wants strings.
type TimelineJSDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

// TimelineJSText is a slide's headline and HTML body.
type TimelineJSText struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// ToTimelineJS converts tl. TimelineJS renders Text as HTML, so every
// article-derived string is escaped.
func ToTimelineJS(tl *timeline.Timeline) TimelineJSDoc {
	doc := TimelineJSDoc{Events: []TimelineJSEvent{}}
	if tl.Query != "" {
		doc.Title = &TimelineJSEvent{Text: TimelineJSText{Headline: html.EscapeString(tl.Query)}}
	}
	for _, e := range tl.Dates {
		d := &TimelineJSDate{Year: strconv.Itoa(e.Date.Year)}
		ev := TimelineJSEvent{StartDate: d, UniqueID: "d" + e.Date.String()}
		switch e.Granularity {
		case news.GranYear:
			ev.DisplayDate = DateLabel(e)
		case news.GranMonth:
			d.Month = strconv.Itoa(int(e.Date.Month))
			ev.DisplayDate = DateLabel(e)
		default:
			d.Month = strconv.Itoa(int(e.Date.Month))
			d.Day = strconv.Itoa(e.Date.Day)
		}
		var b strings.Builder
		for _, it := range e.Summary {
			b.WriteString("<p>")
			if sp := speakerLabel(it); sp != "" {
				b.WriteString("<strong>" + html.EscapeString(sp) + ":</strong> ")
			}
			b.WriteString(html.EscapeString(it.Text))
			b.WriteString(" <small>(")
			if strings.HasPrefix(it.URL, "http://") || strings.HasPrefix(it.URL, "https://") {
				b.WriteString(`<a href="` + html.EscapeString(it.URL) + `">` + html.EscapeString(sourceNote(it)) + `</a>`)
			} else {
				b.WriteString(html.EscapeString(sourceNote(it)))
			}
			b.WriteString(")</small></p>")
		}
		if len(e.Summary) > 0 {
			ev.Text.Headline = html.EscapeString(headline(e.Summary[0].Text))
		}
		ev.Text.Text = b.String()
		doc.Events = append(doc.Events, ev)
	}
	return doc
}

// headline shortens a sentence to about ten words.
func headline(s string) string {
	f := strings.Fields(s)
	if len(f) <= 10 {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:10], " ") + " …"
}

package webpage

import (
	"regexp"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// textDateWindow is how many runes at the start of the main text are
// searched for a written date (a dateline or a byline sits there).
const textDateWindow = 400

// yearRe finds a four-digit year in a matched date expression: only
// absolute dates are taken from the text, never relative ones ("today").
var yearRe = regexp.MustCompile(`\b(19|20)\d\d\b`)

// minTextDate is the earliest date accepted from the text, as htmldate's
// own lower bound.
var minTextDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// textDate returns the first absolute, day-precise date in the opening of
// text that lies between 1995 and limit, as midnight UTC of that day.
func textDate(text string, bound, limit time.Time) (time.Time, bool) {
	r := []rune(text)
	if len(r) > textDateWindow {
		r = r[:textDateWindow]
	}
	cfg := &dps.Configuration{CurrentTime: bound, DefaultTimezone: time.UTC}
	_, found, err := dps.Search(cfg, string(r))
	if err != nil {
		return time.Time{}, false
	}
	for _, f := range found {
		if f.Date.Period == date.None || f.Date.Period > date.Day || !yearRe.MatchString(f.Text) {
			continue
		}
		t := f.Date.Time
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if day.Before(minTextDate) || day.After(limit) {
			continue
		}
		return day, true
	}
	return time.Time{}, false
}

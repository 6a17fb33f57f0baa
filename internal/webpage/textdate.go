package webpage

import (
	"regexp"
	"strings"
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

// baseLanguage reduces a language tag ("en-GB", "pt_BR") to its primary
// subtag in lower case.
func baseLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// textDate returns the first absolute, day-precise date in the opening of
// text (in language lang) that lies between 1995 and limit, as midnight
// UTC of that day.
func textDate(text, lang string, bound, limit time.Time) (time.Time, bool) {
	r := []rune(text)
	if len(r) > textDateWindow {
		r = r[:textDateWindow]
	}
	// Searching without a language tries every locale dateparser knows,
	// which takes seconds; the page's declared language (else English)
	// keeps it to milliseconds.
	if lang = baseLanguage(lang); lang == "" || !dps.IsKnownLocale(lang) {
		lang = "en"
	}
	cfg := &dps.Configuration{CurrentTime: bound, DefaultTimezone: time.UTC, Languages: []string{lang}}
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

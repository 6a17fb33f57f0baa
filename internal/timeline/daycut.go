package timeline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// cutDayMention removes from text the mentions of day d ("on Tuesday",
// "yesterday", "said Friday", "on June 2"): under a dated timeline entry
// they only repeat the entry's date. A mention is cut only where the
// sentence reads as well without it: not inside a phrase ("after Friday
// prayers", "Friday 's vote", "since Monday", "Friday night") or a time
// stamp ("June 2 , 2017 at 5:24 pm"), and a comma the cut leaves dangling
// goes with it. Mentions of other days are kept.
func cutDayMention(text string, ms []news.Mention, d news.Date) string {
	// From the last mention back, so that earlier offsets stay valid.
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Granularity != news.GranDay || m.Date != d {
			continue
		}
		if !bareDayWord(m.Text) && !plainDate(m.Text) {
			continue
		}
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		text = cutSpan(text, m.Start, m.End)
	}
	return text
}

// bareDayWord reports whether a mention's text is a lone weekday or
// deictic day word, optionally after "on" ("on Friday", "yesterday").
func bareDayWord(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 2 && f[0] == "on" {
		f = f[1:]
	}
	return len(f) == 1 && dayWords[f[0]]
}

// plainDate reports whether a mention's text is a calendar date ("June
// 2", "on 2 June 2017") and nothing more: no weekday, no clock time.
func plainDate(s string) bool {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if len(f) > 0 && f[0] == "on" {
		f = f[1:]
	}
	month, day := false, false
	for _, w := range f {
		switch {
		case monthWords[strings.TrimSuffix(w, ".")]:
			month = true
		case len(w) <= 4 && strings.Trim(w, "0123456789") == "":
			day = true
		default:
			return false
		}
	}
	return month && day && len(f) <= 3
}

// dayWords name a day relative to the text's date.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true,
}

// keepAfter are words after which a day mention belongs to a phrase that
// does not read well without it ("since Monday", "the Friday", "until at
// least Friday").
var keepAfter = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "till": true, "by": true, "of": true,
	"for": true, "from": true, "the": true, "this": true, "last": true, "next": true, "through": true,
	"between": true, "'s": true, "to": true, "as": true, "than": true, "early": true, "late": true,
	"|": true, "at": true, ";": true, "--": true, "least": true, "around": true,
}

// keepBefore are words before which a day mention stays: a possessive,
// or a time stamp ("Monday at 5 pm", "Friday | ...").
var keepBefore = map[string]bool{"'s": true, "'": true, "|": true, "at": true, ";": true, "--": true}

// linkWords may follow a cut day mention: conjunctions, prepositions,
// pronouns and verbs that start a new constituent ("said on Friday that",
// "on Monday and"). Before any other lowercase word the mention is part of
// a phrase ("Friday prayers") and stays.
var linkWords = map[string]bool{
	"and": true, "that": true, "to": true, "when": true, "after": true, "but": true, "as": true,
	"in": true, "with": true, "while": true, "amid": true, "because": true, "if": true,
	"it": true, "he": true, "she": true, "they": true, "the": true, "a": true, "an": true,
	"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true,
	"said": true, "says": true, "announced": true, "for": true, "of": true, "on": true, "from": true,
	"against": true, "over": true, "about": true, "-": true,
}

// cutSpan removes text[start:end], with a preceding "on", when the rest
// still reads as a sentence; otherwise it returns text unchanged.
func cutSpan(text string, start, end int) string {
	before := strings.TrimRightFunc(text[:start], unicode.IsSpace)
	after := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	prev := lastWord(before)
	if strings.EqualFold(prev, "on") {
		before = strings.TrimRightFunc(before[:len(before)-len(prev)], unicode.IsSpace)
		prev = lastWord(before)
	}
	next := firstWord(after)
	if coordinated(before, prev) {
		return text // "between 3 and 6 June", "on Monday and Tuesday"
	}
	if keepAfter[strings.ToLower(prev)] || keepBefore[next] || closingQuote(prev) {
		// (after a closing quote: `through "at least" February 28` reads
		// wrong without its date)
		return text
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) || unicode.IsLower(r) && !linkWords[next] {
		return text
	}
	if rest := strings.TrimLeftFunc(strings.TrimPrefix(after, ","), unicode.IsSpace); rest != after {
		// "Wednesday , August 4 , 2010": the weekday belongs to a date.
		if w := strings.ToLower(strings.TrimSuffix(firstWord(rest), ".")); monthWords[w] || strings.Trim(w, "0123456789") == "" {
			return text
		}
	}
	if strings.IndexFunc(before+after, unicode.IsLetter) < 0 {
		return text // nothing but the date
	}
	if c := strings.LastIndex(before, ","); c >= 0 && strings.HasPrefix(after, ",") {
		// "The report , published yesterday , makes grim reading", "The
		// attempt , which began on Wednesday , involves ...": the date is
		// all the set-off phrase says besides its verb.
		if f := strings.Fields(before[c+1:]); len(f) == 1 || len(f) == 2 && relativeWords[strings.ToLower(f[0])] {
			return text
		}
	}
	switch {
	case before == "":
		// "On Friday , X ..." -> "X ..."
		after = strings.TrimLeftFunc(strings.TrimPrefix(after, ","), unicode.IsSpace)
		return upperFirst(after)
	case strings.HasSuffix(before, ",") && strings.HasPrefix(after, ","):
		// "The minister , on Friday , resigned": the commas enclosed the date.
		before = strings.TrimRightFunc(before[:len(before)-1], unicode.IsSpace)
		after = strings.TrimLeftFunc(after[1:], unicode.IsSpace)
	case strings.HasSuffix(before, ",") && (after == "" || strings.HasPrefix(after, ".")):
		before = strings.TrimRightFunc(before[:len(before)-1], unicode.IsSpace)
	}
	if after == "" {
		return before
	}
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(".,;:!?)]", r) && end < len(text) && text[end] == byte(r) {
		// "said on Tuesday." -> "said.": punctuation that touched the
		// date touches what is left (tokenized text keeps its " .").
		return before + after
	}
	return before + " " + after
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "that": true, "when": true, "where": true}

// coordinated reports whether the words before a day mention, ending in
// prev, join it to a number or another day ("3 and", "Monday or"): the
// mention closes a range or a list of dates and cannot go alone.
func coordinated(before, prev string) bool {
	switch strings.ToLower(prev) {
	case "and", "or", "&", "-":
	default:
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimRightFunc(before[:len(before)-len(prev)], unicode.IsSpace)))
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || dayWords[w] || monthWords[strings.TrimSuffix(w, ".")]
}

// closingQuote reports whether w ends with a closing quotation mark.
func closingQuote(w string) bool {
	return strings.HasSuffix(w, "''") || strings.HasSuffix(w, "\u201d") || strings.HasSuffix(w, `"`)
}

func lastWord(s string) string {
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// bareClock reports whether a mention is a time of day and nothing else
// ("at 5:24 pm", "10.40 BST"): it carries the date of the text it appears
// in, not of an event, and in web news it mostly stamps comments and live
// updates.
func bareClock(m news.Mention) bool {
	if m.Type != news.TypeTime || !strings.ContainsAny(m.Text, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(m.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if dayWords[w] || monthWords[w] || w == "tomorrow" || w == "tonight" {
			return false
		}
	}
	return true
}

// commentRE is a reader comment's header: "At 4:25 pm , Jane wrote :",
// "At 20:58 24th Mar 2010 , jroe77 wrote:".
var commentRE = regexp.MustCompile(`(?:^|\s)At \d{1,2}[:.]\d{2}\b[^,|]{0,30},\s?\S+(?:\s\S+)?\swrote\s?:`)

// commentHeader reports whether text holds a reader comment's header,
// which stamps what follows as a reader's words, not the story's.
func commentHeader(text string) bool {
	return strings.Contains(text, "wrote") && commentRE.MatchString(text)
}

// timeStamp reports whether mention mi of a sentence is part of a time
// stamp: a date written with its year and followed at once (or after a
// dash) by a clock time ("September 25, 2008 1:14 PM", "Thu Apr 22, 2010
// 7:30 pm EDT", "10th August 2011 - 10:16"), or by
// "at" and a clock time next to a vertical bar ("February 1, 2011 at 5:24
// pm | Reply"). Such stamps date a comment, a post or the page itself, not
// an event; an event's date and time are joined by a word and sit in a
// clause ("on April 20, 2010 at 9:45 p.m., the rig exploded").
func timeStamp(text string, ms []news.Mention, mi int) bool {
	stamped := func(d, t news.Mention) bool {
		if d.Type != news.TypeDate || d.Relative || d.Granularity != news.GranDay || t.Type != news.TypeTime ||
			d.End > t.Start || t.End > len(text) {
			return false
		}
		switch strings.TrimSpace(text[d.End:t.Start]) {
		case "", "-", "\u2013", "\u2014":
			return true
		case "at":
			return strings.HasPrefix(strings.TrimSpace(text[t.End:]), "|") ||
				strings.HasSuffix(strings.TrimSpace(text[:d.Start]), "|")
		}
		return false
	}
	return mi+1 < len(ms) && stamped(ms[mi], ms[mi+1]) || mi > 0 && stamped(ms[mi-1], ms[mi])
}

// monthWords are month names and their abbreviations.
var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

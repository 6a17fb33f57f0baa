package trim

import (
	"strings"
	"unicode"
)

// Options choose what Sentence removes. The zero value removes nothing.
type Options struct {
	// Parentheticals removes bracketed asides of at most MaxAside words.
	Parentheticals bool
	MaxAside       int
	// Datelines removes a leading dateline, byline or time stamp.
	Datelines bool
	// Attribution removes a short trailing attribution (", he said .").
	Attribution bool
	// MinWords: a trim that would leave fewer words is not applied.
	MinWords int
}

// Default returns the options dateline uses for timeline summaries.
func Default() Options {
	return Options{Parentheticals: true, MaxAside: 20, Datelines: true, MinWords: 6}
}

// Sentence returns s with the parts selected by opts removed and spacing
// normalised. It returns s unchanged when nothing applies or when trimming
// would leave fewer than opts.MinWords words.
func Sentence(s string, opts Options) string {
	toks := strings.Fields(s)
	orig := len(toks)
	if opts.Parentheticals {
		toks = dropAsides(toks, opts.MaxAside)
	}
	if opts.Datelines {
		toks = dropLeader(toks)
	}
	if opts.Attribution {
		toks = dropAttribution(toks)
	}
	if len(toks) == orig || words(toks) < opts.MinWords {
		return s
	}
	return strings.Join(toks, " ")
}

func words(toks []string) int {
	n := 0
	for _, t := range toks {
		if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

func isOpen(t string) bool  { return t == "-LRB-" || t == "(" || t == "-LSB-" || t == "[" }
func isClose(t string) bool { return t == "-RRB-" || t == ")" || t == "-RSB-" || t == "]" }

// dropAsides removes balanced bracketed spans of at most max tokens.
// Brackets glued to words in raw text ("(Reuters)") are split first by the
// caller's tokenization only when they stand alone; glued ones are handled
// token by token.
func dropAsides(toks []string, max int) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isOpen(t) {
			depth, j := 1, i+1
			for ; j < len(toks) && depth > 0; j++ {
				if isOpen(toks[j]) {
					depth++
				} else if isClose(toks[j]) {
					depth--
				}
			}
			if depth == 0 && j-i-2 <= max {
				i = j - 1
				continue
			}
		}
		if strings.HasPrefix(t, "(") && !isOpen(t) {
			// raw text: "(Reuters)" or "(about" ... "pounds)"
			j := i
			for ; j < len(toks) && j-i <= max; j++ {
				if strings.HasSuffix(toks[j], ")") || strings.HasSuffix(toks[j], "),") {
					break
				}
			}
			if j < len(toks) && j-i <= max && strings.Count(strings.Join(toks[i:j+1], " "), "(") == 1 {
				if strings.HasSuffix(toks[j], "),") && len(out) > 0 {
					out[len(out)-1] += ","
				}
				i = j
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// dashes end a dateline.
func isDash(t string) bool { return t == "--" || t == "-" || t == "—" || t == "–" || t == ":" }

// isBullet reports whether t is a list marker ("*", "•"); scraped text
// may keep a backslash before an asterisk.
func isBullet(t string) bool {
	switch t {
	case "*", `\*`, "•", "·", "▪", "►", "»":
		return true
	}
	return false
}

// dropLeader removes, repeatedly, a staff byline ("By the CNN Wire
// Staff"), a leading segment that ends in "|" within the first 16 tokens
// (bylines, time stamps, comment headers), a leading dateline of
// capitalised words ending in a dash within the first 13 tokens, a leading
// time stamp ("Friday , April 30 , 2010 ; 2:30 PM") before a capitalised
// word, and leading list markers and dashes ("* - The Coast Guard says
// ...").
func dropLeader(toks []string) []string {
	for changed := true; changed; {
		changed = false
		if n := staffByline(toks); n > 0 && n < len(toks) {
			toks = toks[n:]
			changed = true
		}
		for i := 2; i < min(len(toks), 14); i++ {
			if stampEnd(toks, i) > 0 && capitalised(toks[i]) && !zoneWords[strings.ToLower(toks[i])] && datelineWords(toks[:i]) {
				toks = toks[i:]
				changed = true
				break
			}
		}
		lim := min(len(toks), 16)
		for i := 0; i < lim; i++ {
			if toks[i] == "|" && i+1 < len(toks) {
				toks = toks[i+1:]
				changed = true
				break
			}
		}
		lim = min(len(toks), 14)
		for i := 1; i < lim; i++ {
			if !isDash(toks[i]) {
				continue
			}
			if i+1 < len(toks) && datelineWords(toks[:i]) {
				toks = toks[i+1:]
				changed = true
			}
			break
		}
		for len(toks) > 0 && (isDash(toks[0]) || toks[0] == "," || isBullet(toks[0])) {
			toks = toks[1:]
			changed = true
		}
	}
	return toks
}

// staffByline returns the length of a staff byline opening toks ("By the
// CNN Wire Staff", "From the Harbour Post Staff"), or 0.
func staffByline(toks []string) int {
	if len(toks) < 3 || toks[0] != "By" && toks[0] != "From" {
		return 0
	}
	k := 1
	if toks[k] == "the" {
		k++
	}
	for j := k; j < len(toks) && j <= k+4; j++ {
		if !capitalised(toks[j]) {
			return 0
		}
		if (toks[j] == "Staff" || toks[j] == "Staffs") && j > k {
			return j + 1
		}
	}
	return 0
}

// datelineWords reports whether toks look like a place or agency dateline,
// maybe after a byline: capitalised words, commas and dates only (and the
// "and" of a byline's names), no verb-like lowercase words.
func datelineWords(toks []string) bool {
	caps := 0
	byline := len(toks) > 0 && toks[0] == "By" // "By Jane Roe and Tom Ferris HARBOURTOWN , Lowen --"
	for _, t := range toks {
		switch {
		case t == "," || t == "." || t == ";" || timeWords[strings.ToLower(t)]:
		case byline && t == "and":
		case strings.IndexFunc(t, unicode.IsLetter) < 0: // numbers
		case unicode.IsUpper([]rune(t)[0]):
			caps++
		default:
			return false
		}
	}
	return caps > 0
}

// timeWords may appear in a time stamp.
var timeWords = map[string]bool{"am": true, "pm": true, "a.m.": true, "p.m.": true, "at": true, "updated": true, "local": true, "time": true}

// zoneWords follow a clock time in a time stamp.
var zoneWords = map[string]bool{
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "mt": true,
	"pt": true, "pst": true, "pdt": true,
}

// stampEnd reports whether the tokens just before toks[i] end a time stamp
// of a day and a clock time: a clock time, an optional zone and separator,
// preceded within six tokens by a year or a month name ("29 April 2010
// 09.28 BST", "April 30 , 2010 ; 2:30 PM"), or a year preceded within
// eight tokens by a clock time and its zone (a blog's "09:33 UK time ,
// Wednesday , 9 June 2010"), or a year and a print page ("November 13 ,
// 2008 ; Page A23"). It returns the stamp's length in tokens, or 0.
func stampEnd(toks []string, i int) int {
	j := i - 1
	for j >= 0 && (toks[j] == ";" || toks[j] == ",") {
		j--
	}
	if j >= 0 && year(toks[j]) {
		return clockFirstStamp(toks, i, j)
	}
	if j >= 3 && toks[j-1] == "Page" && printPage(toks[j]) && toks[j-2] == ";" && year(toks[j-3]) {
		// A print edition's stamp: "Thursday , November 13 , 2008 ; Page A23".
		return i - (j - 3)
	}
	if j >= 0 && zoneWords[strings.ToLower(toks[j])] {
		j--
	}
	if j < 0 || !clockTime(toks[j]) {
		return 0
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if year(toks[k]) || months[strings.ToLower(strings.TrimSuffix(toks[k], "."))] {
			return i - k
		}
	}
	return 0
}

// clockFirstStamp returns the length of a stamp that ends with the year
// toks[y] and opens with a clock time and its zone within eight tokens
// before it ("09:33 UK time , Wednesday , 9 June 2010"), the tokens
// between being a date's; toks[i] follows the stamp. It returns 0 when
// there is none.
func clockFirstStamp(toks []string, i, y int) int {
	for k := y - 1; k >= 0 && k >= y-8; k-- {
		t := toks[k]
		if clockTime(t) && k+1 < y && (zoneWords[strings.ToLower(toks[k+1])] || toks[k+1] == "UK" && k+2 < y && toks[k+2] == "time") {
			return i - k
		}
		if t != "," && !months[strings.ToLower(strings.TrimSuffix(t, "."))] && !weekdays[strings.ToLower(t)] &&
			!zoneWords[strings.ToLower(t)] && t != "UK" && t != "time" && strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return 0
		}
	}
	return 0
}

// printPage reports whether t numbers a newspaper page: "A23", "B1", "12".
func printPage(t string) bool {
	d := strings.TrimLeft(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	return len(t)-len(d) <= 1 && d != "" && len(d) <= 3 && strings.Trim(d, "0123456789") == ""
}

// weekdays are the names of the days of the week, lowercased.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// clockTime reports whether t is a time of day written h:mm or h.mm.
func clockTime(t string) bool {
	if len(t) < 4 || len(t) > 5 {
		return false
	}
	sep := len(t) - 3
	if t[sep] != ':' && t[sep] != '.' {
		return false
	}
	for k := 0; k < len(t); k++ {
		if k != sep && (t[k] < '0' || t[k] > '9') {
			return false
		}
	}
	return true
}

// year reports whether t is a four-digit year from 1900 to 2099.
func year(t string) bool {
	return len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) &&
		strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// months are month names and their abbreviations, lowercased.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// dropAttribution removes a trailing ", <up to 5 words> said|says ." or
// ", said <up to 5 words> .".
func dropAttribution(toks []string) []string {
	n := len(toks)
	if n < 4 {
		return toks
	}
	end := n
	if toks[end-1] == "." {
		end--
	}
	for i := end - 1; i >= 0 && end-i <= 7; i-- {
		if toks[i] != "," {
			continue
		}
		tail := toks[i+1 : end]
		if len(tail) < 2 {
			return toks
		}
		if isSay(tail[len(tail)-1]) || isSay(tail[0]) {
			out := append(toks[:i:i], ".")
			return out
		}
		return toks
	}
	return toks
}

func isSay(w string) bool {
	switch strings.ToLower(w) {
	case "said", "says", "say", "told", "added", "reported", "reports", "announced":
		return true
	}
	return false
}

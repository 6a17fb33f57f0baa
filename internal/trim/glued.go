package trim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LeadStart returns the byte offset in s where an article's lead sentence
// starts when a headline, standfirst or photo caption has been glued in
// front of it without punctuation, as page scrapes often leave the first
// line of an article:
//
//	Swine flu outbreak reaches Europe The UN has warned ... a pandemic The first cases of swine flu have been confirmed in Europe .
//
// A glue point is:
//   - a capitalised sentence opener ("The", "A", "It", "Another", "Two",
//     ...) straight after a word that cannot precede it inside a sentence
//     (not a preposition, article, conjunction or verb of saying), or
//     after a headline's closing attribution ("..., officials say The new
//     cap ...");
//   - a capitalised subordinating word before a lower-case word ("... eject
//     from plane Even as the leader called ...");
//   - a capitalised word after a closing quotation mark, or a name when no
//     comma closed the quotation ("... ` not anti-British ' Barack Obama
//     said ...");
//   - a capitalised word after a dateline of a place in capitals and a day
//     ("... Cut Rates PARIS , Dec. 4 -- Facing ...");
//   - a capitalised word after a time stamp ("... Thursday 29 April 2010
//     09.28 BST Five times more ...", "09:33 UK time , Wednesday , 9 June
//     2010 BP is ...") or after a page's "Help" link that follows one;
//   - the first capitalised word after a heading in capitals;
//   - the second of a capitalised word written twice, where a headline ends
//     on the name the lead starts with;
//   - the first word after a photo credit ("... Photograph : Jane
//     Roe/Agency The minister said ...", see creditLead).
//
// The last glue point that leaves a lead of at least minLeadWords words
// wins; 0 means s has none. Use it on an article's first sentence only:
// inside a body a real sentence boundary has punctuation.
func LeadStart(s string) int { return LeadStartIn(s, nil) }

// LeadStartIn is LeadStart with one more glue point, for text from a
// collection whose case is known (see WordCase): a capitalised word that
// the collection writes in lower case, straight after a lower-case word
// and before another ("... survivors in Haiti rubble Rescue teams
// searching through ..."), opens a sentence. A nil wc adds nothing.
func LeadStartIn(s string, wc *WordCase) int {
	// Whitespace-separated tokens and their byte offsets.
	var toks []string
	var starts []int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		toks, starts = append(toks, s[i:j]), append(starts, i)
		i = j
	}
	// wordsFrom[i] is the number of words in toks[i:].
	wordsFrom := make([]int, len(toks)+1)
	for i := len(toks) - 1; i >= 0; i-- {
		wordsFrom[i] = wordsFrom[i+1]
		if strings.IndexFunc(toks[i], unicode.IsLetter) >= 0 {
			wordsFrom[i]++
		}
	}
	best := 0
	// afterDateline: a glue point after an agency dateline ("( CNN )
	// --") was found; the lead runs from there, and a quotation inside
	// it closes no headline.
	afterDateline := false
	credit := creditLead(toks)
	opening := openingName(toks)
	for i := 1; i < len(toks) && wordsFrom[i] >= minLeadWords; i++ {
		if i < minHeadWords && i != credit {
			continue
		}
		cur, prev := toks[i], toks[i-1]
		glued := false
		switch {
		case i == credit:
			glued = true
		case capsHeading(toks[:i]) && capitalised(cur) && !allCaps(cur) && isWordToken(cur):
			glued = true // "NEW CAP FOR LEAKING WELL When engineers removed ..."
		case cur == prev && capitalised(cur) && isWordToken(cur):
			glued = true // "... costs are mounting for Acme Acme has said ..."
		case opening > 0 && i >= opening+1 && repeatsOpening(toks, i, opening):
			// "Randy Jackson is the youngest of the clan Randy Jackson ,
			// brother of ...": the lead starts again on the name the
			// headline or caption opened with.
			glued = plainLower(prev) && !bindsForward[prev]
		case isClosingQuote(prev):
			// "... ` be more responsive ' The servers of ...", and a name
			// after a quotation that no comma closed ("... ` not
			// anti-British ' Barack Obama said ..."; `"..., " Jane Roe
			// said` is the quotation's own attribution).
			glued = !afterDateline && capitalised(cur) && i+1 < len(toks) && quotedWords(toks[:i-1], prev) >= minQuoteWords &&
				(lowerWord(toks[i+1]) || !closesClause(toks[i-2]) && nameThenLower(toks[i:]))
		case isDash(prev) && i >= 2 && isClose(toks[i-2]):
			glued = capitalised(cur) // "Benghazi , Libya ( CNN ) -- The ship ..."
			afterDateline = afterDateline || glued
		case prev == "--" && datedPlace(toks[:i-1]):
			glued = capitalised(cur) // "... Cut Rates PARIS , Dec. 4 -- Facing a drastic slowdown ..."
			afterDateline = afterDateline || glued
		case stampEnd(toks, i) > 0:
			// Not a month: "at 12:23 a.m. EDT , Saturday Sept. 4 , 2010
			// Aug. 3 , 2010 shows ..." goes on with another date.
			glued = capitalised(cur) && !zoneWords[strings.ToLower(cur)] && !months[strings.ToLower(strings.TrimSuffix(cur, "."))]
		case prev == "Help" && stampEnd(toks, i-1) > 0:
			// "... Last updated at 09:43 GMT Help BP has installed ...": a
			// page's help link after its stamp.
			glued = capitalised(cur)
		case openers[cur] && closesAttribution(toks[:i]):
			// "... , the minister says The new cap ...": a headline or
			// standfirst that ends on its attribution.
			glued = i+1 < len(toks) && plainLower(toks[i+1])
		case openers[cur]:
			glued = isWordToken(prev) && !bindsForward[strings.ToLower(prev)]
		case wc != nil && plainCapitalised(cur) && !openers[cur] && !clauseOpeners[cur]:
			glued = plainLower(prev) && !bindsForward[prev] && !bindsName[prev] &&
				i+1 < len(toks) && plainLower(toks[i+1]) && wc.Common(cur)
		case clauseOpeners[cur]:
			// "... eject from plane Even as the leader called ...": a
			// subordinating word, capitalised after a word and followed by
			// a lower-case one (a title, "the film When Harry Met Sally",
			// goes on in capitals).
			glued = isWordToken(prev) && !bindsForward[strings.ToLower(prev)] &&
				i+1 < len(toks) && (lowerWord(toks[i+1]) || openers[toks[i+1]])
		}
		if glued {
			best = starts[i]
		}
	}
	return best
}

// datedPlace reports whether toks end with a dateline of a place in
// capitals and a day ("PARIS , Dec. 4", "RIO DE JANEIRO , Dec. 9").
func datedPlace(toks []string) bool {
	n := len(toks)
	if n < 4 || toks[n-3] != "," || !allCaps(strings.Trim(toks[n-4], ".")) {
		return false
	}
	day := toks[n-1]
	return len(day) <= 2 && strings.Trim(day, "0123456789") == "" && months[strings.ToLower(strings.TrimSuffix(toks[n-2], "."))]
}

// capsHeading reports whether toks are a heading in capitals: at least
// three words, every word in capitals, one of them of five letters or more
// (a run of abbreviations, "BP PLC CEO", is no heading).
func capsHeading(toks []string) bool {
	words, long := 0, false
	for _, t := range toks {
		if strings.IndexFunc(t, unicode.IsLetter) < 0 {
			continue
		}
		w := strings.TrimRightFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
		if !allCaps(w) {
			return false
		}
		words++
		long = long || len(w) >= 5
	}
	return words >= 3 && long
}

// OpensWithHeading reports whether s starts with three words in capitals,
// as a heading that a lead may be glued to does (LeadStart decides).
func OpensWithHeading(s string) bool {
	// The first three fields, without splitting the whole line.
	var f [3]string
	rest := s
	for i := range f {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			return false // fewer than four fields
		}
		f[i], rest = rest[:end], rest[end:]
	}
	if strings.TrimSpace(rest) == "" {
		return false
	}
	for _, w := range f {
		if !allCaps(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) {
			return false
		}
	}
	return true
}

// minHeadWords is the fewest tokens a glued headline has; minLeadWords the
// fewest words left for the lead; minQuoteWords the fewest words of a
// quotation that ends a glued caption (a shorter one is a nickname or a
// title: Sean "Diddy" Combs).
const (
	minHeadWords  = 3
	minLeadWords  = 8
	minQuoteWords = 2
)

// quotedWords returns how many tokens stand between the end of toks and
// the quotation mark that opens the one closed by closing (0 when there is
// none). A single closing mark needs a single opening one: without it, it
// is an apostrophe ("the protesters ' demands").
func quotedWords(toks []string, closing string) int {
	single := closing == "'" || closing == "\u2019"
	for j := len(toks) - 1; j >= 0; j-- {
		switch toks[j] {
		case "``", "\u201c", `"`:
			if !single {
				return len(toks) - 1 - j
			}
		case "`", "\u2018":
			if single {
				return len(toks) - 1 - j
			}
		}
	}
	return 0
}

// openers are words that open sentences far more often than they stand
// capitalised inside one: articles, pronouns, possessives, quantifiers and
// small numbers written out ("Another nine cases ...", "Thousands of
// people ...").
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true, "They": true,
	"We": true, "This": true, "These": true, "Those": true, "Its": true, "His": true, "Her": true,
	"Their": true, "Our": true,
	"Another": true, "Some": true, "Many": true, "Most": true, "Several": true, "Both": true,
	"Two": true, "Three": true, "Four": true, "Five": true, "Six": true, "Seven": true, "Eight": true,
	"Nine": true, "Ten": true, "Hundreds": true, "Thousands": true, "Dozens": true, "Millions": true,
}

// clauseOpeners are subordinating words that open a lead's first clause
// ("Even as ...", "When engineers ...", "Despite ..."); capitalised inside
// a sentence they start a title.
var clauseOpeners = map[string]bool{
	"Even": true, "When": true, "While": true, "As": true, "After": true, "Although": true,
	"Though": true, "Despite": true, "Since": true, "Because": true, "Until": true, "If": true,
	"Before": true, "Once": true, "Amid": true,
}

// openingName returns the length of the run of two to four capitalised
// words that opens toks (a name: "Randy Jackson", "Mexico City"), or 0.
func openingName(toks []string) int {
	n := 0
	for n < len(toks) && n < 4 && capitalised(toks[n]) && isWordToken(toks[n]) && !openers[toks[n]] {
		n++
	}
	if n < 2 || n < len(toks) && capitalised(toks[n]) && isWordToken(toks[n]) {
		return 0 // one word, or more than four
	}
	return n
}

// repeatsOpening reports whether toks[i:] opens with the line's opening
// name (its first n tokens) followed by what follows a subject: "'s", a
// comma or a lower-case word that is no determiner ("Jane Roe has said",
// not "giving Jane Roe a lethal dose").
func repeatsOpening(toks []string, i, n int) bool {
	if i+n >= len(toks) {
		return false
	}
	for k := 0; k < n; k++ {
		if toks[i+k] != toks[k] {
			return false
		}
	}
	next := toks[i+n]
	if next == "'s" || next == "," || next == "\u2019s" {
		return true
	}
	return plainLower(next) && !determiners[next]
}

// determiners open a noun phrase: after a name they make it an object
// ("giving Jane Roe a dose"), not a subject.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "some": true, "any": true}

// closesClause reports whether t ends a clause inside a quotation (",",
// ".", "!", "?"): the words after the quotation are its attribution.
func closesClause(t string) bool { return t == "," || t == "." || t == "!" || t == "?" }

// nameThenLower reports whether toks open with two or three capitalised
// words followed by a lower-case one ("Barack Obama said").
func nameThenLower(toks []string) bool {
	for j := 0; j < len(toks) && j <= 3; j++ {
		if !capitalised(toks[j]) || !isWordToken(toks[j]) {
			return j >= 2 && lowerWord(toks[j])
		}
	}
	return false
}

// closesAttribution reports whether toks end on a trailing attribution:
// a comma, one to five words and "says", "say" or "said" (", the minister
// says").
func closesAttribution(toks []string) bool {
	n := len(toks)
	if n < 3 {
		return false
	}
	switch toks[n-1] {
	case "says", "say", "said":
	default:
		return false
	}
	for j := n - 2; j >= 0 && j >= n-7; j-- {
		switch {
		case toks[j] == ",":
			return j < n-2
		case !isWordToken(toks[j]):
			return false
		}
	}
	return false
}

// bindsName are lower-case words after which a capitalised common word
// may start a name or a title inside the sentence ("its Foreign Office",
// "the new Health minister", "which Parliament passed").
var bindsName = map[string]bool{
	"which": true, "who": true, "whose": true, "where": true, "when": true, "nor": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"new": true, "former": true, "then": true, "this": true, "these": true, "those": true,
	"acting": true, "deputy": true, "late": true,
}

// bindsForward are words after which a capitalised "The" or "A" is part of
// the same sentence: a title or name ("in The Hague", "told The Observer").
var bindsForward = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "about": true, "into": true, "as": true, "and": true, "or": true, "but": true,
	"the": true, "a": true, "an": true, "that": true, "than": true, "like": true, "via": true,
	"told": true, "tells": true, "said": true, "says": true, "say": true, "wrote": true, "writes": true,
	"read": true, "reads": true, "called": true, "named": true, "titled": true, "entitled": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "see": true,
	"watch": true, "join": true, "joined": true, "visit": true, "visited": true, "reported": true,
	"according": true, "against": true, "over": true, "under": true, "after": true, "before": true,
}

func isClosingQuote(t string) bool {
	return t == "''" || t == "\u201d" || t == `"` || t == "'" || t == "\u2019"
}

func capitalised(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func lowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// isWordToken: the token is a word (letters, maybe an apostrophe or a
// hyphen), not punctuation, so no boundary was written before the next.
func isWordToken(t string) bool {
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

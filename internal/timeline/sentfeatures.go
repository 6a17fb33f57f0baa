package timeline

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SentenceFeatureNames names the columns of the sentence feature vectors a
// [Method]'s SentenceModel scores, in order. A sentence is scored as a
// candidate summary of one day.
var SentenceFeatureNames = []string{
	"centroid_cosine",   // cosine to the centroid of the day's candidates
	"topic_cosine",      // cosine to the centroid of the whole window
	"mentions_day",      // the sentence mentions the day
	"explicit_mention",  // ... with an explicit date
	"published_lead",    // a leading sentence of an article published on the day (or the day after)
	"date_first",        // the day's mention opens the sentence
	"length",            // index terms / 30
	"log_length",        // log(1 + index terms)
	"position",          // 1 / (1 + position in the article)
	"keyword_hits",      // distinct query keywords contained
	"other_days",        // other days the sentence mentions
	"non_word_fraction", // fraction of tokens that are not words
	"dangling_opening",  // opens with a pronoun or connective
	"has_quote",         // contains a quotation mark
	"lag_days",          // log(1 + days between the day and publication)
	"published_same",    // the article was published on the day
	"retrospective",     // mentions the day from an article published 14+ days later
	"recent_look_back",  // mentions the day from an article published 3 to 13 days later
}

// sentenceFeatures fills x (len(SentenceFeatureNames)) for sentence si as a
// candidate for day d; cNorm is the norm of s.centroid.
func (s *summarizer) sentenceFeatures(si, d int32, cNorm float64, x []float64) {
	c := s.w.c
	st := &c.sents[si]
	clear(x)
	if cNorm > 0 {
		x[0] = s.centroid.dot(st.vec) / cNorm
	}
	if s.topicNorm > 0 {
		x[1] = s.topic.dot(st.vec) / s.topicNorm
	}
	sent := c.text(st)
	if i := s.w.dayIndex(st, d); i >= 0 {
		x[2] = 1
		if st.explicit[i] {
			x[3] = 1
		}
		if sent.Mentions[st.dayMent[i]].Start <= 12 {
			x[5] = 1
		}
	} else {
		x[4] = 1
	}
	x[6] = float64(st.ntok) / 30
	x[7] = math.Log1p(float64(st.ntok))
	x[8] = 1 / (1 + float64(st.pos))
	lower := strings.ToLower(sent.Text)
	for _, k := range s.w.opts.Keywords {
		if strings.Contains(lower, k) {
			x[9]++
		}
	}
	x[10] = float64(s.w.mentionedDays(st) - int(x[2]))
	x[11] = nonWordFraction(sent.Text)
	if DanglingOpening(sent.Text) {
		x[12] = 1
	}
	if strings.ContainsAny(sent.Text, "\"“”") || strings.Contains(sent.Text, "``") || strings.Contains(sent.Text, "''") {
		x[13] = 1
	}
	pub := c.pub[st.art]
	x[14] = math.Log1p(math.Abs(float64(pub - d)))
	if pub == d {
		x[15] = 1
	}
	if x[2] == 1 {
		switch lag := pub - d; {
		case lag >= 14:
			x[16] = 1
		case lag >= 3:
			x[17] = 1
		}
	}
}

// nonWordFraction is the share of whitespace-separated tokens that hold no
// letter (numbers, punctuation, timestamps).
func nonWordFraction(s string) float64 {
	n, bad := 0, 0
	for _, f := range strings.Fields(s) {
		n++
		if strings.IndexFunc(f, unicode.IsLetter) < 0 {
			bad++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(bad) / float64(n)
}

// danglingWords open a sentence that cannot stand alone: an unresolved
// pronoun or a connective pointing at a previous sentence.
var danglingWords = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "these": true, "those": true, "that": true, "but": true, "however": true, "and": true,
	"also": true, "meanwhile": true, "instead": true, "still": true, "yet": true, "so": true, "then": true,
	"there": true, "we": true, "i": true, "you": true, "him": true, "them": true,
}

// DanglingOpening reports whether s opens with a word that points outside
// the sentence: an unresolved pronoun ("He", "They") or a connective
// ("But", "However").
func DanglingOpening(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	w := s[:end]
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return danglingWords[strings.ToLower(w)]
}

// OpensQuotation reports whether s opens with a quotation mark that it
// never closes: the first sentence of a quotation whose speaker is named
// in a later sentence ("“ The crisis started in advanced economies ."),
// shown alone it names no source.
func OpensQuotation(s string) bool {
	t := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '*' || r == '\\' || r == '-' })
	switch {
	case strings.HasPrefix(t, "``"):
		return !strings.Contains(t, "''")
	case strings.HasPrefix(t, "\u201c"):
		return !strings.Contains(t, "\u201d")
	case strings.HasPrefix(t, `"`):
		return strings.Count(t, `"`) == 1
	}
	return false
}

// Statement reports whether s can stand as a timeline entry's sentence:
// it does not start mid-sentence (Fragment), is not written in capitals
// (Shouted) and does not ask a question (Question).
func Statement(s string) bool {
	return !Fragment(s) && !Shouted(s) && !Question(s)
}

// Question reports whether s ends on a question mark, closing quotation
// marks aside: a headline's question ("How serious a threat ?") or a
// reader's, not an event. A question quoted and attributed (Why now? she
// asked.) ends on its attribution and is no question here.
func Question(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '`' || r == '\u201d' || r == '\u2019'
	})
	return strings.HasSuffix(s, "?")
}

// Fragment reports whether s starts in the middle of a sentence: its first
// word begins with a lower-case letter ("one death, at least 91 cases
// ...", "chairman of the committee, to determine ..."), as the lines a page
// scrape cuts from a caption or a headline do, or a bracket closes before
// any opens ("L ) failed to reassure investors ...", the rest of a
// sentence split inside "( ACME.L )").
func Fragment(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			lower = unicode.IsLower(r)
			break
		}
	}
	return lower || closesFirst(s)
}

// closesFirst reports whether a round bracket closes in s before one opens
// (tokenized "-RRB-" or ")").
func closesFirst(s string) bool {
	o, c := strings.Index(s, "("), strings.Index(s, ")")
	if r := strings.Index(s, "-RRB-"); r >= 0 && (c < 0 || r < c) {
		c = r
	}
	if l := strings.Index(s, "-LRB-"); l >= 0 && (o < 0 || l < o) {
		o = l
	}
	return c >= 0 && (o < 0 || c < o)
}

// Shouted reports whether s is written in capitals: at least five words
// and nine in ten of its letters upper case ("THE SUSPENSION OF THE
// DEBATES HAS ..."), as reader comments and some headlines are.
func Shouted(s string) bool {
	var upper, letters, words int
	inWord := false // the current space-separated field has a letter
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if (letters-upper)*10 > letters+len(s)-i-1 {
				// More lower-case letters than a tenth of all the
				// letters s can still hold.
				return false
			}
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	return words >= 5 && upper*10 >= letters*9
}

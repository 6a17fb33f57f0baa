package quote

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// Annotate sets a.Quotes from a.Text, replacing any quotes already there.
// Each content fragment becomes one news.Quote (a quote interrupted by "he
// said" gives two, with the same speaker and verb), so that every Quote's
// Text is exactly a.Text[Start:End]. Sentence indexes refer to
// a.Sentences when the article has them, else to this package's own
// sentence split. Reported speech that names no source ("The plan seems
// to work", "It is said that ...") or whose source is the writer ("I
// think the plan will work") is left out: it tells a reader nothing about
// who said what. Extract keeps it. A quote's Said is the day its
// reporting words name ("said on Friday"), read from the day mentions the
// date tagger left in a.Sentences: tag dates first.
func (x *Extractor) Annotate(a *news.Article) {
	atts := x.Extract(a.Text)
	said := x.saidDays(atts, timeMentions(a))
	a.Quotes = a.Quotes[:0]
	for n, at := range atts {
		if !at.Direct && (!at.Source.Valid() && !at.Mention.Valid() || firstPerson(a.Text, at.Mention)) {
			continue
		}
		for _, c := range at.Content {
			q := news.Quote{
				Start:              c.Start,
				End:                c.End,
				Text:               a.Text[c.Start:c.End],
				Direct:             at.Direct,
				Verb:               at.Verb,
				SpeakerStart:       -1,
				SpeakerEnd:         -1,
				Speaker:            at.Speaker,
				Addressee:          at.Addressee,
				SpeakerDescription: at.Unnamed,
				Sentence:           at.Sentence,
				Said:               said[n],
			}
			if at.Mention.Valid() {
				q.SpeakerMention = a.Text[at.Mention.Start:at.Mention.End]
				q.SpeakerStart, q.SpeakerEnd = at.Mention.Start, at.Mention.End
			}
			if len(a.Sentences) > 0 {
				q.Sentence = sentenceAt(a.Sentences, c.Start)
			} else {
				q.Sentence = x.sentenceAt(c.Start)
			}
			a.Quotes = append(a.Quotes, q)
		}
	}
	if len(a.Quotes) == 0 {
		a.Quotes = nil
	}
}

// firstPerson reports whether the mention m in text is "I" or "we": the
// writer's own voice.
func firstPerson(text string, m Span) bool {
	if !m.Valid() || m.End > len(text) {
		return false
	}
	switch strings.ToLower(text[m.Start:m.End]) {
	case "i", "we":
		return true
	}
	return false
}

// Annotate is [Extractor.Annotate] with a fresh extractor.
func Annotate(a *news.Article) {
	var x Extractor
	x.Annotate(a)
}

// sentenceAt returns the index of the sentence holding byte offset off.
func sentenceAt(ss []news.Sentence, off int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start > off }) - 1
	if i < 0 {
		return 0
	}
	return ss[i].Index
}

// sentenceAt returns this package's sentence index at byte offset off of
// the text last extracted.
func (x *Extractor) sentenceAt(off int) int {
	toks := x.d.toks
	i := sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= off })
	if i >= len(toks) {
		i = len(toks) - 1
	}
	if i < 0 {
		return 0
	}
	return int(x.d.sent[i])
}

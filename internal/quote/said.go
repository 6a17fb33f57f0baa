package quote

import (
	"sort"

	"github.com/dateline-news/dateline/internal/news"
)

// The day a statement was made. News dates what was said by a day mention
// beside the reporting words — "Putin said on Friday that ...", `"...,"
// Peskov told reporters Sunday`, "On Monday, the ministry said ..." — and
// the date tagger has already resolved such a mention to a day (the news
// convention: "said on Friday" is the Friday before publication). A
// statement with no such mention is dated by its article's publication.
//
// Only a mention that reads as the time of the reporting itself counts:
//   - after the reporting words, within a few words, past nothing but the
//     speaker, an addressee or the setting ("in a statement", "to
//     reporters in Washington"), never inside a quote's content, never
//     after a word that opens a clause or bounds a span ("who", "that",
//     "since", "after");
//   - before them, when it opens the sentence ("On Friday, X said") or
//     stands right before the reporting verb ("X on Friday said"), with no
//     clause or content between.
//
// A day after publication is no day of a statement already reported. The
// same speaker's next statement, in the next sentences, shares the day of
// the one before unless its own sentence names a time.

// saidAfter is how many tokens past the reporting words a day mention may
// start.
const saidAfter = 8

// saidStop are words that, between the reporting words and a day mention,
// make the day another clause's or a span's: "said the plan, which began
// on Friday", "said since Friday".
var saidStop = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "that": true, "when": true, "where": true,
	"after": true, "before": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "because": true, "while": true, "as": true, "and": true, "but": true, "or": true,
	"if": true, "though": true, "although": true, "than": true, "of": true, "for": true, "about": true,
	"over": true, "following": true, "ahead": true, "between": true,
}

// timeMention is a time mention located in the article text.
type timeMention struct {
	start, end int // byte offsets in the article text
	// date is the day the mention names when it names one on or before
	// the publication, else zero.
	date news.Date
}

// timeMentions returns the time mentions of a's sentences in text order,
// with the day of those naming a day on or before its publication.
func timeMentions(a *news.Article) []timeMention {
	pub := a.PubDate()
	var out []timeMention
	for _, s := range a.Sentences {
		for _, m := range s.Mentions {
			start, end := s.Start+m.Start, s.Start+m.End
			if start < 0 || end > len(a.Text) || start >= end {
				continue
			}
			dm := timeMention{start: start, end: end}
			if m.Granularity == news.GranDay && !m.Date.IsZero() && (pub.IsZero() || !m.Date.After(pub)) {
				dm.date = m.Date
			}
			out = append(out, dm)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// saidDays returns, for each attribution of the text last extracted, the
// day its statement was made as the text names it, zero when it names
// none. days are the text's time mentions (see timeMentions).
func (x *Extractor) saidDays(atts []Attribution, days []timeMention) []news.Date {
	out := make([]news.Date, len(atts))
	if len(days) == 0 {
		return out
	}
	d := &x.d
	// The tokens of any attribution's content: a day there is what was
	// said, not when.
	content := make([]bool, len(d.toks))
	for _, at := range atts {
		for _, c := range at.Content {
			for i := x.tokenAt(c.Start); i < len(d.toks) && int(d.toks[i].start) < c.End; i++ {
				content[i] = true
			}
		}
	}
	// startDay[i] is the index+1 of the day mention starting at token i.
	startDay := map[int]int{}
	for k, m := range days {
		i := x.tokenAt(m.start)
		if !m.date.IsZero() && i < len(d.toks) && int(d.toks[i].start) == m.start {
			startDay[i] = k + 1
		}
	}
	for n, at := range atts {
		if !at.Cue.Valid() {
			continue
		}
		c0 := x.tokenAt(at.Cue.Start)
		c1 := x.tokenAt(at.Cue.End) // first token past the cue
		if c0 >= len(d.toks) || d.toks[c0].kind != tWord {
			// A colon dates nothing: "July 31 : Oiled marsh grass is
			// seen ..." is a caption.
			continue
		}
		if k := x.dayAfterCue(c1, content, startDay, days); k > 0 {
			out[n] = days[k-1].date
		} else if k := x.dayBeforeCue(c0, content, startDay, days); k > 0 {
			out[n] = days[k-1].date
		}
	}
	// Reported on in the next sentences by the same speaker ("Putin said
	// on Friday ... He added ..."), a statement was made that day too,
	// unless its own sentence names a time. The day is shared with the
	// statements of the next sentences only, not handed on from one to
	// the next.
	named := make([]bool, len(out))
	for n := range out {
		named[n] = !out[n].IsZero()
	}
	for n := range atts {
		at := &atts[n]
		if named[n] || at.Speaker == "" || !at.Cue.Valid() {
			continue
		}
		for p := n - 1; p >= 0; p-- {
			if atts[p].Speaker != at.Speaker || !named[p] && !out[p].IsZero() {
				continue // another speaker's, or itself sharing a day
			}
			if named[p] && at.Sentence-atts[p].Sentence <= saidNext && !x.namesTime(at.Cue.Start, content, days) {
				out[n] = out[p]
			}
			break
		}
	}
	return out
}

// saidNext is how many sentences after a dated statement the same
// speaker's next one shares its day.
const saidNext = 2

// namesTime reports whether the sentence holding byte offset off names a
// time outside every quote's content.
func (x *Extractor) namesTime(off int, content []bool, days []timeMention) bool {
	d := &x.d
	i := x.tokenAt(off)
	if i >= len(d.toks) {
		return false
	}
	from, to := int(d.toks[d.sentBegin(i)].start), int(d.toks[d.sentEnd(i)-1].end)
	for _, m := range days {
		if m.start >= from && m.end <= to {
			if j := x.tokenAt(m.start); j < len(d.toks) && !content[j] {
				return true
			}
		}
	}
	return false
}

// dayAfterCue returns the index+1 in days of the day mention that dates
// the reporting words ending before token c1, 0 when there is none.
func (x *Extractor) dayAfterCue(c1 int, content []bool, startDay map[int]int, days []timeMention) int {
	d := &x.d
	end := min(d.sentEnd(max(c1-1, 0)), c1+saidAfter, len(d.toks))
	for i := c1; i < end; i++ {
		if content[i] || d.toks[i].kind >= tOpenQ {
			return 0
		}
		if k := startDay[i]; k > 0 {
			// "told Friday's rally" dates the telling too.
			return k
		}
		if d.toks[i].kind == tPunct && !d.isPunct(i, ",") {
			return 0
		}
		if saidStop[d.low[i]] {
			return 0
		}
	}
	return 0
}

// dayBeforeCue returns the index+1 in days of the day mention before the
// reporting words starting at token c0 that dates them: one opening the
// sentence ("On Friday, ...") or standing right before them ("X on Friday
// said"); 0 when there is none.
func (x *Extractor) dayBeforeCue(c0 int, content []bool, startDay map[int]int, days []timeMention) int {
	d := &x.d
	begin := d.sentBegin(c0)
	// Right before the cue: "X on Friday said", "X Friday said".
	for k := len(days); k > 0; k-- {
		m := days[k-1]
		if m.end > int(d.toks[c0].start) {
			continue
		}
		first := x.tokenAt(m.start)
		if x.tokenAt(m.end) == c0 && first >= begin && !content[first] {
			return k
		}
		break
	}
	// Opening the sentence: "On Friday, X said", "Late on Sunday the
	// ministry said".
	i := begin
	for i < c0 && (d.low[i] == "on" || d.low[i] == "late" || d.low[i] == "early" || d.low[i] == "earlier" || d.low[i] == "later") {
		i++
	}
	k := startDay[i]
	if k == 0 || i >= c0 {
		return 0
	}
	for j := x.tokenAt(days[k-1].end); j < c0; j++ {
		if content[j] || d.toks[j].kind >= tOpenQ || saidStop[d.low[j]] {
			return 0
		}
		if d.toks[j].kind == tPunct && !d.isPunct(j, ",") {
			return 0
		}
	}
	return k
}

// tokenAt returns the index of the first token of the text last extracted
// that starts at or after byte offset off (len(toks) when none does).
func (x *Extractor) tokenAt(off int) int {
	toks := x.d.toks
	return sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= off })
}

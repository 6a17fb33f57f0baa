package timeline

import (
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
)

// Options says what timeline to build.
type Options struct {
	// Query is the user's query; it is shown in the output and, when
	// Keywords is empty, its terms (text.QueryTerms: words and "quoted
	// phrases") are the keywords.
	Query string
	// Keywords restrict the summary sentences: a sentence is eligible only
	// if its lowercased text contains one of them. Empty: every sentence.
	Keywords []string
	// Dates is the number of dates (L); 0 means 10.
	Dates int
	// Sentences is the number of sentences per date (k); 0 means 1.
	Sentences int
	// From and To bound the window (inclusive); zero means unbounded. Only
	// articles published in the window are used, and only dates in it are
	// chosen.
	From, To news.Date
	// Entity restricts the timeline to a person or organisation: a
	// sentence is eligible only if it names the entity by one of its
	// aliases ("Putin" for "Vladimir Putin") or quotes it as the resolved
	// speaker.
	Entity string
	// Activity asks for Timeline.Days.
	Activity bool
}

func (o Options) withDefaults() Options {
	if o.Dates <= 0 {
		o.Dates = 10
	}
	if o.Sentences <= 0 {
		o.Sentences = 1
	}
	if len(o.Keywords) == 0 && strings.TrimSpace(o.Query) != "" {
		o.Keywords = text.QueryTerms(o.Query)
	}
	kw := make([]string, len(o.Keywords)) // the caller's slice stays as given
	for i, k := range o.Keywords {
		kw[i] = strings.ToLower(k)
	}
	o.Keywords = kw
	return o
}

// window is the part of a Corpus inside one Options' window, with the
// per-date evidence every method starts from.
type window struct {
	c        *Corpus
	opts     Options
	from, to int32 // inclusive ordinals
	arts     []int32
	eligible []bool // per corpus sentence: in window and passes the keyword filter
	// byDay maps a day ordinal to its evidence.
	byDay map[int32]*dayStats
	// pubOn maps a day to the articles published on it.
	pubOn map[int32][]int32
	// skipClock: days known only from a bare clock time do not count as
	// mentioned (Method.IgnoreClockTimes).
	skipClock bool
}

// dayIndex returns the index of day d in s.days, or -1 when s does not
// mention d (or only by a clock time the window ignores).
func (w *window) dayIndex(s *sentence, d int32) int {
	i := slices.Index(s.days, d)
	if i >= 0 && w.skipClock && s.clock[i] {
		return -1
	}
	return i
}

// mentionedDays returns how many days s mentions, as the window counts
// them.
func (w *window) mentionedDays(s *sentence) int {
	n := len(s.days)
	if w.skipClock {
		for _, c := range s.clock {
			if c {
				n--
			}
		}
	}
	return n
}

// dayStats is the raw evidence for one day.
type dayStats struct {
	day        int32
	ment       []int32 // eligible sentences mentioning the day
	mentAll    int     // sentences in window mentioning the day, ignoring keywords
	docs       int     // distinct articles among ment
	after      int     // ment from articles published after the day
	before     int     // ment from articles published before the day
	same       int     // ment from articles published on the day
	afterDocs  int
	explicit   int // ment whose mention is explicit
	sources    int // distinct sources among ment
	published  int // articles published on the day
	pubNext    int // articles published the day after
	monthMent  int // eligible sentences mentioning the day's month
	dateFirst  int // ment whose mention of the day opens the sentence
	listed     int // ment from articles that read like a chronology
	lateDocs   int // articles published 3+ days after the day mentioning it
	laterDocs  int // articles published 14+ days after the day mentioning it
	firstMonth int32
}

func newWindow(c *Corpus, opts Options, m *Method) *window {
	w := &window{c: c, opts: opts, from: -1 << 30, to: 1 << 30, skipClock: m.IgnoreClockTimes,
		byDay: make(map[int32]*dayStats), pubOn: make(map[int32][]int32)}
	if !opts.From.IsZero() {
		w.from = int32(opts.From.Ordinal())
	}
	if !opts.To.IsZero() {
		w.to = int32(opts.To.Ordinal())
	}
	w.eligible = make([]bool, len(c.sents))
	var ent *entity.Matcher
	if opts.Entity != "" {
		ent = entity.NewMatcher(opts.Entity)
	}
	monthCount := make(map[int32]int)
	for ai, p := range c.pub {
		if p < w.from || p > w.to {
			continue
		}
		w.arts = append(w.arts, int32(ai))
		w.pubOn[p] = append(w.pubOn[p], int32(ai))
		end := int32(len(c.sents))
		if ai+1 < len(c.artFirst) {
			end = c.artFirst[ai+1]
		}
		for si := c.artFirst[ai]; si < end; si++ {
			s := &c.sents[si]
			ok := matchesAny(c.text(s).Text, opts.Keywords)
			if ok && ent != nil {
				ok = ent.Match(c.text(s).Text) || (s.speaker != "" && entity.Same(s.speaker, opts.Entity))
			}
			w.eligible[si] = ok
			for i, d := range s.days {
				if d < w.from || d > w.to || w.skipClock && s.clock[i] {
					continue
				}
				ds := w.day(d)
				ds.mentAll++
				if ok {
					ds.ment = append(ds.ment, si)
				}
			}
			if ok {
				for _, m := range s.months {
					monthCount[m]++
				}
			}
		}
	}
	for d, arts := range w.pubOn {
		w.day(d).published = len(arts)
		if ds, ok := w.byDay[d-1]; ok {
			ds.pubNext = len(arts)
		}
	}
	for _, ds := range w.byDay {
		ds.pubNext = len(w.pubOn[ds.day+1])
		seenArt := map[int32]bool{}
		seenSrc := map[string]bool{}
		afterArt := map[int32]bool{}
		for _, si := range ds.ment {
			s := &c.sents[si]
			p := c.pub[s.art]
			switch {
			case p > ds.day:
				ds.after++
				afterArt[s.art] = true
			case p < ds.day:
				ds.before++
			default:
				ds.same++
			}
			if i := w.dayIndex(s, ds.day); i >= 0 && s.explicit[i] {
				ds.explicit++
			}
			seenArt[s.art] = true
			seenSrc[c.articles[s.art].Source] = true
		}
		ds.docs = len(seenArt)
		for _, si := range ds.ment {
			s := &c.sents[si]
			if i := w.dayIndex(s, ds.day); i >= 0 && c.text(s).Mentions[s.dayMent[i]].Start <= openingBytes {
				ds.dateFirst++
			}
			if c.chronology[s.art] {
				ds.listed++
			}
		}
		ds.sources = len(seenSrc)
		ds.afterDocs = len(afterArt)
		for a := range afterArt {
			if lag := c.pub[a] - ds.day; lag >= 3 {
				ds.lateDocs++
				if lag >= 14 {
					ds.laterDocs++
				}
			}
		}
		d := news.DateFromOrdinal(int(ds.day))
		ds.firstMonth = int32(news.NewDate(d.Year, d.Month, 1).Ordinal())
		ds.monthMent = monthCount[ds.firstMonth]
	}
	return w
}

func (w *window) day(d int32) *dayStats {
	ds, ok := w.byDay[d]
	if !ok {
		ds = &dayStats{day: d}
		w.byDay[d] = ds
	}
	return ds
}

// days returns the candidate days in ascending order.
func (w *window) days() []int32 {
	out := make([]int32, 0, len(w.byDay))
	for d := range w.byDay {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

func matchesAny(text string, keywords []string) bool {
	if len(keywords) == 0 {
		return true
	}
	lower := strings.ToLower(text)
	for _, k := range keywords {
		if strings.Contains(lower, k) {
			return true
		}
	}
	return false
}

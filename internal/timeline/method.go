package timeline

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/trim"
)

// Method is a date-first timeline method: rank the candidate days, then
// summarise each in rank order until enough dates have a summary. Its fields
// are the method's parameters; the zero value is not useful, start from
// [Datewise] or [Default].
type Method struct {
	Name string
	// DateModel scores candidate days from their features.
	DateModel *LinearModel
	// DateFeatureMask, when set, limits the features a fitted date model
	// may use.
	DateFeatureMask []bool
	// DateScaling puts the date features on a common scale.
	DateScaling Scaling
	// SentenceModel scores candidate sentences of a day from their
	// features; nil selects sentences by centroid optimisation instead.
	SentenceModel *LinearModel
	// PubSentences is how many leading sentences of an article published
	// on a day (and mentioning no day) are candidates for that day.
	PubSentences int
	// PubNextDay also takes leading sentences of articles published the
	// day after (news lag), except in an entity's timeline, which is
	// mostly what was said and dates it as published.
	PubNextDay bool
	// MinTokens and MaxTokens bound a summary sentence's length in index
	// terms.
	MinTokens, MaxTokens int
	// Redundancy is the cosine above which a sentence counts as a repeat of
	// one already chosen (for this date or any other).
	Redundancy float64
	// Coherent keeps sentences that open with an unresolved pronoun or a
	// connective ("He added", "But"), or with a quotation they do not close
	// (its speaker named in a later sentence), out of summaries, unless a
	// quote in the sentence has a resolved speaker, who is then shown with
	// it; and
	// lines that start mid-sentence ("one death, at least 91 cases ..."),
	// which page scrapes cut from captions and headlines, lines written in
	// capitals (reader comments) and questions (a headline's or a
	// reader's), always.
	Coherent bool
	// Trim says what to cut from a chosen sentence (datelines, asides);
	// the zero value keeps sentences whole.
	Trim trim.Options
	// CutDayMentions cuts a summary sentence's mentions of its own date
	// ("said on Tuesday", "yesterday", "on June 2") where the sentence
	// reads as well without them: the entry already shows the date.
	CutDayMentions bool
	// IgnoreClockTimes: a bare time of day ("at 5:24 pm") does not count
	// as a mention of the day it resolves to. Resolved against the text's
	// date, it stamps comments and live updates rather than events.
	IgnoreClockTimes bool
	// SkipStamped keeps sentences that hold a time stamp ("Posted by ... |
	// September 25, 2008 1:14 PM"), other than an article's first line, out
	// of summaries: they are reader comments and live-blog posts, not the
	// story's text.
	SkipStamped bool
	// SkipCaptions keeps photo and video captions, photo credits and
	// pointers to other media ("In this aerial photo taken ...", "See a
	// gallery ... here") out of summaries: a page carries them beside its
	// story.
	SkipCaptions bool
	// SkipBoundaryMentions: a sentence that names a day only as a boundary
	// ("since Tuesday", "until the 3rd", "after the 20 April explosion")
	// is no candidate for that day; it is about something else.
	SkipBoundaryMentions bool
	// Spacing spreads the chosen dates over the window: a day closer than
	// span/(L·Spacing) days to an already chosen date is passed over while
	// other candidates remain (0 turns this off). A timeline of L dates over
	// a long window should not spend them all on one busy week.
	Spacing float64
	// Learned marks a method whose models are fit on data: benchmarks
	// refit them leave-one-topic-out rather than use the shipped ones.
	// FitDates and FitSentences say which.
	Learned bool
	// FitDates and FitSentences say which of the models a learned method
	// fits; a model not fit is used as it is (nil SentenceModel: centroid
	// selection).
	FitDates, FitSentences bool
	// TopicWeight pulls each day's summary towards the story as a whole:
	// centroid selection aims at the day's candidate centroid plus
	// TopicWeight times the centroid of every eligible sentence in the
	// window, both at unit length. 0 aims at the day alone. A day's
	// candidates mix the story's events with side news published the same
	// day; the topic centroid favours the sentences about the story.
	TopicWeight float64
	// FitTopicWeight: benchmarks choose TopicWeight from TopicWeightGrid on
	// the training topics (see package tlsbench).
	FitTopicWeight bool
	// CopyThreshold is the cosine above which two sentences count as copies
	// of each other when counting an item's sources.
	CopyThreshold float64
}

// Datewise returns the Datewise-style baseline: days ranked by the number
// of sentences mentioning them, candidates from mentions and leading
// sentences of articles published on the day, centroid summary, whole
// sentences.
func Datewise() *Method {
	return &Method{
		Name:          "datewise",
		DateModel:     singleFeature("mentions"),
		PubSentences:  5,
		MinTokens:     4,
		MaxTokens:     40,
		Redundancy:    0.5,
		CopyThreshold: 0.85,
	}
}

// Default returns dateline's default method. Days are ranked by a linear
// model over four kinds of evidence — how many articles mention the day,
// how many open a sentence with it, and how many mention it three and
// fourteen days or more after it happened (lasting coverage marks the
// events a timeline keeps) — fit as a pairwise ranker; the shipped model is
// fit on T17 and benchmarks refit it leave-one-topic-out. Bare clock times
// are not taken as mentions of a day. Candidates also include the leads of
// articles published the day after (news lag) and leave out time-stamped
// comments and posts; chosen sentences lose datelines, update stamps,
// asides and the words that repeat their date.
func Default() *Method {
	m := Datewise()
	m.Name = "dateline"
	m.Trim = trim.Default()
	m.CutDayMentions = true
	m.IgnoreClockTimes = true
	m.SkipStamped = true
	m.SkipCaptions = true
	m.SkipBoundaryMentions = true
	m.Coherent = true
	m.PubNextDay = true
	m.DateScaling = ScaleLogMax
	m.DateFeatureMask = featureMask(DateFeatureNames, "mention_docs", "date_led_mentions", "late_docs", "later_docs")
	m.Learned, m.FitDates, m.FitTopicWeight = true, true, true
	mf := shippedModels()
	m.DateModel, m.TopicWeight = mf.DateModel, mf.TopicWeight
	return m
}

// TopicWeightGrid are the values of Method.TopicWeight a fit chooses
// from.
var TopicWeightGrid = []float64{0, 0.25, 0.5, 0.75, 1}

// Lasting returns a fixed, unfitted variant of Default that ranks days
// lexicographically by lasting coverage: articles mentioning the day 14+
// days later, then 3+ days later, then any article.
func Lasting() *Method {
	m := Default()
	m.Name = "lasting"
	m.Learned, m.FitDates, m.FitTopicWeight = false, false, false
	m.TopicWeight = 0
	m.DateScaling = ScaleMax
	m.DateModel = weightedFeatures(map[string]float64{"later_docs": 1, "late_docs": 0.3, "mention_docs": 0.01})
	return m
}

// Methods returns the named methods this package provides.
func Methods() map[string]func() *Method {
	return map[string]func() *Method{
		"datewise": Datewise,
		"dateline": Default,
		"lasting":  Lasting,
	}
}

// Variant is a named change to a method, for ablation studies.
type Variant struct {
	Name        string
	Description string
	Method      *Method
}

// Ablations returns the steps from the Datewise baseline to the default
// method, each adding one component, and variants that swap one component
// of the default.
func Ablations() []Variant {
	var vs []Variant
	add := func(name, desc string, f func(m *Method)) {
		m := Datewise()
		f(m)
		m.Name = name
		vs = append(vs, Variant{Name: name, Description: desc, Method: m})
	}
	add("datewise", "baseline: mention-count dates, centroid summary", func(*Method) {})
	add("+docs", "rank days by articles, not sentences, mentioning them", func(m *Method) {
		m.DateModel = singleFeature("mention_docs")
	})
	add("+trim", "cut datelines, update stamps and asides from chosen sentences", func(m *Method) {
		m.DateModel = singleFeature("mention_docs")
		m.Trim = trim.Default()
	})
	add("+next-day leads", "also take leads of articles published the day after", func(m *Method) {
		m.DateModel = singleFeature("mention_docs")
		m.Trim = trim.Default()
		m.PubNextDay = true
	})
	// The chain adds the default's components one at a time; the topic
	// weight comes last.
	noTopic := func(m *Method) { m.TopicWeight, m.FitTopicWeight = 0, false }
	add("+learned dates", "pairwise date ranker over docs, date-led, late and later mentions, fit leave-one-topic-out", func(m *Method) {
		*m = *Default()
		m.CutDayMentions, m.IgnoreClockTimes = false, false
		noTopic(m)
	})
	add("+no clock-time dates", "a bare time of day (\"at 5:24 pm\") is not a mention of its day", func(m *Method) {
		*m = *Default()
		m.CutDayMentions = false
		noTopic(m)
	})
	add("+cut day mentions", "cut \"on Tuesday\", \"yesterday\", \"on June 2\" naming the entry's own date from chosen sentences", func(m *Method) {
		*m = *Default()
		noTopic(m)
	})
	add("+topic weight (default)", "summaries aim at the day's candidates plus the story's centroid, weight chosen leave-one-topic-out", func(m *Method) {
		*m = *Default()
	})
	add("default, all date features", "the learned ranker over every date feature", func(m *Method) {
		*m = *Default()
		m.DateFeatureMask = nil
	})
	add("default, max scaling", "features divided by their maximum instead of log-scaled", func(m *Method) {
		*m = *Default()
		m.DateScaling = ScaleMax
	})
	add("default + learned sentences", "also fit a ridge sentence scorer leave-one-topic-out", func(m *Method) {
		*m = *Default()
		m.FitSentences = true
	})
	add("default - coherence", "allow sentences that open with an unresolved pronoun or connective", func(m *Method) {
		*m = *Default()
		m.Coherent = false
	})
	add("default - skip stamped", "allow time-stamped sentences (reader comments, live-blog posts) in summaries", func(m *Method) {
		*m = *Default()
		m.SkipStamped = false
	})
	add("default - skip captions", "allow photo and video captions, credits and media pointers in summaries", func(m *Method) {
		*m = *Default()
		m.SkipCaptions = false
	})
	add("default - skip boundary mentions", "allow sentences that name the day only as a boundary (\"since Tuesday\") as its candidates", func(m *Method) {
		*m = *Default()
		m.SkipBoundaryMentions = false
	})
	add("default - trim", "whole sentences", func(m *Method) {
		*m = *Default()
		m.Trim = trim.Options{}
	})
	add("lasting (fixed, in-sample)", "unfitted ranking by lasting coverage; designed while looking at T17, so not an out-of-fold figure", func(m *Method) {
		*m = *Lasting()
	})
	return vs
}

// MethodByName returns a fresh method by name; "" is the default method.
func MethodByName(name string) (*Method, error) {
	if name == "" {
		name = "dateline"
	}
	f, ok := Methods()[name]
	if !ok {
		var names []string
		for n := range Methods() {
			names = append(names, n)
		}
		slices.Sort(names)
		return nil, fmt.Errorf("timeline: unknown method %q (known: %v)", name, names)
	}
	return f(), nil
}

// Build builds a timeline from c with method m.
func Build(ctx context.Context, c *Corpus, m *Method, opts Options) (*Timeline, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	w := newWindow(c, opts, m)
	days, X := w.dateFeatures(m.DateScaling)
	scores := make([]float64, len(days))
	for i, x := range X {
		scores[i] = m.DateModel.Score(x)
	}
	order := make([]int, len(days))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		if scores[order[a]] != scores[order[b]] {
			return scores[order[a]] > scores[order[b]]
		}
		return days[order[a]] < days[order[b]]
	})
	// Dates is never nil: an empty timeline encodes as "dates": [], as the
	// JSON contract promises.
	tl := &Timeline{Query: opts.Query, Method: m.Name, Dates: []Entry{}}
	s := newSummarizer(w, m)
	gap := m.minGap(days, opts.Dates)
	var chosenDays []int32
	tried := make([]bool, len(days))
	for pass := 0; pass < 2 && len(tl.Dates) < opts.Dates; pass++ {
		for _, i := range order {
			if len(tl.Dates) == opts.Dates {
				break
			}
			if tried[i] {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			d := days[i]
			if pass == 0 && tooClose(d, chosenDays, gap) {
				continue
			}
			tried[i] = true
			items := s.summarize(d, opts.Sentences)
			if len(items) == 0 {
				continue
			}
			chosenDays = append(chosenDays, d)
			ds := w.byDay[d]
			tl.Dates = append(tl.Dates, Entry{
				Date:        news.DateFromOrdinal(int(d)),
				Granularity: news.GranDay,
				Evidence: Evidence{
					Mentions:  len(ds.ment),
					Articles:  ds.docs,
					Published: ds.published,
					Score:     round6(scores[i]),
				},
				Summary: items,
			})
		}
	}
	slices.SortFunc(tl.Dates, func(a, b Entry) int { return a.Date.Compare(b.Date) })
	if opts.Activity {
		tl.Days = w.activity(tl)
	}
	return tl, nil
}

// minGap returns the spacing in days between chosen dates (see
// Method.Spacing) for L dates over the candidate days.
func (m *Method) minGap(days []int32, l int) int32 {
	if m.Spacing <= 0 || len(days) < 2 || l < 1 {
		return 0
	}
	span := float64(days[len(days)-1] - days[0])
	return int32(span / (float64(l) * m.Spacing))
}

func tooClose(d int32, chosen []int32, gap int32) bool {
	for _, c := range chosen {
		if c-d < gap && d-c < gap {
			return true
		}
	}
	return false
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func (w *window) activity(tl *Timeline) []DayActivity {
	chosen := map[news.Date]bool{}
	for _, e := range tl.Dates {
		chosen[e.Date] = true
	}
	var out []DayActivity
	for _, d := range w.days() {
		ds := w.byDay[d]
		date := news.DateFromOrdinal(int(d))
		out = append(out, DayActivity{Date: date, Published: ds.published, Mentions: ds.mentAll, Chosen: chosen[date]})
	}
	return out
}

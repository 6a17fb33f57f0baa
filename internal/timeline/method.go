package timeline

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/dateline-news/dateline/internal/news"
)

// Method is a date-first timeline method: rank the candidate days, then
// summarise each in rank order until enough dates have a summary. Its fields
// are the method's parameters; the zero value is not useful, start from
// [Datewise] or [Default].
type Method struct {
	Name string
	// DateModel scores candidate days from their features.
	DateModel *LinearModel
	// SentenceModel scores candidate sentences of a day from their
	// features; nil selects sentences by centroid optimisation instead.
	SentenceModel *LinearModel
	// PubSentences is how many leading sentences of an article published
	// on a day (and mentioning no day) are candidates for that day.
	PubSentences int
	// PubNextDay also takes leading sentences of articles published the
	// day after (news lag).
	PubNextDay bool
	// MinTokens and MaxTokens bound a summary sentence's length in index
	// terms.
	MinTokens, MaxTokens int
	// Redundancy is the cosine above which a sentence counts as a repeat of
	// one already chosen (for this date or any other).
	Redundancy float64
	// Spacing spreads the chosen dates over the window: a day closer than
	// span/(L·Spacing) days to an already chosen date is passed over while
	// other candidates remain (0 turns this off). A timeline of L dates over
	// a long window should not spend them all on one busy week.
	Spacing float64
	// Learned marks a method whose models are fit on data: benchmarks
	// refit them leave-one-topic-out rather than use the shipped ones.
	Learned bool
	// FitDates and FitSentences say which of the models a learned method
	// fits; a model not fit is used as it is (nil SentenceModel: centroid
	// selection).
	FitDates, FitSentences bool
	// CopyThreshold is the cosine above which two sentences count as copies
	// of each other when counting an item's sources.
	CopyThreshold float64
}

// Datewise returns the Datewise-style method: days ranked by mention count,
// candidates from mentions and day-of-publication leads, centroid summary.
func Datewise() *Method {
	return &Method{
		Name:          "datewise",
		DateModel:     mentionCountModel(),
		PubSentences:  5,
		MinTokens:     4,
		MaxTokens:     40,
		Redundancy:    0.5,
		CopyThreshold: 0.85,
	}
}

// Default returns dateline's default method: Datewise's candidate
// generation with a learned date ranker and a learned sentence scorer.
func Default() *Method {
	m := Datewise()
	m.Name = "dateline"
	m.Learned = true
	m.FitDates, m.FitSentences = true, true
	m.DateModel, m.SentenceModel = shippedModels()
	return m
}

// Methods returns the named methods this package provides.
func Methods() map[string]func() *Method {
	return map[string]func() *Method{
		"datewise": Datewise,
		"dateline": Default,
	}
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
	w := newWindow(c, opts)
	days, X := w.dateFeatures()
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
	tl := &Timeline{Query: opts.Query, Method: m.Name}
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

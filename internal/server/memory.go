package server

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quotelist"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Memory is a [Backend] over articles held in memory. The timeline corpus
// covers every article; a query restricts the summary sentences through
// the engine's keyword filter, as in the benchmark protocol. Adding
// articles swaps in a new snapshot whose index is rebuilt on first use, so
// readers never wait for a writer.
type Memory struct {
	an   *annotate.Annotator
	mu   sync.Mutex // serialises Add
	snap atomic.Pointer[snapshot]
}

// NewMemory returns a backend over arts, which must already be annotated
// (see annotate.Annotator.All) and must not be modified afterwards. an
// annotates articles added later; nil means annotate.New().
func NewMemory(arts []*news.Article, an *annotate.Annotator) *Memory {
	if an == nil {
		an = annotate.New()
	}
	m := &Memory{an: an}
	m.snap.Store(newSnapshot(slices.Clone(arts)))
	return m
}

// snapshot is an immutable view of the articles with lazily built indexes.
type snapshot struct {
	arts   []*news.Article
	byID   map[string]int
	corpus func() *timeline.Corpus
	index  func() *searchIndex
	stats  func() *Stats
	// speakers is the speaker directory of the quotes.
	speakers func() *entity.Directory
	// entities caches the corpora of the articles naming an entity.
	entities *cache[*timeline.Corpus]
}

func newSnapshot(arts []*news.Article) *snapshot {
	s := &snapshot{arts: arts, byID: make(map[string]int, len(arts)), entities: newCache[*timeline.Corpus](8, 0)}
	for i, a := range arts {
		s.byID[a.ID] = i
	}
	s.corpus = sync.OnceValue(func() *timeline.Corpus { return timeline.NewCorpus(s.arts, text.NewAnalyzer()) })
	s.index = sync.OnceValue(func() *searchIndex { return newSearchIndex(s.arts) })
	s.stats = sync.OnceValue(func() *Stats { return memoryStats(s.arts) })
	s.speakers = sync.OnceValue(func() *entity.Directory { return quotelist.Directory(s.arts) })
	return s
}

// Timeline builds the timeline over every article (or those naming
// req.Entity).
func (m *Memory) Timeline(ctx context.Context, req TimelineRequest) (*timeline.Timeline, error) {
	meth, err := methodOf(req)
	if err != nil {
		return nil, err
	}
	s := m.snap.Load()
	c := s.corpus()
	if req.Entity != "" {
		name := strings.Join(strings.Fields(req.Entity), " ")
		c, _, err = s.entities.get(ctx, name, func() (*timeline.Corpus, error) {
			return timeline.NewCorpus(filterEntity(s.arts, name), text.NewAnalyzer()), nil
		})
		if err != nil {
			return nil, err
		}
	}
	return buildTimeline(ctx, c, meth, req)
}

// Quotes lists the quotes of the articles req selects, their speakers
// named as the articles together name them.
func (m *Memory) Quotes(ctx context.Context, req QuotesRequest) (*QuotesResult, error) {
	s := m.snap.Load()
	dir := s.speakers()
	f := req.filter()
	var rows []quotelist.Row
	for _, a := range s.arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, r := range quotelist.Rows(a, f) {
			r.Canonical(dir)
			rows = append(rows, r)
		}
	}
	sortRows(rows)
	res := &QuotesResult{Speaker: req.Speaker, Quotes: rows[:min(len(rows), req.limit())]}
	res.More = len(rows) > len(res.Quotes)
	if res.Quotes == nil {
		res.Quotes = []quotelist.Row{}
	}
	return res, nil
}

// Search ranks the articles by BM25 over title and text terms. An empty
// query lists the articles in the window, oldest first.
func (m *Memory) Search(ctx context.Context, req SearchRequest) (*SearchResult, error) {
	s := m.snap.Load()
	limit := req.Limit
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	inWindow := func(a *news.Article) bool {
		d := a.PubDate()
		return (req.From.IsZero() || !d.Before(req.From)) && (req.To.IsZero() || !d.After(req.To))
	}
	res := &SearchResult{Query: req.Query, Hits: []Hit{}}
	if strings.TrimSpace(req.Query) == "" {
		var arts []*news.Article
		for _, a := range s.arts {
			if inWindow(a) {
				arts = append(arts, a)
			}
		}
		slices.SortStableFunc(arts, func(a, b *news.Article) int {
			return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.ID, b.ID))
		})
		for _, a := range arts[:min(limit, len(arts))] {
			res.Hits = append(res.Hits, hitOf(a, 0, nil))
		}
		return res, nil
	}
	terms := distinct(text.NewAnalyzer().Terms(req.Query))
	if len(terms) == 0 {
		return nil, Errorf(KindInvalid, "query %q has no searchable word", req.Query)
	}
	idx := s.index()
	type scored struct {
		i     int
		score float64
	}
	var hits []scored
	for i, a := range s.arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !inWindow(a) {
			continue
		}
		if sc := idx.score(i, terms); sc > 0 {
			hits = append(hits, scored{i, sc})
		}
	}
	slices.SortFunc(hits, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(s.arts[a.i].ID, s.arts[b.i].ID))
	})
	words := strings.Fields(strings.ToLower(req.Query))
	for _, h := range hits[:min(limit, len(hits))] {
		res.Hits = append(res.Hits, hitOf(s.arts[h.i], math.Round(h.score*1e4)/1e4, words))
	}
	return res, nil
}

func distinct(ss []string) []string {
	slices.Sort(ss)
	return slices.Compact(ss)
}

// hitOf describes a as a search hit; words are the lowercased query words
// that pick the snippet.
func hitOf(a *news.Article, score float64, words []string) Hit {
	return Hit{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published, Score: score, Snippet: snippet(a, words)}
}

// maxSnippet bounds a snippet, in runes.
const maxSnippet = 280

func snippet(a *news.Article, words []string) string {
	for _, s := range a.Sentences {
		low := strings.ToLower(s.Text)
		for _, w := range words {
			if strings.Contains(low, w) {
				return clip(s.Text, maxSnippet)
			}
		}
	}
	return clip(a.Text, maxSnippet)
}

// clip shortens s to at most n runes, on a space when it can.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// searchIndex holds per-article term frequencies for BM25.
type searchIndex struct {
	tf     []map[string]int32
	length []int32
	df     map[string]int
	avg    float64
}

func newSearchIndex(arts []*news.Article) *searchIndex {
	an := text.NewAnalyzer()
	x := &searchIndex{tf: make([]map[string]int32, len(arts)), length: make([]int32, len(arts)), df: map[string]int{}}
	var total int
	var buf []string
	for i, a := range arts {
		buf = an.AppendTerms(buf[:0], a.Title)
		buf = an.AppendTerms(buf, a.Text)
		tf := make(map[string]int32)
		for _, t := range buf {
			tf[t]++
		}
		for t := range tf {
			x.df[t]++
		}
		x.tf[i], x.length[i] = tf, int32(len(buf))
		total += len(buf)
	}
	if len(arts) > 0 {
		x.avg = float64(total) / float64(len(arts))
	}
	return x
}

// score is the BM25 score (k1 = 1.2, b = 0.75) of article i for terms.
func (x *searchIndex) score(i int, terms []string) float64 {
	const k1, b = 1.2, 0.75
	n := float64(len(x.tf))
	var s float64
	for _, t := range terms {
		f := float64(x.tf[i][t])
		if f == 0 {
			continue
		}
		df := float64(x.df[t])
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		s += idf * f * (k1 + 1) / (f + k1*(1-b+b*float64(x.length[i])/x.avg))
	}
	return s
}

// Article returns the article with the given ID.
func (m *Memory) Article(_ context.Context, id string) (*news.Article, error) {
	s := m.snap.Load()
	i, ok := s.byID[id]
	if !ok {
		return nil, Errorf(KindNotFound, "no article with id %q", id)
	}
	return s.arts[i], nil
}

// Stats summarises the articles.
func (m *Memory) Stats(context.Context) (*Stats, error) {
	st := *m.snap.Load().stats()
	return &st, nil
}

func memoryStats(arts []*news.Article) *Stats {
	st := &Stats{Backend: "memory", Articles: len(arts)}
	bySource := map[string]int{}
	for _, a := range arts {
		if len(a.Sentences) > 0 {
			st.Annotated++
		}
		st.Sentences += len(a.Sentences)
		for _, s := range a.Sentences {
			st.Mentions += len(s.Mentions)
		}
		st.Quotes += len(a.Quotes)
		bySource[a.Source]++
		d := a.PubDate()
		if st.FirstDay.IsZero() || d.Before(st.FirstDay) {
			st.FirstDay = d
		}
		if d.After(st.LastDay) {
			st.LastDay = d
		}
	}
	st.Sources = len(bySource)
	for src, n := range bySource {
		st.TopSources = append(st.TopSources, SourceCount{Source: src, Articles: n})
	}
	slices.SortFunc(st.TopSources, func(a, b SourceCount) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(a.Source, b.Source))
	})
	if len(st.TopSources) > 10 {
		st.TopSources = st.TopSources[:10]
	}
	return st
}

// Add annotates arts and adds them. An article whose ID is known with the
// same title, text and publication time is counted unchanged; with other
// content it is refused.
func (m *Memory) Add(ctx context.Context, arts []*news.Article) (*AddResult, error) {
	if err := m.an.All(ctx, arts, 0); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	old := m.snap.Load()
	res := &AddResult{}
	next := slices.Clone(old.arts)
	seen := maps.Clone(old.byID)
	for i, a := range arts {
		if j, ok := seen[a.ID]; ok {
			if sameContent(next[j], a) {
				res.Unchanged++
			} else {
				res.Errors = append(res.Errors, AddError{Index: i, ID: a.ID, Error: fmt.Sprintf("duplicate-id: id %q is already used by an article with other content", a.ID)})
			}
			continue
		}
		seen[a.ID] = len(next)
		next = append(next, a)
		res.Added++
	}
	if res.Added > 0 {
		m.snap.Store(newSnapshot(next))
	}
	return res, nil
}

func sameContent(a, b *news.Article) bool {
	return a.Title == b.Title && a.Text == b.Text && a.Source == b.Source && a.URL == b.URL && a.Published.Equal(b.Published)
}

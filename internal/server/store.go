package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quotelist"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Store is a [Backend] over a dateline store. A timeline request first
// retrieves the articles matching its query (full text, bm25, at most
// StoreOptions.MaxArticles, in the window), then builds the timeline from
// their stored annotations; articles stored without annotations are
// annotated on the fly.
type Store struct {
	db   *store.DB
	an   *annotate.Annotator
	opts StoreOptions
	// analyzers keeps warm text analyzers (they memoise stems and are not
	// safe for concurrent use).
	analyzers sync.Pool
	// corpora caches the indexed corpus of a retrieval (query words,
	// entity, window), so that timelines of other lengths or methods over
	// the same articles skip retrieval and indexing.
	corpora *cache[*timeline.Corpus]
	// articles caches decoded articles by ID: a stored article never
	// changes (the store refuses other content under a known ID), and
	// decoding annotations is most of the cost of a retrieval.
	articles *articleLRU
}

// StoreOptions configure [NewStore].
type StoreOptions struct {
	// MaxArticles caps the articles retrieved for one timeline; 0 means
	// DefaultMaxArticles.
	MaxArticles int
	// Annotator annotates added articles; nil means annotate.New().
	Annotator *annotate.Annotator
	// CorpusCache is the number of indexed corpora kept (about 25 MiB
	// per 1,500 articles); 0 means 4, a negative value turns it off.
	// CorpusTTL is how long one is used; 0 means 5 minutes. Articles
	// added through the backend clear the cache at once.
	CorpusCache int
	CorpusTTL   time.Duration
	// ArticleCache is the number of decoded articles kept; 0 means 4000,
	// a negative value turns it off.
	ArticleCache int
}

// DefaultMaxArticles is the default cap on the articles retrieved for one
// timeline.
const DefaultMaxArticles = 2000

// NewStore returns a backend over db. The caller keeps ownership of db.
func NewStore(db *store.DB, opts StoreOptions) *Store {
	if opts.MaxArticles <= 0 {
		opts.MaxArticles = DefaultMaxArticles
	}
	if opts.CorpusCache == 0 {
		opts.CorpusCache = 4
	}
	if opts.CorpusTTL <= 0 {
		opts.CorpusTTL = 5 * time.Minute
	}
	if opts.ArticleCache == 0 {
		opts.ArticleCache = 4000
	}
	an := opts.Annotator
	if an == nil {
		an = annotate.New()
	}
	s := &Store{db: db, an: an, opts: opts, corpora: newCache[*timeline.Corpus](opts.CorpusCache, opts.CorpusTTL),
		articles: newArticleLRU(opts.ArticleCache)}
	s.analyzers.New = func() any { return text.NewAnalyzer() }
	return s
}

// Timeline retrieves the articles for req and builds their timeline.
func (s *Store) Timeline(ctx context.Context, req TimelineRequest) (*timeline.Timeline, error) {
	meth, err := methodOf(req)
	if err != nil {
		return nil, err
	}
	key := strings.Join(strings.Fields(strings.ToLower(req.Query)), " ") + "|" + strings.Join(strings.Fields(req.Entity), " ") +
		"|" + dateKey(req.From) + "|" + dateKey(req.To)
	c, _, err := s.corpora.get(ctx, key, func() (*timeline.Corpus, error) { return s.retrieve(ctx, req) })
	if err != nil {
		return nil, err
	}
	return buildTimeline(ctx, c, meth, req)
}

// retrieve finds the articles for req by full-text search and indexes
// them.
func (s *Store) retrieve(ctx context.Context, req TimelineRequest) (*timeline.Corpus, error) {
	q := req.Query
	if strings.TrimSpace(q) == "" && req.Entity != "" {
		q = `"` + strings.ReplaceAll(req.Entity, `"`, " ") + `"`
	}
	arts, err := s.search(ctx, store.Query{Text: q, From: req.From, To: req.To, Limit: s.opts.MaxArticles})
	if err != nil {
		return nil, err
	}
	if req.Entity != "" {
		arts = filterEntity(arts, req.Entity)
	}
	// Relevance order is no concern of the engine; publication order
	// keeps its tie-breaking stable.
	slices.SortStableFunc(arts, func(a, b *news.Article) int {
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.ID, b.ID))
	})
	an := s.analyzers.Get().(*text.Analyzer)
	c := timeline.NewCorpus(arts, an)
	s.analyzers.Put(an)
	return c, nil
}

// search runs q and returns the hits with their annotations, decoding
// only the articles not in the article cache. Articles stored without
// annotations are annotated before they are cached or returned; cached
// articles are shared and never modified.
func (s *Store) search(ctx context.Context, q store.Query) ([]*news.Article, error) {
	if s.articles == nil {
		arts, err := s.db.Search(ctx, q)
		if err != nil {
			return nil, storeErr(err)
		}
		return arts, s.annotateBare(ctx, arts)
	}
	q.NoAnnotations = true
	hits, err := s.db.Search(ctx, q)
	if err != nil {
		return nil, storeErr(err)
	}
	out := make([]*news.Article, len(hits))
	var missing []string
	at := map[string]int{}
	for i, h := range hits {
		if a, ok := s.articles.get(h.ID); ok {
			out[i] = a
			continue
		}
		missing = append(missing, h.ID)
		at[h.ID] = i
	}
	if len(missing) > 0 {
		full, err := s.db.Articles(ctx, missing)
		if err != nil {
			return nil, err
		}
		if err := s.annotateBare(ctx, full); err != nil {
			return nil, err
		}
		for _, a := range full {
			out[at[a.ID]] = a
			s.articles.put(a)
		}
	}
	// An article deleted between the two queries is left out.
	return slices.DeleteFunc(out, func(a *news.Article) bool { return a == nil }), nil
}

// annotateBare annotates the articles that were stored without
// annotations.
func (s *Store) annotateBare(ctx context.Context, arts []*news.Article) error {
	var bare []*news.Article
	for _, a := range arts {
		if len(a.Sentences) == 0 {
			bare = append(bare, a)
		}
	}
	return s.an.All(ctx, bare, 0)
}

// storeErr turns store errors a client caused into *Error.
func storeErr(err error) error {
	switch {
	case errors.Is(err, store.ErrEmptyQuery):
		return &Error{Kind: KindInvalid, Msg: "query has no searchable word", Err: err}
	case errors.Is(err, store.ErrNotFound):
		return &Error{Kind: KindNotFound, Msg: "no such article", Err: err}
	}
	return err
}

// Search runs a full-text search in the store.
func (s *Store) Search(ctx context.Context, req SearchRequest) (*SearchResult, error) {
	limit := req.Limit
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	hits, err := s.db.SearchHits(ctx, store.Query{Text: req.Query, From: req.From, To: req.To, Limit: limit})
	if err != nil {
		return nil, storeErr(err)
	}
	res := &SearchResult{Query: req.Query, Hits: make([]Hit, 0, len(hits))}
	words := strings.Fields(strings.ToLower(req.Query))
	for _, h := range hits {
		res.Hits = append(res.Hits, hitOf(h.Article, math.Round(h.Score*1e4)/1e4, words))
	}
	return res, nil
}

// Article loads one stored article.
func (s *Store) Article(ctx context.Context, id string) (*news.Article, error) {
	arts, err := s.db.Articles(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, Errorf(KindNotFound, "no article with id %q", id)
	}
	return arts[0], nil
}

// Stats summarises the store.
// Quotes lists the stored quotes req selects (see quotelist.FromStore),
// reading articles oldest first until it has more than the limit.
func (s *Store) Quotes(ctx context.Context, req QuotesRequest) (*QuotesResult, error) {
	limit := req.limit()
	rows := []quotelist.Row{}
	enough := errors.New("enough")
	err := quotelist.FromStore(ctx, s.db, req.filter(), func(_ *news.Article, rs []quotelist.Row) error {
		rows = append(rows, rs...)
		if len(rows) > limit {
			return enough
		}
		return nil
	})
	if err != nil && !errors.Is(err, enough) {
		return nil, storeErr(err)
	}
	res := &QuotesResult{Speaker: req.Speaker, Quotes: rows[:min(len(rows), limit)]}
	res.More = len(rows) > limit
	return res, nil
}

func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	st, err := s.db.Stats(ctx)
	if err != nil {
		return nil, err
	}
	out := &Stats{
		Backend: "store", Articles: st.Articles, Annotated: st.Annotated, Sentences: st.Sentences,
		Mentions: st.Mentions, Quotes: st.Quotes, Sources: st.Sources, FirstDay: st.FirstDay, LastDay: st.LastDay,
		Groups: st.Groups, Folded: st.Folded,
	}
	for _, sc := range st.TopSources {
		out.TopSources = append(out.TopSources, SourceCount{Source: sc.Source, Articles: sc.Articles})
	}
	return out, nil
}

// Add annotates arts and stores them in one transaction.
func (s *Store) Add(ctx context.Context, arts []*news.Article) (*AddResult, error) {
	if err := s.an.All(ctx, arts, 0); err != nil {
		return nil, err
	}
	res := &AddResult{}
	index := make(map[string]int, len(arts))
	var batch []*store.Prepared
	for i, a := range arts {
		p, err := s.db.Prepare(a)
		if err != nil {
			res.Errors = append(res.Errors, AddError{Index: i, ID: a.ID, Error: docErrText(err)})
			continue
		}
		if _, dup := index[a.ID]; !dup {
			index[a.ID] = i
		}
		batch = append(batch, p)
	}
	pr, err := s.db.Put(ctx, batch)
	if err != nil {
		return nil, fmt.Errorf("storing %d articles: %w", len(batch), err)
	}
	res.Added, res.Unchanged, res.Folded = pr.Inserted, pr.Unchanged, pr.Folded
	if res.Added > 0 {
		s.corpora.clear()
	}
	for _, de := range pr.Errors {
		i, ok := index[de.Origin]
		if !ok {
			i = -1
		}
		id := de.Origin
		res.Errors = append(res.Errors, AddError{Index: i, ID: id, Error: docErrText(de)})
	}
	slices.SortStableFunc(res.Errors, func(a, b AddError) int { return cmp.Compare(a.Index, b.Index) })
	return res, nil
}

// docErrText is the client's view of a per-document error: its reason and
// detail, without the origin (the client knows which article it sent).
func docErrText(err error) string {
	var de *corpus.DocError
	if errors.As(err, &de) {
		if de.Err != nil {
			return string(de.Reason) + ": " + de.Err.Error()
		}
		return string(de.Reason)
	}
	return err.Error()
}

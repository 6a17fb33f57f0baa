package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/text"
)

// Query selects articles for [DB.Search].
type Query struct {
	// Text is free text. Words match in any form Porter stemming maps
	// together; "quoted phrases" match as phrases. By default an article
	// matches any word or phrase (ranked by bm25, so articles matching
	// more rank higher); with All it must match every one. Empty Text
	// selects every article in the date range, oldest first.
	Text string
	All  bool
	// From and To bound the publication day, both inclusive; a zero Date
	// leaves that side open.
	From, To news.Date
	// Limit caps the number of articles returned; 0 means no cap.
	Limit int
	// NoAnnotations skips loading sentences and quotes (faster when only
	// the text is needed).
	NoAnnotations bool
	// ByDate orders the articles matching Text oldest first instead of
	// best first (Limit still keeps the best matches).
	ByDate bool
}

// columns returns the article columns q loads, annotations last.
func (q Query) columns() string {
	if q.NoAnnotations {
		return articleCols + ", NULL"
	}
	return articleCols + ", a.annotations"
}

// limit returns q.Limit as SQL's LIMIT reads it (-1: no cap).
func (q Query) limit() int {
	if q.Limit <= 0 {
		return -1
	}
	return q.Limit
}

// Hit is one search result.
type Hit struct {
	Article *news.Article
	// Score is the bm25 relevance, higher is better (0 without Text).
	Score float64
}

// ErrEmptyQuery is returned for a query text with no searchable word.
var ErrEmptyQuery = errors.New("store: query has no searchable word")

// Search returns the articles matching q, best first (oldest first when
// q.Text is empty), with their annotations.
func (d *DB) Search(ctx context.Context, q Query) ([]*news.Article, error) {
	hits, err := d.SearchHits(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]*news.Article, len(hits))
	for i, h := range hits {
		out[i] = h.Article
	}
	return out, nil
}

const articleCols = "a.doc, a.id, a.source, a.url, a.title, a.published, a.updated, a.text, a.origin"

// SearchHits is [DB.Search] with relevance scores.
func (d *DB) SearchHits(ctx context.Context, q Query) ([]Hit, error) {
	cols := q.columns()
	if strings.TrimSpace(q.Text) != "" {
		docs, scores, err := d.rankDocs(ctx, q)
		if err != nil {
			return nil, err
		}
		arts, err := d.byDoc(ctx, cols, docs)
		if err != nil {
			return nil, err
		}
		hits := make([]Hit, len(docs))
		for i := range hits {
			hits[i] = Hit{Article: arts[i], Score: scores[i]}
		}
		return hits, nil
	}
	from, to := dayRange(q.From, q.To)
	rows, err := d.db.QueryContext(ctx, "SELECT "+cols+", 0 FROM articles a WHERE a.pub_day BETWEEN ? AND ? ORDER BY a.pub_day, a.doc LIMIT ?", from, to, q.limit())
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var score float64
		a, err := scanArticle(rows, &score)
		if err != nil {
			return nil, err
		}
		hits = append(hits, Hit{Article: a, Score: -score})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	return hits, nil
}

// rankDocs returns the internal numbers of the articles matching q's
// (non-empty) text in q's window, best first, with their bm25 scores
// (higher is better).
func (d *DB) rankDocs(ctx context.Context, q Query) ([]int64, []float64, error) {
	match, err := MatchExpr(q.Text, q.All)
	if err != nil {
		return nil, nil, err
	}
	from, to := dayRange(q.From, q.To)
	// Bound the full-text match by the range of internal numbers of the
	// articles in the date window, so FTS5 skips the rest of its lists
	// instead of matching the whole store and filtering after. Numbers
	// follow ingest order: for input in date order the bound is tight; in
	// any order it is a correct superset.
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if !q.From.IsZero() || !q.To.IsZero() {
		var mn, mx sql.NullInt64
		if err := d.db.QueryRowContext(ctx, "SELECT MIN(doc), MAX(doc) FROM articles WHERE pub_day BETWEEN ? AND ?", from, to).Scan(&mn, &mx); err != nil {
			return nil, nil, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		if !mn.Valid {
			return nil, nil, nil // no article in the window
		}
		lo, hi = mn.Int64, mx.Int64
	}
	// Rank on numbers only: sorting whole rows (text and annotations)
	// would spill the sorter to disk. The caller loads the rows.
	ranked, err := d.db.QueryContext(ctx, `SELECT a.doc, bm25(articles_fts) AS score
		FROM articles_fts JOIN articles a ON a.doc = articles_fts.rowid
		WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ? AND a.pub_day BETWEEN ? AND ?
		ORDER BY score, a.pub_day, a.doc LIMIT ?`, match, lo, hi, from, to, q.limit())
	if err != nil {
		return nil, nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer ranked.Close()
	var docs []int64
	var scores []float64
	for ranked.Next() {
		var doc int64
		var score float64
		if err := ranked.Scan(&doc, &score); err != nil {
			return nil, nil, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		docs, scores = append(docs, doc), append(scores, -score)
	}
	if err := ranked.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	if q.ByDate {
		// Numbers follow ingest order, so sort on the publication day
		// read back with the rows; a second query keeps the ranking one
		// cheap.
		if err := d.sortByDay(ctx, docs, scores); err != nil {
			return nil, nil, err
		}
	}
	return docs, scores, nil
}

// sortByDay reorders docs (and scores with them) by publication day, then
// internal number.
func (d *DB) sortByDay(ctx context.Context, docs []int64, scores []float64) error {
	day := make(map[int64]int, len(docs))
	const chunk = 5000
	for start := 0; start < len(docs); start += chunk {
		rows, err := d.db.QueryContext(ctx, "SELECT doc, pub_day FROM articles WHERE doc IN (SELECT value FROM json_each(?))", docList(docs[start:min(start+chunk, len(docs))]))
		if err != nil {
			return fmt.Errorf("store: sort by day: %w", err)
		}
		for rows.Next() {
			var doc int64
			var pd int
			if err := rows.Scan(&doc, &pd); err != nil {
				rows.Close()
				return fmt.Errorf("store: sort by day: %w", err)
			}
			day[doc] = pd
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: sort by day: %w", err)
		}
	}
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(day[docs[a]], day[docs[b]]), cmp.Compare(docs[a], docs[b]))
	})
	sd, ss := make([]int64, len(docs)), make([]float64, len(docs))
	for i, j := range idx {
		sd[i], ss[i] = docs[j], scores[j]
	}
	copy(docs, sd)
	copy(scores, ss)
	return nil
}

// byDoc loads the articles with the given internal numbers, in that order,
// decoding their annotations on every CPU while rows are read.
func (d *DB) byDoc(ctx context.Context, cols string, docs []int64) ([]*news.Article, error) {
	out := make([]*news.Article, len(docs))
	pos := make(map[int64]int, len(docs))
	for i, doc := range docs {
		pos[doc] = i
	}
	dc := newDecoder()
	err := d.loadRows(ctx, cols, docs, func(doc int64, a *news.Article, ann []byte) {
		dc.add(a, ann)
		out[pos[doc]] = a
	})
	// Always drain the decoder, so that no worker outlives the call.
	if derr := dc.wait(); err == nil {
		err = derr
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// loadRows reads the rows of the articles numbered docs, a few hundred per
// query, and passes each to use with its undecoded annotations.
func (d *DB) loadRows(ctx context.Context, cols string, docs []int64, use func(doc int64, a *news.Article, ann []byte)) error {
	const chunk = 500
	for start := 0; start < len(docs); start += chunk {
		part := docs[start:min(start+chunk, len(docs))]
		rows, err := d.db.QueryContext(ctx, "SELECT "+cols+", a.doc FROM articles a WHERE a.doc IN (SELECT value FROM json_each(?))", docList(part))
		if err != nil {
			return fmt.Errorf("store: load articles: %w", err)
		}
		for rows.Next() {
			var doc int64
			a, ann, err := scanArticleRaw(rows, &doc)
			if err != nil {
				rows.Close()
				return err
			}
			use(doc, a, ann)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: load articles: %w", err)
		}
	}
	return nil
}

// docList returns docs as a JSON array, for json_each.
func docList(docs []int64) string {
	b := []byte{'['}
	for i, doc := range docs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, doc, 10)
	}
	return string(append(b, ']'))
}

// dayRange turns an inclusive, possibly open, date range into day
// ordinals.
func dayRange(from, to news.Date) (int, int) {
	lo, hi := -1<<31, 1<<31-1
	if !from.IsZero() {
		lo = from.Ordinal()
	}
	if !to.IsZero() {
		hi = to.Ordinal()
	}
	return lo, hi
}

// MatchExpr turns free text into an FTS5 query: each word and each
// "quoted phrase" (text.QueryTerms; AND, OR and NOT are dropped) becomes a
// quoted FTS5 string of its words (so no word is read as FTS5 syntax),
// joined by OR, or by AND when all is true.
func MatchExpr(q string, all bool) (string, error) {
	var terms []string
	for _, t := range text.QueryTerms(q) {
		words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) > 0 {
			terms = append(terms, `"`+strings.Join(words, " ")+`"`)
		}
	}
	if len(terms) == 0 {
		return "", fmt.Errorf("%w: %q", ErrEmptyQuery, q)
	}
	op := " OR "
	if all {
		op = " AND "
	}
	return strings.Join(terms, op), nil
}

// scanArticle reads the columns of articleCols, then the annotations blob,
// then extra destinations.
func scanArticle(rows interface{ Scan(...any) error }, extra ...any) (*news.Article, error) {
	a, ann, err := scanArticleRaw(rows, extra...)
	if err != nil {
		return nil, err
	}
	if err := decodeAnnotations(a, ann); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return a, nil
}

// scanArticleRaw is scanArticle without decoding the annotations: it
// returns their blob.
func scanArticleRaw(rows interface{ Scan(...any) error }, extra ...any) (*news.Article, []byte, error) {
	var (
		doc                int64
		a                  news.Article
		published, updated string
		ann                []byte
	)
	dest := append([]any{&doc, &a.ID, &a.Source, &a.URL, &a.Title, &published, &updated, &a.Text, &a.Origin, &ann}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return nil, nil, fmt.Errorf("store: read article: %w", err)
	}
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return nil, nil, fmt.Errorf("store: article %s: published: %w", a.ID, err)
	}
	if a.Updated, err = parseTime(updated); err != nil {
		return nil, nil, fmt.Errorf("store: article %s: updated: %w", a.ID, err)
	}
	return &a, ann, nil
}

// decoder decodes annotation blobs on every CPU while the caller goes on
// reading rows.
type decoder struct {
	jobs chan decodeJob
	wg   sync.WaitGroup
	mu   sync.Mutex
	err  error
}

type decodeJob struct {
	a   *news.Article
	ann []byte
}

func newDecoder() *decoder {
	dc := &decoder{jobs: make(chan decodeJob, 256)}
	for range runtime.GOMAXPROCS(0) {
		dc.wg.Add(1)
		go func() {
			defer dc.wg.Done()
			for j := range dc.jobs {
				if err := decodeAnnotations(j.a, j.ann); err != nil {
					dc.mu.Lock()
					if dc.err == nil {
						dc.err = fmt.Errorf("store: %w", err)
					}
					dc.mu.Unlock()
				}
			}
		}()
	}
	return dc
}

// add queues a's blob; a is complete once wait returns.
func (dc *decoder) add(a *news.Article, ann []byte) {
	if len(ann) > 0 {
		dc.jobs <- decodeJob{a, ann}
	}
}

// wait finishes the queued work and returns the first error.
func (dc *decoder) wait() error {
	close(dc.jobs)
	dc.wg.Wait()
	return dc.err
}

// Articles returns the stored articles with the given IDs, in that order,
// with their annotations. Unknown IDs are left out.
func (d *DB) Articles(ctx context.Context, ids []string) ([]*news.Article, error) {
	st, err := d.db.PrepareContext(ctx, "SELECT "+articleCols+", a.annotations FROM articles a WHERE a.id = ?")
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	defer st.Close()
	out := make([]*news.Article, 0, len(ids))
	for _, id := range ids {
		a, err := scanArticle(st.QueryRowContext(ctx, id))
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Fold describes the near-duplicate group of an article.
type Fold struct {
	// Rep is the ID of the group's representative: the earliest
	// published member, then the smallest ID.
	Rep string
	// Members are the IDs of the group, representative first, then in
	// the same order.
	Members []string
	// Sources is the number of articles in the group; Independent counts
	// copies credited to one agency, and identical reprints, once.
	Sources, Independent int
}

// member is one row of a group.
type member struct {
	doc       int64
	id        string
	source    string
	title     string
	published time.Time
	wire      string
	body      uint64
	link      int64
	jaccard   float64
}

// Folds returns the near-duplicate group of each of the given article IDs
// (unknown IDs are left out of the map).
func (d *DB) Folds(ctx context.Context, ids []string) (map[string]Fold, error) {
	out := make(map[string]Fold, len(ids))
	byGroup := map[int64]Fold{}
	for _, id := range ids {
		var g int64
		err := d.db.QueryRowContext(ctx, "SELECT dup_group FROM articles WHERE id = ?", id).Scan(&g)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: folds: %w", err)
		}
		f, ok := byGroup[g]
		if !ok {
			ms, err := d.group(ctx, g)
			if err != nil {
				return nil, err
			}
			f = foldOf(ms)
			byGroup[g] = f
		}
		out[id] = f
	}
	return out, nil
}

func foldOf(ms []member) Fold {
	f := Fold{Sources: len(ms)}
	wires := make([]string, len(ms))
	bodies := make([]uint64, len(ms))
	for i, m := range ms {
		f.Members = append(f.Members, m.id)
		wires[i], bodies[i] = m.wire, m.body
	}
	if len(ms) > 0 {
		f.Rep = ms[0].id
	}
	f.Independent = dedup.Independent(wires, bodies)
	return f
}

// group loads the members of group g, representative first.
func (d *DB) group(ctx context.Context, g int64) ([]member, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT doc, id, source, title, published, wire, body, IFNULL(dup_link, 0), IFNULL(dup_jaccard, 0)
		FROM articles WHERE dup_group = ?`, g)
	if err != nil {
		return nil, fmt.Errorf("store: group %d: %w", g, err)
	}
	defer rows.Close()
	var ms []member
	for rows.Next() {
		var m member
		var pub string
		var body int64
		if err := rows.Scan(&m.doc, &m.id, &m.source, &m.title, &pub, &m.wire, &body, &m.link, &m.jaccard); err != nil {
			return nil, fmt.Errorf("store: group %d: %w", g, err)
		}
		m.body = uint64(body)
		if m.published, err = parseTime(pub); err != nil {
			return nil, fmt.Errorf("store: article %s: published: %w", m.id, err)
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: group %d: %w", g, err)
	}
	slices.SortFunc(ms, func(a, b member) int {
		if c := a.published.Compare(b.published); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return ms, nil
}

package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

// Prepared is an article ready to be stored: content-hashed, signed for
// near-duplicate detection and its annotations encoded. Preparing is CPU
// work that callers may spread over goroutines; [DB.Put] only writes.
type Prepared struct {
	Article *news.Article
	hash    [32]byte
	sig     dedup.Signature
	keys    []uint64
	ann     []byte
	day     int
	nSent   int
	nMent   int
}

// Prepare checks a and computes what storing it needs. It fails with a
// *corpus.DocError when a cannot be stored (no ID, no publication time).
func (d *DB) Prepare(a *news.Article) (*Prepared, error) {
	switch {
	case a == nil:
		return nil, errors.New("store: nil article")
	case a.ID == "":
		return nil, &corpus.DocError{Origin: a.Origin, Reason: corpus.ReasonMalformed, Err: errors.New("article has no id")}
	case a.Published.IsZero():
		return nil, &corpus.DocError{Origin: originOf(a), Reason: corpus.ReasonNoDate, Err: errors.New("article has no publication time")}
	}
	ann, err := encodeAnnotations(a)
	if err != nil {
		return nil, &corpus.DocError{Origin: originOf(a), Reason: corpus.ReasonMalformed, Err: err}
	}
	p := &Prepared{Article: a, hash: contentHash(a), ann: ann, nSent: len(a.Sentences), day: a.PubDate().Ordinal()}
	for _, s := range a.Sentences {
		p.nMent += len(s.Mentions)
	}
	p.sig = d.hasher.SignDoc(&dedup.Doc{ID: a.ID, Text: a.Text, Published: a.Published, Source: a.Source})
	p.keys = d.hasher.BandKeys(&p.sig)
	return p, nil
}

func originOf(a *news.Article) string {
	if a.Origin != "" {
		return a.Origin
	}
	return a.ID
}

// PutResult counts what one [DB.Put] did.
type PutResult struct {
	// Inserted articles are new; Unchanged ones were already stored with
	// the same content.
	Inserted, Unchanged int
	// Folded counts inserted articles that joined a group of near
	// duplicates.
	Folded int
	// Errors are the articles refused, one per document (a known ID with
	// different content). The rest of the batch is stored.
	Errors []*corpus.DocError
}

// foldSlack widens the MinHash pre-check before the exact Jaccard check:
// an estimate from 64 values has a standard deviation of about 0.06 near
// the threshold.
const foldSlack = 0.15

// BucketDays is the width of the publication periods the LSH index is
// clustered by. An article is compared with the stored articles of its
// period and of the nearer neighbouring one, so near duplicates published
// up to BucketDays/2 days apart are always found, and up to about
// 1.5×BucketDays days apart sometimes. Wire copies and rewrites appear
// within days of each other; a wider window would only add candidates.
const BucketDays = 14

// buckets returns the LSH periods an article published on day (an
// ordinal) is looked up in: its own first.
func buckets(day int) [2]int {
	b := floorDiv(day, BucketDays)
	if day-b*BucketDays < BucketDays/2 {
		return [2]int{b, b - 1}
	}
	return [2]int{b, b + 1}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Put stores a batch in one transaction. Articles already stored with the
// same content are skipped; an article whose ID is stored with different
// content is refused (reported in PutResult.Errors, reason duplicate-id).
// New articles are folded with their stored near duplicates. A returned
// error means nothing of the batch was stored.
func (d *DB) Put(ctx context.Context, batch []*Prepared) (PutResult, error) {
	d.lsh.mu.Lock()
	defer d.lsh.mu.Unlock()
	var (
		res    PutResult
		gen    int64
		staged map[int][]uint64
	)
	err := d.Transact(ctx, func(tx *sql.Tx) error {
		res = PutResult{}
		var err error
		if gen, err = d.lsh.sync(ctx, tx); err != nil {
			return err
		}
		staged, err = d.put(ctx, tx, batch, &res)
		return err
	})
	if err != nil {
		d.lsh.reset()
		return PutResult{}, err
	}
	if staged != nil {
		d.lsh.apply(gen, staged)
	}
	return res, nil
}

// newArticle is an article of the batch that will be inserted.
type newArticle struct {
	p     *Prepared
	doc   int64
	group int64
	link  int64
	jac   float64
	cands []candidate
}

type candidate struct {
	doc     int64
	group   int64
	minhash []uint32
	text    string // "" until loaded
	batch   int    // index in the batch's new articles, -1 for stored ones
}

// put does the work of Put inside tx. It returns the LSH entries it
// stored, by period, for the cache (nil when nothing was inserted).
func (d *DB) put(ctx context.Context, tx *sql.Tx, batch []*Prepared, res *PutResult) (map[int][]uint64, error) {
	// 1. Which articles are new.
	byID, err := tx.PrepareContext(ctx, "SELECT hash, text FROM articles WHERE id = ?")
	if err != nil {
		return nil, err
	}
	defer byID.Close()
	var next int64
	if err := tx.QueryRowContext(ctx, "SELECT IFNULL(MAX(doc), 0) + 1 FROM articles").Scan(&next); err != nil {
		return nil, err
	}
	firstNew := next
	var news_ []*newArticle
	inBatch := map[string]*Prepared{}
	for _, p := range batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a := p.Article
		var hash []byte
		var text string
		if q, ok := inBatch[a.ID]; ok {
			hash, text = q.hash[:], q.Article.Text
		} else {
			switch err := byID.QueryRowContext(ctx, a.ID).Scan(&hash, &text); {
			case errors.Is(err, sql.ErrNoRows):
				inBatch[a.ID] = p
				news_ = append(news_, &newArticle{p: p, doc: next})
				next++
				continue
			case err != nil:
				return nil, fmt.Errorf("store: article %s: %w", a.ID, err)
			}
		}
		if bytes.Equal(hash, p.hash[:]) {
			res.Unchanged++
			continue
		}
		what := "different metadata (source, url, title or dates)"
		if text != a.Text {
			what = "different text"
		}
		res.Errors = append(res.Errors, &corpus.DocError{Origin: originOf(a), Reason: corpus.ReasonDuplicate,
			Err: fmt.Errorf("id %q is already stored with %s", a.ID, what)})
	}
	if len(news_) == 0 {
		return nil, nil
	}

	// 2. Candidates among stored articles.
	if err := d.storedCandidates(ctx, tx, news_); err != nil {
		return nil, err
	}

	// 3. Fold each new article, in order, with stored candidates and the
	// batch's earlier articles.
	f := &folder{d: d, ctx: ctx, tx: tx, firstNew: firstNew, renamed: map[int64]int64{}}
	if err := f.foldAll(news_); err != nil {
		return nil, err
	}

	// 4. Write rows, full-text entries and LSH keys.
	insert, err := tx.PrepareContext(ctx, `INSERT INTO articles (doc, id, source, url, title, published, pub_day, updated, text, origin, hash,
		annotations, n_sentences, n_mentions, n_quotes, wire, body, minhash, dup_group, dup_link, dup_jaccard)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return nil, err
	}
	defer insert.Close()
	fts, err := tx.PrepareContext(ctx, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")
	if err != nil {
		return nil, err
	}
	defer fts.Close()
	speakers := map[string]int{}
	for _, n := range news_ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, a := n.p, n.p.Article
		var linkArg, jacArg any
		if n.link > 0 {
			linkArg, jacArg = n.link, n.jac
			res.Folded++
		}
		if _, err := insert.ExecContext(ctx, n.doc, a.ID, a.Source, a.URL, a.Title, formatTime(a.Published), p.day,
			formatTime(a.Updated), a.Text, a.Origin, p.hash[:], nullBytes(p.ann), p.nSent, p.nMent, len(a.Quotes),
			p.sig.Wire, int64(p.sig.Body), nullBytes(encodeMinHash(p.sig.MinHash)), f.resolve(n.group), linkArg, jacArg); err != nil {
			return nil, fmt.Errorf("store: article %s: %w", a.ID, err)
		}
		if _, err := fts.ExecContext(ctx, n.doc, a.Title, a.Text); err != nil {
			return nil, fmt.Errorf("store: article %s: full-text index: %w", a.ID, err)
		}
		speakerCounts(a, speakers)
		res.Inserted++
	}
	if err := addSpeakers(ctx, tx, speakers); err != nil {
		return nil, err
	}
	entries := map[int][]uint64{}
	for _, n := range news_ {
		b := buckets(n.p.day)[0]
		for _, k := range n.p.keys {
			entries[b] = append(entries[b], lshEntry(k, n.doc))
		}
	}
	if err := stageLSH(ctx, tx, d.lsh.gen, entries); err != nil {
		return nil, err
	}
	return entries, nil
}

func nullBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

// storedCandidates fills each new article's candidates among the stored
// articles: those sharing an LSH band key in one of its periods, found in
// the LSH cache period by period (so that the cache need hold one period at
// a time), then loaded (group, MinHash) in one query.
func (d *DB) storedCandidates(ctx context.Context, tx *sql.Tx, news_ []*newArticle) error {
	type lookup struct{ bucket, art int }
	var lookups []lookup
	for i, n := range news_ {
		if len(n.p.keys) == 0 {
			continue
		}
		for _, b := range buckets(n.p.day) {
			lookups = append(lookups, lookup{b, i})
		}
	}
	slices.SortFunc(lookups, func(a, b lookup) int { return cmp.Or(cmp.Compare(a.bucket, b.bucket), cmp.Compare(a.art, b.art)) })
	perArt := make([][]int64, len(news_))
	var bk *lshBucket
	for k, l := range lookups {
		if k == 0 || l.bucket != lookups[k-1].bucket {
			var err error
			if bk, err = d.lsh.bucket(ctx, tx, l.bucket); err != nil {
				return err
			}
		}
		for _, key := range news_[l.art].p.keys {
			perArt[l.art] = bk.docs(key, perArt[l.art])
		}
	}
	var all []int64
	for i, docs := range perArt {
		slices.Sort(docs)
		perArt[i] = slices.Compact(docs)
		all = append(all, perArt[i]...)
	}
	if len(all) == 0 {
		return nil
	}
	slices.Sort(all)
	all = slices.Compact(all)
	b := []byte{'['}
	for i, doc := range all {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, doc, 10)
	}
	b = append(b, ']')
	q, err := tx.QueryContext(ctx, "SELECT doc, dup_group, minhash FROM articles WHERE doc IN (SELECT value FROM json_each(?))", string(b))
	if err != nil {
		return err
	}
	defer q.Close()
	info := make(map[int64]candidate, len(all))
	for q.Next() {
		var c candidate
		var mh []byte
		if err := q.Scan(&c.doc, &c.group, &mh); err != nil {
			return err
		}
		c.minhash, c.batch = decodeMinHash(mh), -1
		info[c.doc] = c
	}
	if err := q.Err(); err != nil {
		return err
	}
	for i, docs := range perArt {
		for _, doc := range docs {
			if c, ok := info[doc]; ok {
				news_[i].cands = append(news_[i].cands, c)
			}
		}
	}
	return nil
}

// folder decides the groups of a batch's new articles.
type folder struct {
	d        *DB
	ctx      context.Context
	tx       *sql.Tx
	firstNew int64
	// renamed maps a group merged during this batch to the group it was
	// merged into.
	renamed map[int64]int64
	loadTxt *sql.Stmt
}

func (f *folder) resolve(g int64) int64 {
	for {
		r, ok := f.renamed[g]
		if !ok {
			return g
		}
		g = r
	}
}

func (f *folder) foldAll(news_ []*newArticle) error {
	// Earlier articles of the batch sharing a band key and a period.
	type slot struct {
		bucket int
		key    uint64
	}
	// seen chains the articles of each slot: the last one's index in
	// links, plus one; each link names an article and the link before it.
	type link struct{ art, prev int32 }
	nkeys := 0
	for _, n := range news_ {
		nkeys += len(n.p.keys)
	}
	seen := make(map[slot]int32, nkeys)
	links := make([]link, 0, nkeys)
	var batchCands []int
	mark := make([]int, len(news_)) // i+1 once news_[j] is a candidate of news_[i]
	for i, n := range news_ {
		if len(n.p.keys) == 0 {
			n.group = n.doc
			continue
		}
		batchCands = batchCands[:0]
		for _, b := range buckets(n.p.day) {
			for _, k := range n.p.keys {
				for l := seen[slot{b, k}]; l > 0; l = links[l-1].prev {
					if j := int(links[l-1].art); mark[j] != i+1 {
						mark[j] = i + 1
						batchCands = append(batchCands, j)
					}
				}
			}
		}
		slices.Sort(batchCands)
		for _, j := range batchCands {
			m := news_[j]
			n.cands = append(n.cands, candidate{doc: m.doc, group: m.group, minhash: m.p.sig.MinHash, text: m.p.Article.Text, batch: j})
		}
		if err := f.fold(n); err != nil {
			return fmt.Errorf("store: article %s: %w", n.p.Article.ID, err)
		}
		own := buckets(n.p.day)[0]
		for _, k := range n.p.keys {
			s := slot{own, k}
			links = append(links, link{int32(i), seen[s]})
			seen[s] = int32(len(links))
		}
		n.cands = nil
	}
	if f.loadTxt != nil {
		f.loadTxt.Close()
	}
	return nil
}

// fold verifies n's candidates and sets its group and link; when n bridges
// several groups they are merged into the oldest.
func (f *folder) fold(n *newArticle) error {
	opts := f.d.hasher.Options()
	var groups []int64
	for _, c := range n.cands {
		g := f.resolve(c.group)
		if slices.Contains(groups, g) {
			continue // already joined through another member
		}
		cs := dedup.Signature{MinHash: c.minhash}
		if dedup.Estimate(&n.p.sig, &cs) < opts.Threshold-foldSlack {
			continue
		}
		text := c.text
		if c.batch < 0 {
			var err error
			if text, err = f.storedText(c.doc); err != nil {
				return err
			}
		}
		cs = f.d.hasher.Sign(text)
		j := dedup.Jaccard(&n.p.sig, &cs)
		if j < opts.Threshold {
			continue
		}
		groups = append(groups, g)
		if j > n.jac {
			n.link, n.jac = c.doc, j
		}
	}
	if len(groups) == 0 {
		n.group = n.doc
		return nil
	}
	target := slices.Min(groups)
	n.group = target
	for _, g := range groups {
		if g == target {
			continue
		}
		f.renamed[g] = target
		if g < f.firstNew {
			if _, err := f.tx.ExecContext(f.ctx, "UPDATE articles SET dup_group = ? WHERE dup_group = ?", target, g); err != nil {
				return err
			}
		}
	}
	return nil
}

func (f *folder) storedText(doc int64) (string, error) {
	if f.loadTxt == nil {
		st, err := f.tx.PrepareContext(f.ctx, "SELECT text FROM articles WHERE doc = ?")
		if err != nil {
			return "", err
		}
		f.loadTxt = st
	}
	var text string
	err := f.loadTxt.QueryRowContext(f.ctx, doc).Scan(&text)
	return text, err
}

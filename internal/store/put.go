package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

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
	p := &Prepared{Article: a, hash: contentHash(a), ann: ann, nSent: len(a.Sentences)}
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

// Put stores a batch in one transaction. Articles already stored with the
// same content are skipped; an article whose ID is stored with different
// content is refused (reported in PutResult.Errors, reason duplicate-id).
// A returned error means nothing of the batch was stored.
func (d *DB) Put(ctx context.Context, batch []*Prepared) (PutResult, error) {
	var res PutResult
	err := d.Transact(ctx, func(tx *sql.Tx) error {
		res = PutResult{}
		w, err := d.newWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		for _, p := range batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := w.put(p, &res); err != nil {
				return fmt.Errorf("store: article %s: %w", p.Article.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return PutResult{}, err
	}
	return res, nil
}

// writer holds the prepared statements of one Put transaction.
type writer struct {
	ctx     context.Context
	d       *DB
	tx      *sql.Tx
	next    int64 // doc number of the next insert
	byID    *sql.Stmt
	insert  *sql.Stmt
	fts     *sql.Stmt
	cand    *sql.Stmt
	loadSig *sql.Stmt
	loadTxt *sql.Stmt
	lsh     *sql.Stmt
	stmts   []*sql.Stmt
}

func (d *DB) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx, d: d, tx: tx}
	if err := tx.QueryRowContext(ctx, "SELECT IFNULL(MAX(doc), 0) + 1 FROM articles").Scan(&w.next); err != nil {
		return nil, err
	}
	bands := d.hasher.Options().Bands
	qs := strings.TrimSuffix(strings.Repeat("?,", bands), ",")
	vals := strings.TrimSuffix(strings.Repeat("(?,?),", bands), ",")
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.byID, "SELECT doc, hash, text FROM articles WHERE id = ?"},
		{&w.insert, `INSERT INTO articles (doc, id, source, url, title, published, pub_day, updated, text, origin, hash,
			annotations, n_sentences, n_mentions, n_quotes, wire, body, minhash, dup_group, dup_link, dup_jaccard)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`},
		{&w.fts, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"},
		{&w.cand, "SELECT DISTINCT doc FROM lsh WHERE key IN (" + qs + ") ORDER BY doc"},
		{&w.loadSig, "SELECT minhash, dup_group FROM articles WHERE doc = ?"},
		{&w.loadTxt, "SELECT text FROM articles WHERE doc = ?"},
		{&w.lsh, "INSERT OR IGNORE INTO lsh (key, doc) VALUES " + vals},
	} {
		st, err := tx.PrepareContext(ctx, s.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare %q: %w", s.sql, err)
		}
		*s.dst = st
		w.stmts = append(w.stmts, st)
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

func (w *writer) put(p *Prepared, res *PutResult) error {
	a := p.Article
	var (
		doc  int64
		hash []byte
		text string
	)
	switch err := w.byID.QueryRowContext(w.ctx, a.ID).Scan(&doc, &hash, &text); {
	case err == nil:
		if bytes.Equal(hash, p.hash[:]) {
			res.Unchanged++
			return nil
		}
		what := "different metadata (source, url, title or dates)"
		if text != a.Text {
			what = "different text"
		}
		res.Errors = append(res.Errors, &corpus.DocError{Origin: originOf(a), Reason: corpus.ReasonDuplicate,
			Err: fmt.Errorf("id %q is already stored with %s", a.ID, what)})
		return nil
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}

	doc = w.next
	w.next++
	group, link, jac, err := w.fold(p)
	if err != nil {
		return err
	}
	if group == 0 {
		group = doc
	} else {
		res.Folded++
	}
	var linkArg, jacArg any
	if link > 0 {
		linkArg, jacArg = link, jac
	}
	if _, err := w.insert.ExecContext(w.ctx, doc, a.ID, a.Source, a.URL, a.Title, formatTime(a.Published), a.PubDate().Ordinal(),
		formatTime(a.Updated), a.Text, a.Origin, p.hash[:], nullBytes(p.ann), p.nSent, p.nMent, len(a.Quotes),
		p.sig.Wire, int64(p.sig.Body), nullBytes(encodeMinHash(p.sig.MinHash)), group, linkArg, jacArg); err != nil {
		return err
	}
	if _, err := w.fts.ExecContext(w.ctx, doc, a.Title, a.Text); err != nil {
		return err
	}
	if len(p.keys) > 0 {
		args := make([]any, 0, 2*len(p.keys))
		for _, k := range p.keys {
			args = append(args, int64(k), doc)
		}
		if _, err := w.lsh.ExecContext(w.ctx, args...); err != nil {
			return err
		}
	}
	res.Inserted++
	return nil
}

func nullBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

// fold finds the stored near duplicates of p. It returns the group p
// joins (0 for none), the document it was verified against and their
// Jaccard similarity. When p bridges several groups they are merged into
// the oldest.
func (w *writer) fold(p *Prepared) (group, link int64, jac float64, err error) {
	if len(p.keys) == 0 {
		return 0, 0, 0, nil
	}
	args := make([]any, len(p.keys))
	for i, k := range p.keys {
		args[i] = int64(k)
	}
	rows, err := w.cand.QueryContext(w.ctx, args...)
	if err != nil {
		return 0, 0, 0, err
	}
	var cands []int64
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return 0, 0, 0, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, 0, err
	}
	opts := w.d.hasher.Options()
	var groups []int64
	for _, c := range cands {
		var mh []byte
		var g int64
		if err := w.loadSig.QueryRowContext(w.ctx, c).Scan(&mh, &g); err != nil {
			return 0, 0, 0, err
		}
		if slices.Contains(groups, g) {
			continue // already joined through another member
		}
		cs := dedup.Signature{MinHash: decodeMinHash(mh)}
		if dedup.Estimate(&p.sig, &cs) < opts.Threshold-foldSlack {
			continue
		}
		var text string
		if err := w.loadTxt.QueryRowContext(w.ctx, c).Scan(&text); err != nil {
			return 0, 0, 0, err
		}
		cs = w.d.hasher.Sign(text)
		j := dedup.Jaccard(&p.sig, &cs)
		if j < opts.Threshold {
			continue
		}
		groups = append(groups, g)
		if j > jac {
			link, jac = c, j
		}
	}
	if len(groups) == 0 {
		return 0, 0, 0, nil
	}
	group = slices.Min(groups)
	for _, g := range groups {
		if g != group {
			if _, err := w.tx.ExecContext(w.ctx, "UPDATE articles SET dup_group = ? WHERE dup_group = ?", group, g); err != nil {
				return 0, 0, 0, err
			}
		}
	}
	return group, link, jac, nil
}

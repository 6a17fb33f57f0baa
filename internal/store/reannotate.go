package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dateline-news/dateline/internal/news"
)

// ReannotateResult counts what [DB.Reannotate] did.
type ReannotateResult struct {
	// Articles is the number of articles annotated again.
	Articles int
	// Damaged is the number among them whose stored annotations did not
	// decode: they were annotated from their text alone, sentences split
	// anew.
	Damaged int
}

// Reannotate annotates every stored article again, batch articles at a
// time in the order they were stored, and stores the new annotations in
// place of the old ones; then it rebuilds the speaker directory. annotate
// is called with each batch and fills each article's date mentions and
// quotes; it may work in parallel. The articles keep the sentences they
// were stored with (a reader's own split, as T17's, must survive), their
// mentions and quotes cleared before annotate sees them.
//
// Each batch is one transaction: an interrupted run leaves every article
// either with its old annotations or its new ones, and running it again
// completes it. progress, when not nil, is told how many articles are done
// after each batch.
func (d *DB) Reannotate(ctx context.Context, batch int, annotate func([]*news.Article) error, progress func(done int)) (ReannotateResult, error) {
	var res ReannotateResult
	if batch < 1 {
		return res, fmt.Errorf("store: reannotate: batch %d is less than 1", batch)
	}
	docs, err := d.allDocs(ctx)
	if err != nil {
		return res, err
	}
	for start := 0; start < len(docs); start += batch {
		part := docs[start:min(start+batch, len(docs))]
		arts := make([]*news.Article, 0, len(part))
		nums := make([]int64, 0, len(part))
		err := d.loadRows(ctx, articleCols+", a.annotations", part, func(doc int64, a *news.Article, ann []byte) {
			if decodeAnnotations(a, ann) != nil {
				res.Damaged++
				a.Sentences = nil
			}
			for i := range a.Sentences {
				a.Sentences[i].Mentions = nil
			}
			a.Quotes = nil
			arts = append(arts, a)
			nums = append(nums, doc)
		})
		if err != nil {
			return res, err
		}
		if err := annotate(arts); err != nil {
			return res, fmt.Errorf("store: reannotate: %w", err)
		}
		if err := d.storeAnnotations(ctx, nums, arts); err != nil {
			return res, err
		}
		res.Articles += len(arts)
		if progress != nil {
			progress(res.Articles)
		}
	}
	if err := d.rebuildSpeakers(ctx); err != nil {
		return res, err
	}
	return res, nil
}

// allDocs returns the number of every stored article, in storing order.
func (d *DB) allDocs(ctx context.Context) ([]int64, error) {
	rows, err := d.db.QueryContext(ctx, "SELECT doc FROM articles ORDER BY doc")
	if err != nil {
		return nil, fmt.Errorf("store: %s: list articles: %w", d.path, err)
	}
	defer rows.Close()
	var docs []int64
	for rows.Next() {
		var doc int64
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("store: %s: list articles: %w", d.path, err)
		}
		docs = append(docs, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: list articles: %w", d.path, err)
	}
	return docs, nil
}

// storeAnnotations writes the annotations of arts, stored as docs, in one
// transaction.
func (d *DB) storeAnnotations(ctx context.Context, docs []int64, arts []*news.Article) error {
	return d.Transact(ctx, func(tx *sql.Tx) error {
		up, err := tx.PrepareContext(ctx, "UPDATE articles SET annotations = ?, n_sentences = ?, n_mentions = ?, n_quotes = ? WHERE doc = ?")
		if err != nil {
			return fmt.Errorf("store: %s: reannotate: %w", d.path, err)
		}
		defer up.Close()
		for i, a := range arts {
			ann, err := encodeAnnotations(a)
			if err != nil {
				return fmt.Errorf("store: %s: reannotate: article %s: %w", d.path, a.ID, err)
			}
			nMent := 0
			for _, s := range a.Sentences {
				nMent += len(s.Mentions)
			}
			if _, err := up.ExecContext(ctx, nullBytes(ann), len(a.Sentences), nMent, len(a.Quotes), docs[i]); err != nil {
				return fmt.Errorf("store: %s: reannotate: article %s: %w", d.path, a.ID, err)
			}
		}
		return nil
	})
}

// rebuildSpeakers counts the speaker directory anew from the stored
// articles.
func (d *DB) rebuildSpeakers(ctx context.Context) error {
	return d.Transact(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM speakers"); err != nil {
			return fmt.Errorf("store: %s: speakers: %w", d.path, err)
		}
		if err := fillSpeakers(ctx, tx); err != nil {
			return fmt.Errorf("store: %s: %w", d.path, err)
		}
		return nil
	})
}

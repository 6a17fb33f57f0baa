package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// eachBatch is how many articles Each loads and decodes at a time.
const eachBatch = 1000

// Each calls fn with every article q selects, in Search's order (best
// first, or oldest first when q.Text is empty), loading them a batch at a
// time so that memory does not grow with the number of matches. It stops
// at the first error fn returns and returns it.
func (d *DB) Each(ctx context.Context, q Query, fn func(*news.Article) error) error {
	return d.each(ctx, q, eachBatch, fn)
}

// each is Each with the batch size given.
func (d *DB) each(ctx context.Context, q Query, batch int, fn func(*news.Article) error) error {
	var docs []int64
	if strings.TrimSpace(q.Text) != "" {
		var err error
		if docs, _, err = d.rankDocs(ctx, q); err != nil {
			return err
		}
	} else {
		from, to := dayRange(q.From, q.To)
		rows, err := d.db.QueryContext(ctx, "SELECT doc FROM articles WHERE pub_day BETWEEN ? AND ? ORDER BY pub_day, doc LIMIT ?", from, to, q.limit())
		if err != nil {
			return fmt.Errorf("store: list articles: %w", err)
		}
		for rows.Next() {
			var doc int64
			if err := rows.Scan(&doc); err != nil {
				rows.Close()
				return fmt.Errorf("store: list articles: %w", err)
			}
			docs = append(docs, doc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: list articles: %w", err)
		}
	}
	cols := q.columns()
	for start := 0; start < len(docs); start += batch {
		arts, err := d.byDoc(ctx, cols, docs[start:min(start+batch, len(docs))])
		if err != nil {
			return err
		}
		for _, a := range arts {
			if err := fn(a); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

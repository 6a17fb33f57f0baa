package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
)

// Speakers returns the store's speaker directory: every speaker name its
// quotes are attributed to, with the number of quotes, ready to map a name
// to the corpus's canonical form ([entity.Directory.Canonical]).
func (d *DB) Speakers(ctx context.Context) (*entity.Directory, error) {
	rows, err := d.db.QueryContext(ctx, "SELECT name, quotes FROM speakers ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("store: %s: speakers: %w", d.path, err)
	}
	defer rows.Close()
	dir := &entity.Directory{}
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return nil, fmt.Errorf("store: %s: speakers: %w", d.path, err)
		}
		dir.Add(name, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: speakers: %w", d.path, err)
	}
	return dir, nil
}

// speakerCounts adds the speakers of a's quotes to counts.
func speakerCounts(a *news.Article, counts map[string]int) {
	for _, q := range a.Quotes {
		if q.Speaker != "" {
			counts[q.Speaker]++
		}
	}
}

// addSpeakers adds counts to the speakers table.
func addSpeakers(ctx context.Context, tx *sql.Tx, counts map[string]int) error {
	if len(counts) == 0 {
		return nil
	}
	up, err := tx.PrepareContext(ctx, `INSERT INTO speakers (name, quotes) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET quotes = quotes + excluded.quotes`)
	if err != nil {
		return fmt.Errorf("store: speakers: %w", err)
	}
	defer up.Close()
	for name, n := range counts {
		if _, err := up.ExecContext(ctx, name, n); err != nil {
			return fmt.Errorf("store: speakers: %q: %w", name, err)
		}
	}
	return nil
}

// fillSpeakers is migration 2's Go step: it counts the speakers of the
// articles already stored. An article whose annotations do not decode is
// passed over (reading it reports the damage).
func fillSpeakers(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, text, annotations FROM articles WHERE n_quotes > 0")
	if err != nil {
		return fmt.Errorf("speakers: %w", err)
	}
	counts := map[string]int{}
	for rows.Next() {
		var a news.Article
		var ann []byte
		if err := rows.Scan(&a.ID, &a.Text, &ann); err != nil {
			rows.Close()
			return fmt.Errorf("speakers: %w", err)
		}
		if decodeAnnotations(&a, ann) != nil {
			continue // reading the article reports it; its quotes are lost either way
		}
		speakerCounts(&a, counts)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("speakers: %w", err)
	}
	return addSpeakers(ctx, tx, counts)
}

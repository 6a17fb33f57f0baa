package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

// Stats summarises a store. It depends only on the stored content, so it
// is identical between two calls when nothing was stored in between.
// Its JSON keys are those of the HTTP API's /api/stats.
type Stats struct {
	SchemaVersion int `json:"schema_version"`
	Articles      int `json:"articles"`
	// Annotated counts articles stored with annotations.
	Annotated int `json:"annotated"`
	Sentences int `json:"sentences"`
	Mentions  int `json:"mentions"`
	Quotes    int `json:"quotes"`
	Sources   int `json:"sources"`
	// FirstDay and LastDay are the earliest and latest publication days
	// (zero for an empty store).
	FirstDay news.Date `json:"first_day,omitzero"`
	LastDay  news.Date `json:"last_day,omitzero"`
	// Groups counts near-duplicate groups of two or more articles; Folded
	// counts the articles in them.
	Groups int `json:"groups"`
	Folded int `json:"folded"`
	// TopSources are the sources with the most articles, most first, at
	// most ten.
	TopSources []SourceCount `json:"top_sources"`
}

// SourceCount is the number of articles of one source.
type SourceCount struct {
	Source   string `json:"source"`
	Articles int    `json:"articles"`
}

// Stats computes the summary of the store.
func (d *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{SchemaVersion: SchemaVersion()}
	var first, last sql.NullInt64
	err := d.db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(annotations), IFNULL(SUM(n_sentences), 0), IFNULL(SUM(n_mentions), 0),
		IFNULL(SUM(n_quotes), 0), COUNT(DISTINCT source), MIN(pub_day), MAX(pub_day) FROM articles`).
		Scan(&s.Articles, &s.Annotated, &s.Sentences, &s.Mentions, &s.Quotes, &s.Sources, &first, &last)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	if first.Valid {
		s.FirstDay, s.LastDay = news.DateFromOrdinal(int(first.Int64)), news.DateFromOrdinal(int(last.Int64))
	}
	err = d.db.QueryRowContext(ctx, `SELECT COUNT(*), IFNULL(SUM(n), 0) FROM
		(SELECT COUNT(*) AS n FROM articles GROUP BY dup_group HAVING n > 1)`).Scan(&s.Groups, &s.Folded)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	rows, err := d.db.QueryContext(ctx, `SELECT source, COUNT(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source LIMIT 10`)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sc SourceCount
		if err := rows.Scan(&sc.Source, &sc.Articles); err != nil {
			return Stats{}, fmt.Errorf("store: stats: %w", err)
		}
		s.TopSources = append(s.TopSources, sc)
	}
	return s, rows.Err()
}

// String renders the stats for people, one fact per line.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "schema version   %d\n", s.SchemaVersion)
	fmt.Fprintf(&b, "articles         %d (%d annotated)\n", s.Articles, s.Annotated)
	fmt.Fprintf(&b, "sentences        %d\n", s.Sentences)
	fmt.Fprintf(&b, "date mentions    %d\n", s.Mentions)
	fmt.Fprintf(&b, "quotes           %d\n", s.Quotes)
	if !s.FirstDay.IsZero() {
		fmt.Fprintf(&b, "published        %s .. %s\n", s.FirstDay, s.LastDay)
	}
	fmt.Fprintf(&b, "near-duplicates  %d groups holding %d articles\n", s.Groups, s.Folded)
	fmt.Fprintf(&b, "sources          %d\n", s.Sources)
	for _, sc := range s.TopSources {
		name := sc.Source
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "  %-30s %d\n", name, sc.Articles)
	}
	return b.String()
}

// Member is an article as listed in an [Explanation].
type Member struct {
	ID        string
	Source    string
	Title     string
	Published time.Time
	// Wire is the news agency the article is credited to, if any.
	Wire string
}

// Explanation says why an article was folded with others.
type Explanation struct {
	Article Member
	// Group lists the article's group, representative first; a single
	// member means it was folded with nothing.
	Group []Member
	Fold  Fold
	// Link is the article it was verified against when stored (nil for the
	// first of its group), with Detail comparing the two.
	Link   *Member
	Detail *dedup.Explanation
}

// ErrNotFound is returned for an unknown article ID.
var ErrNotFound = errors.New("store: no such article")

// Explain says why the article with the given ID was folded with others:
// its group, the article it was matched with and the shingles, similarity
// and normalisations behind the match.
func (d *DB) Explain(ctx context.Context, id string) (*Explanation, error) {
	var g int64
	err := d.db.QueryRowContext(ctx, "SELECT dup_group FROM articles WHERE id = ?", id).Scan(&g)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: explain %s: %w", id, err)
	}
	ms, err := d.group(ctx, g)
	if err != nil {
		return nil, err
	}
	e := &Explanation{Fold: foldOf(ms)}
	var self *member
	byDoc := map[int64]*member{}
	for i := range ms {
		m := &ms[i]
		byDoc[m.doc] = m
		e.Group = append(e.Group, toMember(m))
		if m.id == id {
			self = m
			e.Article = toMember(m)
		}
	}
	// The article it was matched with when stored; for the first member
	// of a group, the next member that matched it.
	var other *member
	if self.link != 0 {
		other = byDoc[self.link]
	} else {
		for i := range ms {
			if ms[i].link == self.doc {
				other = &ms[i]
				break
			}
		}
	}
	if other == nil {
		return e, nil
	}
	lm := toMember(other)
	e.Link = &lm
	arts, err := d.Articles(ctx, []string{self.id, other.id})
	if err != nil {
		return nil, err
	}
	if len(arts) == 2 {
		x := d.hasher.Explain(docOf(arts[0]), docOf(arts[1]))
		e.Detail = &x
	}
	return e, nil
}

func toMember(m *member) Member {
	return Member{ID: m.id, Source: m.source, Title: m.title, Published: m.published, Wire: m.wire}
}

func docOf(a *news.Article) dedup.Doc {
	return dedup.Doc{ID: a.ID, Text: a.Text, Published: a.Published, Source: a.Source}
}

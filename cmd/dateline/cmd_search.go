package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/store"
)

type searchOptions struct {
	DB       string
	From, To string
	Limit    int
	All      bool
	JSON     bool
	Count    bool
}

func newSearchCommand() *cobra.Command {
	var opts searchOptions
	cmd := &cobra.Command{
		Use:   `search --db FILE [flags] "QUERY"`,
		Short: "Search the stored articles",
		Long: `search prints the stored articles that match QUERY, best first (bm25 over title
and text, with stemming). Words match any of them unless --all is given;
"quoted phrases" match as phrases. An empty QUERY ("") lists the articles of
the date range, oldest first. Each line shows the publication day, the
article ID, the number of near-duplicate copies stored (sources / independent)
and the title.`,
		Example: `  dateline search --db news.db "oil spill" --from 2010-04-20 --to 2010-06-30
  dateline search --db news.db '"general strike" pensions' --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "database file (required)")
	f.StringVar(&opts.From, "from", "", "first publication day, YYYY-MM-DD")
	f.StringVar(&opts.To, "to", "", "last publication day, YYYY-MM-DD")
	f.IntVarP(&opts.Limit, "limit", "n", 20, "at most this many articles (0: all)")
	f.BoolVar(&opts.All, "all", false, "every word must match")
	f.BoolVar(&opts.JSON, "json", false, "print JSON lines, one article per line")
	f.BoolVar(&opts.Count, "count", false, "print only the number of matching articles and the search time")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

// searchHit is one line of "dateline search --json".
type searchHit struct {
	ID          string    `json:"id"`
	Source      string    `json:"source,omitempty"`
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Published   time.Time `json:"published"`
	Score       float64   `json:"score"`
	Sentences   int       `json:"sentences"`
	Group       string    `json:"group"`
	Sources     int       `json:"sources"`
	Independent int       `json:"independent"`
}

func runSearch(ctx context.Context, opts searchOptions, stdout, stderr io.Writer, args []string) error {
	q := store.Query{Text: args[0], All: opts.All, Limit: opts.Limit}
	var err error
	if q.From, err = parseDayFlag("--from", opts.From); err != nil {
		return err
	}
	if q.To, err = parseDayFlag("--to", opts.To); err != nil {
		return err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return usageError{fmt.Errorf("--to %s is before --from %s", q.To, q.From)}
	}
	if opts.Limit < 0 {
		return usageError{errors.New("--limit must not be negative")}
	}
	db, err := store.Open(ctx, opts.DB, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	if opts.Count {
		q.Limit = 0
	}
	hits, err := db.SearchHits(ctx, q)
	if errors.Is(err, store.ErrEmptyQuery) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if opts.Count {
		fmt.Fprintf(stdout, "%s (%s)\n", render.Count(len(hits), "article"), time.Since(start).Round(time.Millisecond))
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Article.ID
	}
	folds, err := db.Folds(ctx, ids)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		a, f := h.Article, folds[h.Article.ID]
		if opts.JSON {
			if err := enc.Encode(searchHit{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published,
				Score: h.Score, Sentences: len(a.Sentences), Group: f.Rep, Sources: f.Sources, Independent: f.Independent}); err != nil {
				return err
			}
			continue
		}
		title := a.Title
		if title == "" {
			title = firstLine(a.Text, 80)
		}
		fmt.Fprintf(stdout, "%s  %-40s %2d/%-2d %s\n", a.PubDate(), render.Plain(a.ID), f.Sources, f.Independent, render.Plain(title))
	}
	return nil
}

// firstLine returns the first line of s, cut to about n bytes.
func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > n {
		cut := strings.LastIndexByte(s[:n], ' ')
		if cut < n/2 {
			cut = n
		}
		s = strings.ToValidUTF8(s[:cut], "") + "…"
	}
	return s
}

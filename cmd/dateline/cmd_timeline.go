package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/timeline"
)

type timelineOptions struct {
	Query     string
	Keywords  string
	Dates     int
	Sentences int
	From, To  string
	Format    string
	Method    string
	Entity    string
	DB        string
	Limit     int
}

func (o *timelineOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVarP(&o.Query, "query", "q", "", "topic query; its words are the keywords unless --keywords is given")
	f.StringVar(&o.Keywords, "keywords", "", "JSON file with a list of keywords (a sentence must contain one)")
	f.IntVarP(&o.Dates, "dates", "l", 10, "number of dates (L)")
	f.IntVarP(&o.Sentences, "sentences", "k", 1, "sentences per date (k)")
	f.StringVar(&o.From, "from", "", "first day of the window, YYYY-MM-DD")
	f.StringVar(&o.To, "to", "", "last day of the window, YYYY-MM-DD")
	f.StringVarP(&o.Format, "format", "f", "text", "output format: text, json, md, html, timelinejs or csv")
	f.StringVar(&o.Method, "method", "", "timeline method (default: the engine's default)")
	f.StringVar(&o.Entity, "entity", "", `a person or organisation: only sentences naming it (by any alias, e.g. "Putin" for "Vladimir Putin") or quoting it`)
	f.StringVar(&o.DB, "db", "", "build from this store (see ingest) instead of files: full-text retrieval narrows the corpus first")
	f.IntVar(&o.Limit, "limit", 20000, "with --db: at most this many retrieved articles (0: all)")
}

// build checks the flags and turns them into timeline options and an
// output format.
func (o *timelineOptions) build() (dateline.Options, render.Format, error) {
	var topts dateline.Options
	format, err := render.ParseFormat(o.Format)
	if err != nil {
		return topts, "", usageError{err}
	}
	if _, err := timeline.MethodByName(o.Method); err != nil {
		return topts, "", usageError{err}
	}
	if o.Dates < 1 || o.Sentences < 1 {
		return topts, "", usageError{fmt.Errorf("--dates and --sentences must be at least 1")}
	}
	if o.Entity != "" && !namesSomeone(o.Entity) {
		return topts, "", usageError{fmt.Errorf("--entity %q names no one: give a person's or organisation's name", o.Entity)}
	}
	if o.Limit < 0 {
		return topts, "", usageError{fmt.Errorf("--limit must not be negative (0: every retrieved article)")}
	}
	topts = dateline.Options{Query: o.Query, Entity: o.Entity, Dates: o.Dates, Sentences: o.Sentences,
		Method: o.Method, Activity: format == render.JSON}
	if topts.From, err = parseDayFlag("--from", o.From); err != nil {
		return topts, "", err
	}
	if topts.To, err = parseDayFlag("--to", o.To); err != nil {
		return topts, "", err
	}
	if !topts.From.IsZero() && !topts.To.IsZero() && topts.To.Before(topts.From) {
		return topts, "", usageError{fmt.Errorf("--to %s is before --from %s", topts.To, topts.From)}
	}
	if o.Keywords != "" {
		kw, err := readKeywords(o.Keywords)
		if err != nil {
			return topts, "", usageError{err}
		}
		topts.Keywords = kw
		if topts.Query == "" {
			topts.Query = strings.Join(kw, " ")
		}
	}
	return topts, format, nil
}

// namesSomeone reports whether name (a flag's person or organisation) has
// a letter or digit: "." or "-" would match punctuation, not a name.
func namesSomeone(name string) bool {
	return strings.IndexFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func parseDayFlag(name, v string) (news.Date, error) {
	if v == "" {
		return news.Date{}, nil
	}
	d, err := news.ParseDate(v)
	if err != nil {
		return d, usageError{fmt.Errorf("%s: %w", name, err)}
	}
	return d, nil
}

func readKeywords(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var kw []string
	if err := json.Unmarshal(b, &kw); err != nil {
		return nil, fmt.Errorf("%s: want a JSON list of strings: %w", path, err)
	}
	if len(kw) == 0 {
		return nil, fmt.Errorf("%s: the list of keywords is empty", path)
	}
	for i, k := range kw {
		if strings.TrimSpace(k) == "" {
			// An empty keyword is in every sentence: it would filter nothing.
			return nil, fmt.Errorf("%s: keyword %d is empty", path, i+1)
		}
	}
	return kw, nil
}

func newTimelineCommand() *cobra.Command {
	var opts timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline [flags] PATH...",
		Short: "Build a timeline from the articles under PATH",
		Long: `timeline reads every article under the given files and folders (plain text with
a "date YYYY-MM-DD" first line, JSONL(.gz), HTML, WARC, RSS/Atom, and the T17 and
news-tls benchmark layouts), resolves their date mentions, and prints a timeline:
the key dates, each with a short summary whose sentences name their source.`,
		Example: `  dateline timeline --query "harbour strike" --dates 8 articles/
  dateline timeline --keywords keywords.json --format json --from 2010-04-20 corpus/
  dateline timeline --entity "Vladimir Putin" --format md corpus/
  dateline timeline --db news.db --query "oil spill" --from 2010-04-20 --to 2010-09-30`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("limit") && opts.DB == "" {
				return usageError{fmt.Errorf("--limit does nothing without --db")}
			}
			return runTimeline(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	opts.addFlags(cmd)
	return cmd
}

func runTimeline(ctx context.Context, opts timelineOptions, stdout, stderr io.Writer, args []string) error {
	topts, format, err := opts.build()
	if err != nil {
		return err
	}
	if opts.DB != "" {
		if len(args) > 0 {
			return usageError{fmt.Errorf("give either --db or input paths, not both")}
		}
		return runTimelineFromStore(ctx, opts, topts, format, stdout, stderr)
	}
	arts, tally, err := loadArticles(ctx, args, stderr)
	if err != nil {
		return err
	}
	tl, err := dateline.Build(ctx, arts, topts)
	if err != nil {
		return err
	}
	if err := render.Write(stdout, tl, format); err != nil {
		return err
	}
	return finish(stderr, tally)
}

// runTimelineFromStore retrieves the articles matching the query (or
// entity) in the window from the store and builds the timeline from their
// stored annotations.
func runTimelineFromStore(ctx context.Context, opts timelineOptions, topts dateline.Options, format render.Format, stdout, stderr io.Writer) error {
	db, err := store.Open(ctx, opts.DB, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	q := strings.TrimSpace(strings.Join(append([]string{topts.Query, topts.Entity}, topts.Keywords...), " "))
	arts, err := db.Search(ctx, store.Query{Text: q, From: topts.From, To: topts.To, Limit: opts.Limit})
	if errors.Is(err, store.ErrEmptyQuery) {
		return usageError{fmt.Errorf("searching %s: --query, --entity and --keywords give no searchable word: %w", opts.DB, err)}
	}
	if err != nil {
		return fmt.Errorf("searching %s: %w", opts.DB, err)
	}
	fmt.Fprintf(stderr, "retrieved %s from %s\n", render.Count(len(arts), "article"), opts.DB)
	tl, err := dateline.Build(ctx, arts, topts)
	if err != nil {
		return err
	}
	return render.Write(stdout, tl, format)
}

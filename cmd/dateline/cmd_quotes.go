package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/quotelist"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
)

// quotesOptions are the flags of "dateline quotes".
type quotesOptions struct {
	DB       string
	Speaker  string
	From     string
	To       string
	JSON     bool
	Speakers bool
}

func newQuotesCommand() *cobra.Command {
	var opts quotesOptions
	cmd := &cobra.Command{
		Use:   "quotes [flags] (--db FILE | PATH...)",
		Short: "List the quotes in articles with their speakers",
		Long: `quotes reads articles (files or folders, any input format), finds the
quotations and reported speech in them, attributes each to a speaker, and
lists them as a table or, with --json, as one JSON object per line.

With --db it lists the quotes found when the articles were ingested into
that store instead (see ingest), oldest article first.

Speakers are named as the corpus names them: an article that only writes
"Mr Putin" has its quotes listed under "Vladimir Putin" when that is how the
other articles name him, unless the surname is shared by several people
("Clinton"); speaker_mention keeps the words of the article.

--speaker keeps the quotes of one entity, matched by any variant of its name
("Putin" matches "Vladimir Putin" and the other way round).

A quote is dated by the day it was said when the article names it beside
the reporting words ("Putin said on Friday", "..., she told reporters
Sunday"), else by the article's publication; "published" gives the latter.
--from and --to (YYYY-MM-DD, inclusive) keep the quotes said in that span;
with --db, they are looked for in articles published from --from to a week
after --to.`,
		Example: `  dateline quotes --speaker "Vladimir Putin" --json news/
  dateline quotes --db news.db --speaker Putin --from 2017-06-01 --to 2017-06-30`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runQuotes(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "read the quotes stored in this database instead of input paths")
	f.StringVar(&opts.Speaker, "speaker", "", "keep quotes by this speaker (any name variant)")
	f.StringVar(&opts.From, "from", "", "keep quotes said on or after this day (YYYY-MM-DD)")
	f.StringVar(&opts.To, "to", "", "keep quotes said on or before this day (YYYY-MM-DD)")
	f.BoolVar(&opts.JSON, "json", false, "print JSON lines instead of a table")
	f.BoolVar(&opts.Speakers, "speakers", false, "list who is quoted (quotes, articles, first and last day) instead of the quotes")
	return cmd
}

func runQuotes(ctx context.Context, opts quotesOptions, stdout, stderr io.Writer, args []string) error {
	var flt quotelist.Filter
	var err error
	if opts.From != "" {
		if flt.From, err = news.ParseDate(opts.From); err != nil {
			return usageError{fmt.Errorf("quotes: --from: %w", err)}
		}
	}
	if opts.To != "" {
		if flt.To, err = news.ParseDate(opts.To); err != nil {
			return usageError{fmt.Errorf("quotes: --to: %w", err)}
		}
	}
	if !flt.From.IsZero() && !flt.To.IsZero() && flt.To.Before(flt.From) {
		return usageError{fmt.Errorf("quotes: --to %s is before --from %s", flt.To, flt.From)}
	}
	flt.Speaker = strings.TrimSpace(opts.Speaker)
	if opts.Speaker != "" && !namesSomeone(flt.Speaker) {
		return usageError{fmt.Errorf("quotes: --speaker %q names no one: give a name", opts.Speaker)}
	}
	switch {
	case opts.DB != "" && len(args) > 0:
		return usageError{fmt.Errorf("quotes: give either --db or input paths, not both")}
	case opts.DB == "" && len(args) == 0:
		return usageError{fmt.Errorf("quotes: give input paths or --db")}
	}

	// The rows come from articles read and annotated here, or from the
	// quotes a store keeps; filtering and printing are the same.
	var tally corpus.Tally
	var rows iter.Seq[quotelist.Row]
	var storeErr error
	if opts.DB != "" {
		db, err := store.Open(ctx, opts.DB, store.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer db.Close()
		rows = quoteRowsFromStore(ctx, db, flt, &tally, &storeErr)
	} else {
		rows = quoteRowsFromArticles(corpus.Read(ctx, args, readOptions()), flt, &tally, stderr)
	}

	print := printQuotes
	if opts.Speakers {
		print = printSpeakers
	}
	if err := print(stdout, rows, opts.JSON); err != nil {
		return err
	}
	if errors.Is(storeErr, store.ErrEmptyQuery) {
		return usageError{fmt.Errorf("quotes: --speaker %q has no searchable word", opts.Speaker)}
	}
	if storeErr != nil {
		return fmt.Errorf("quotes: %s: %w", opts.DB, storeErr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "dateline: quotes: "+tally.String())
	if tally.SkippedTotal() > 0 {
		return fmt.Errorf("quotes: %w", errSkipped)
	}
	return nil
}

// printQuotes writes rows as a table or as JSON lines.
func printQuotes(w io.Writer, rows iter.Seq[quotelist.Row], asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSPEAKER\tVERB\tQUOTE\tDOC")
	for r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Date, clip(orDash(r.Speaker, described(r.SpeakerMention, r.SpeakerDescription)), 60), clip(r.Verb, 30), clip(r.Quote, 80), render.Plain(r.Doc))
	}
	return tw.Flush()
}

// speakerRow is one line of "dateline quotes --speakers" output.
type speakerRow struct {
	Speaker  string `json:"speaker"`
	Quotes   int    `json:"quotes"`
	Direct   int    `json:"direct"`
	Articles int    `json:"articles"`
	First    string `json:"first"`
	Last     string `json:"last"`
}

// printSpeakers writes who is quoted in rows, most quoted first: each
// named speaker's quotes (all and direct), the articles quoting them, and
// the first and last publication days. Quotes with no named speaker are
// not counted.
func printSpeakers(w io.Writer, rows iter.Seq[quotelist.Row], asJSON bool) error {
	bySpeaker := map[string]*speakerRow{}
	docs := map[string]map[string]bool{}
	for r := range rows {
		if r.Speaker == "" {
			continue
		}
		s := bySpeaker[r.Speaker]
		if s == nil {
			s = &speakerRow{Speaker: r.Speaker, First: r.Date, Last: r.Date}
			bySpeaker[r.Speaker] = s
			docs[r.Speaker] = map[string]bool{}
		}
		s.Quotes++
		if r.Direct {
			s.Direct++
		}
		if !docs[r.Speaker][r.Doc] {
			docs[r.Speaker][r.Doc] = true
			s.Articles++
		}
		s.First, s.Last = min(s.First, r.Date), max(s.Last, r.Date)
	}
	out := slices.SortedFunc(maps.Values(bySpeaker), func(a, b *speakerRow) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.Speaker, b.Speaker))
	})
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, s := range out {
			if err := enc.Encode(s); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tQUOTES\tDIRECT\tARTICLES\tFIRST\tLAST")
	for _, s := range out {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\n", render.Plain(s.Speaker), s.Quotes, s.Direct, s.Articles, s.First, s.Last)
	}
	return tw.Flush()
}

// quoteRowsFromArticles annotates each article read and yields the rows
// that pass flt, counting documents in tally and reporting skipped ones.
// Speakers get the corpus's canonical names, so the rows come once every
// article is read.
func quoteRowsFromArticles(arts iter.Seq2[*news.Article, error], flt quotelist.Filter, tally *corpus.Tally, stderr io.Writer) iter.Seq[quotelist.Row] {
	return func(yield func(quotelist.Row) bool) {
		var x quote.Extractor
		dates := &annotate.Annotator{Splitter: annotate.SplitFunc(text.Sentences), Tagger: temporal.New(temporal.Options{})}
		var dir entity.Directory
		var rows []quotelist.Row
		for a, err := range arts {
			tally.Add(a, err)
			if err != nil {
				fmt.Fprintf(stderr, "dateline: quotes: skipped: %v\n", err)
				continue
			}
			// Every article read names speakers, in the date span or not,
			// as every article of a store does. Dates are tagged first:
			// a quote is dated by the day its reporting words name.
			dates.Annotate(a)
			x.Annotate(a)
			for _, q := range a.Quotes {
				dir.Add(q.Speaker, 1)
			}
			rows = append(rows, quotelist.Rows(a, flt)...)
		}
		for _, r := range rows {
			r.Canonical(&dir)
			if !yield(r) {
				return
			}
		}
	}
}

// quoteRowsFromStore yields the stored quotes of the articles of db that
// pass flt (see quotelist.FromStore), counting the articles in tally. A
// store error ends the sequence and is left in *errp.
func quoteRowsFromStore(ctx context.Context, db *store.DB, flt quotelist.Filter, tally *corpus.Tally, errp *error) iter.Seq[quotelist.Row] {
	return func(yield func(quotelist.Row) bool) {
		stop := errors.New("stop")
		err := quotelist.FromStore(ctx, db, flt, func(a *news.Article, rows []quotelist.Row) error {
			tally.Add(a, nil)
			for _, r := range rows {
				if !yield(r) {
					return stop
				}
			}
			return nil
		})
		if err != nil && !errors.Is(err, stop) {
			*errp = err
		}
	}
}

// described joins a speaker's mention and the phrase that introduced an
// unnamed speaker: "he: a resident of Misrata".
func described(mention, desc string) string {
	if desc == "" {
		return mention
	}
	if mention == "" {
		return desc
	}
	return mention + ": " + desc
}

func orDash(s, alt string) string {
	switch {
	case s != "":
		return s
	case alt != "":
		return "(" + alt + ")"
	}
	return "-"
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(render.Plain(s)), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
)

type datesOptions struct {
	JSON bool
	All  bool
}

// dateRow is one line of "dateline dates": a mention and where it was found.
type dateRow struct {
	Doc         string           `json:"doc"`
	Source      string           `json:"source,omitempty"`
	Published   news.Date        `json:"published"`
	Sentence    int              `json:"sentence"`
	Text        string           `json:"mention"`
	Type        news.TimexType   `json:"type"`
	Value       string           `json:"value"`
	Resolved    string           `json:"resolved,omitempty"`
	Granularity news.Granularity `json:"granularity"`
	Relative    bool             `json:"relative"`
	Context     string           `json:"sentence_text"`
}

func newDatesCommand() *cobra.Command {
	var opts datesOptions
	cmd := &cobra.Command{
		Use:   "dates [--json] PATH...",
		Short: "List every date mention found, and the day it resolves to",
		Long: `dates prints each time expression the engine found in the articles under PATH:
the document, the sentence, the mention text, the resolved day (or month, year),
its granularity, and whether it was resolved relative to the publication date.
Durations, times of day and sets are listed too with --all.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDates(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object per line")
	cmd.Flags().BoolVar(&opts.All, "all", false, "also list durations, sets and mentions that resolve to no calendar period")
	return cmd
}

func runDates(ctx context.Context, opts datesOptions, stdout, stderr io.Writer, args []string) error {
	arts, tally, err := loadArticles(ctx, args, stderr)
	if err != nil {
		return err
	}
	an := &annotate.Annotator{Splitter: annotate.SplitFunc(text.Sentences), Tagger: temporal.New(temporal.Options{})}
	if err := an.All(ctx, arts, 0); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	if !opts.JSON {
		fmt.Fprintln(tw, "doc\tpublished\tsent\tmention\tresolved\tgranularity\tvalue")
	}
	for _, a := range arts {
		for _, s := range a.Sentences {
			for _, m := range s.Mentions {
				if m.Granularity == news.GranNone && !opts.All {
					continue
				}
				r := dateRow{Doc: a.ID, Source: a.Source, Published: a.PubDate(), Sentence: s.Index, Text: m.Text,
					Type: m.Type, Value: m.Value, Granularity: m.Granularity, Relative: m.Relative, Context: s.Text}
				if m.Granularity != news.GranNone {
					r.Resolved = m.Date.String()
				}
				if opts.JSON {
					if err := enc.Encode(r); err != nil {
						return err
					}
					continue
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", render.Plain(r.Doc), r.Published, r.Sentence, render.Plain(r.Text), orDash(r.Resolved, ""), r.Granularity, r.Value)
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return finish(stderr, tally)
}

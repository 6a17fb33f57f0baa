package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/timeline"
)

type demoOptions struct {
	Format    string
	Dates     int
	Sentences int
	// Serve serves the demo corpus over HTTP instead (see cmd_serve.go).
	Serve bool
	listenOptions
}

func newDemoCommand() *cobra.Command {
	var opts demoOptions
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Print a timeline built from the sample corpus inside the binary",
		Long: `demo builds a timeline from a small fictional news story embedded in the binary
(the Lowen Dam spillway failure: 30+ articles from four invented outlets, as plain
text, JSONL and gzipped JSONL) and prints it. No files or downloads are needed.

With --serve it serves the demo corpus in memory instead: the web page at / and
the JSON API of "dateline serve".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := demoFlagsApply(cmd, opts.Serve); err != nil {
				return err
			}
			if opts.Serve {
				return runDemoServe(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
			}
			return runDemo(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: text, json, md, html, timelinejs or csv")
	f.IntVarP(&opts.Dates, "dates", "l", len(demo.KeyEvents()), "number of dates")
	f.IntVarP(&opts.Sentences, "sentences", "k", 1, "sentences per date")
	f.BoolVar(&opts.Serve, "serve", false, "serve the demo corpus over HTTP (web page and API) instead of printing")
	opts.addFlags(cmd)
	return cmd
}

// demoFlagsApply refuses the flags that would do nothing: the printing
// flags with --serve, the serving flags without it.
func demoFlagsApply(cmd *cobra.Command, serve bool) error {
	unused := []string{"addr", "token", "log-format", "cache"}
	why := "without --serve"
	if serve {
		unused, why = []string{"format", "dates", "sentences"}, "with --serve (the web page chooses)"
	}
	for _, name := range unused {
		if cmd.Flags().Changed(name) {
			return usageError{fmt.Errorf("demo: --%s does nothing %s", name, why)}
		}
	}
	return nil
}

func runDemo(ctx context.Context, opts demoOptions, stdout io.Writer) error {
	format, err := render.ParseFormat(opts.Format)
	if err != nil {
		return usageError{err}
	}
	if opts.Dates < 1 || opts.Sentences < 1 {
		return usageError{fmt.Errorf("--dates and --sentences must be at least 1")}
	}
	tl, err := demoTimeline(ctx, opts.Dates, opts.Sentences, format == render.JSON)
	if err != nil {
		return err
	}
	return render.Write(stdout, tl, format)
}

// demoTimeline builds the default method's timeline of the demo corpus.
func demoTimeline(ctx context.Context, dates, sentences int, activity bool) (*timeline.Timeline, error) {
	arts, err := demo.Articles(ctx)
	if err != nil {
		return nil, err
	}
	opts := dateline.Options{Query: demo.Query, Keywords: demo.Keywords(), Dates: dates, Sentences: sentences, Activity: activity}
	return dateline.Build(ctx, arts, opts)
}

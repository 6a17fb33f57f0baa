package main

import (
	"context"
	"fmt"
	"io"
	"net/url"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/server"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

type demoOptions struct {
	Format    string
	Dates     int
	Sentences int
	Serve     bool
	listenOptions
}

func newDemoCommand() *cobra.Command {
	var opts demoOptions
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Show a timeline of the built-in demo corpus, or serve it",
		Long: `demo reads the built-in demo corpus (an invented story told by four invented
outlets), annotates it and prints its timeline for the story's query.

With --serve it serves the demo corpus in memory instead: the web page at /
and the JSON API of "dateline serve" (articles added through the API are kept
in memory only).`,
		Example: `  dateline demo
  dateline demo --format md
  dateline demo --serve --addr 127.0.0.1:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: text, json, md, html, timelinejs or csv")
	f.IntVarP(&opts.Dates, "dates", "l", 10, "number of dates (L)")
	f.IntVarP(&opts.Sentences, "sentences", "k", 1, "sentences per date (k)")
	f.BoolVar(&opts.Serve, "serve", false, "serve the demo corpus over HTTP instead of printing")
	opts.addFlags(cmd)
	return cmd
}

func runDemo(ctx context.Context, opts demoOptions, stdout, stderr io.Writer, _ []string) error {
	format, err := render.ParseFormat(opts.Format)
	if err != nil {
		return usageError{err}
	}
	if opts.Dates < 1 || opts.Sentences < 1 {
		return usageError{fmt.Errorf("--dates and --sentences must be at least 1")}
	}
	if opts.Serve {
		if err := opts.check(); err != nil {
			return err
		}
	}
	arts, err := demo.Articles(ctx)
	if err != nil {
		return err
	}
	an := annotate.New()
	if err := an.All(ctx, arts, 0); err != nil {
		return err
	}
	if opts.Serve {
		fmt.Fprintf(stdout, "demo corpus: %d articles; try http://%s/?q=%s\n", len(arts), opts.Addr, url.QueryEscape(demo.Query))
		return opts.serve(ctx, server.NewMemory(arts, an), "the demo corpus", stdout, stderr)
	}
	m, err := timeline.MethodByName("")
	if err != nil {
		return err
	}
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	tl, err := timeline.Build(ctx, c, m, timeline.Options{
		Query: demo.Query, Keywords: demo.Keywords(), Dates: opts.Dates, Sentences: opts.Sentences,
		Activity: format == render.JSON,
	})
	if err != nil {
		return err
	}
	return render.Write(stdout, tl, format)
}

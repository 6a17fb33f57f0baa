package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/server"
	"github.com/dateline-news/dateline/internal/store"
)

// tokenEnv is read when --token is not given, so that the token need not
// appear in the process list.
const tokenEnv = "DATELINE_TOKEN"

// listenOptions are the flags of every command that serves HTTP.
type listenOptions struct {
	Addr      string
	Token     string
	LogFormat string
	Cache     int
}

func (o *listenOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.Addr, "addr", server.DefaultAddr, "listen address host:port (beyond loopback a --token is required)")
	f.StringVar(&o.Token, "token", "", "bearer token required to add articles (default $"+tokenEnv+")")
	f.StringVar(&o.LogFormat, "log-format", "text", "request log format on stderr: text or json")
	f.IntVar(&o.Cache, "cache", 256, "timelines kept in the response cache (0 turns it off)")
}

// check validates the flags before anything is opened.
func (o *listenOptions) check() error {
	if o.Token == "" {
		o.Token = os.Getenv(tokenEnv)
	}
	if o.LogFormat != "text" && o.LogFormat != "json" {
		return usageError{fmt.Errorf("--log-format %q: want text or json", o.LogFormat)}
	}
	if o.Cache < 0 {
		return usageError{fmt.Errorf("--cache must be 0 or more")}
	}
	if err := server.CheckListen(o.Addr, o.Token); err != nil {
		return usageError{err}
	}
	return nil
}

// serve runs the HTTP server over b until ctx ends (SIGINT, SIGTERM).
func (o *listenOptions) serve(ctx context.Context, b server.Backend, what string, stdout, stderr io.Writer) error {
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if o.LogFormat == "json" {
		h = slog.NewJSONHandler(stderr, nil)
	}
	log := slog.New(h)
	cache := o.Cache
	if cache == 0 {
		cache = -1
	}
	cfg := server.ServeConfig{Addr: o.Addr, Token: o.Token, Logger: log}
	ln, err := server.Listen(ctx, cfg)
	if err != nil {
		return err
	}
	handler := server.Handler(b, server.Options{Token: o.Token, Logger: log, CacheEntries: cache})
	fmt.Fprintf(stdout, "serving %s at http://%s/ (Ctrl-C to stop)\n", what, ln.Addr())
	return server.Serve(ctx, ln, handler, cfg)
}

type serveOptions struct {
	DB          string
	MaxArticles int
	listenOptions
}

func newServeCommand() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve --db FILE",
		Short: "Serve the timeline API and web page over a database",
		Long: `serve answers HTTP on --addr (127.0.0.1:8080 by default): a web page at / that
builds a timeline for a typed topic and shows the evidence behind its dates,
and a JSON API:

  GET  /api/timeline?q=&entity=&from=&to=&dates=&sentences=&format=json|timelinejs|md|csv
  GET  /api/search?q=&from=&to=&limit=
  GET  /api/quotes?speaker=&from=&to=&limit=   the quotes said in [from, to]
  GET  /api/articles/{id}
  GET  /api/stats
  POST /api/articles      JSON object, array or JSON Lines; annotated and stored
  GET  /healthz

A timeline request retrieves the matching articles by full-text search (at most
--max-articles) and builds the timeline from their stored annotations.
Listening beyond loopback requires a bearer token for POST (--token or
$DATELINE_TOKEN). SIGINT or SIGTERM shut the server down gracefully.`,
		Example: `  dateline serve --db news.db
  DATELINE_TOKEN=s3cret dateline serve --db news.db --addr 0.0.0.0:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	cmd.Flags().StringVar(&opts.DB, "db", "", "database file (required; created if missing)")
	cmd.Flags().IntVar(&opts.MaxArticles, "max-articles", server.DefaultMaxArticles, "articles retrieved for one timeline")
	_ = cmd.MarkFlagRequired("db")
	opts.addFlags(cmd)
	return cmd
}

func runServe(ctx context.Context, opts serveOptions, stdout, stderr io.Writer, _ []string) error {
	if err := opts.check(); err != nil {
		return err
	}
	if opts.MaxArticles < 1 {
		return usageError{fmt.Errorf("--max-articles must be at least 1")}
	}
	db, err := store.Open(ctx, opts.DB, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	b := server.NewStore(db, server.StoreOptions{MaxArticles: opts.MaxArticles})
	return opts.serve(ctx, b, opts.DB, stdout, stderr)
}

// runDemoServe serves the built-in demo corpus, annotated, from memory
// ("dateline demo --serve").
func runDemoServe(ctx context.Context, opts demoOptions, stdout, stderr io.Writer) error {
	if err := opts.check(); err != nil {
		return err
	}
	arts, err := demo.Articles(ctx)
	if err != nil {
		return err
	}
	an := annotate.New()
	if err := an.All(ctx, arts, 0); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "demo corpus: %d articles; try the query %q\n", len(arts), demo.Query)
	return opts.serve(ctx, server.NewMemory(arts, an), "the demo corpus", stdout, stderr)
}

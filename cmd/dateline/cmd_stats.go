package main

import (
	"context"
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/store"
)

type statsOptions struct {
	DB   string
	JSON bool
}

func newStatsCommand() *cobra.Command {
	var opts statsOptions
	cmd := &cobra.Command{
		Use:   "stats --db FILE",
		Short: "Summarise a database: articles, annotations, near-duplicates, sources",
		Long: `stats prints what the database holds: articles, sentences, date mentions and
quotes, the publication range, near-duplicate groups and the largest sources.
The output depends only on the stored content: it is identical between two
runs when nothing was ingested in between.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "database file (required)")
	f.BoolVar(&opts.JSON, "json", false, "print one JSON object")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

func runStats(ctx context.Context, opts statsOptions, stdout, _ io.Writer, _ []string) error {
	db, err := store.Open(ctx, opts.DB, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	_, err = io.WriteString(stdout, s.String())
	return err
}

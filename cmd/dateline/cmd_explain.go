package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/store"
)

type explainOptions struct {
	DB string
}

func newExplainCommand() *cobra.Command {
	var opts explainOptions
	cmd := &cobra.Command{
		Use:   "explain --db FILE DOC",
		Short: "Say why an article was folded with its near-duplicates",
		Long: `explain prints the near-duplicate group of the stored article DOC (its ID): the
members, representative first, how many are independent, the article it was
matched with, their Jaccard similarity, shared shingles and the normalisations
(boilerplate, datelines, acronyms, synonyms) that made them match.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExplain(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr(), args)
		},
	}
	cmd.Flags().StringVar(&opts.DB, "db", "", "database file (required)")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

func runExplain(ctx context.Context, opts explainOptions, stdout, _ io.Writer, args []string) error {
	db, err := store.Open(ctx, opts.DB, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	e, err := db.Explain(ctx, args[0])
	if errors.Is(err, store.ErrNotFound) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	member := func(m store.Member) string {
		s := fmt.Sprintf("%s  %s", m.Published.Format("2006-01-02 15:04"), m.ID)
		if m.Source != "" {
			s += "  [" + m.Source + "]"
		}
		if m.Wire != "" {
			s += "  (credited: " + m.Wire + ")"
		}
		return s
	}
	fmt.Fprintf(stdout, "article  %s\n", member(e.Article))
	if len(e.Group) == 1 {
		fmt.Fprintln(stdout, "not folded: no stored article is a near-duplicate of it")
		return nil
	}
	fmt.Fprintf(stdout, "group    %s, %d independent; representative %s\n", render.Count(e.Fold.Sources, "article"), e.Fold.Independent, e.Fold.Rep)
	for _, m := range e.Group {
		mark := " "
		if m.ID == e.Article.ID {
			mark = "*"
		}
		fmt.Fprintf(stdout, "  %s %s\n", mark, member(m))
	}
	if e.Link != nil {
		fmt.Fprintf(stdout, "matched with %s\n", e.Link.ID)
	}
	if e.Detail != nil {
		for _, l := range strings.Split(strings.TrimRight(e.Detail.String(), "\n"), "\n") {
			l = strings.Replace(l, "A: ", "this article: ", 1)
			l = strings.Replace(l, "B: ", "matched article: ", 1)
			fmt.Fprintf(stdout, "  %s\n", l)
		}
	}
	return nil
}

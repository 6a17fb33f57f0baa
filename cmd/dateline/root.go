package main

import (
	"github.com/spf13/cobra"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "dateline",
		Short: "Build sourced news timelines from dated articles",
		Long: `dateline reads dated news articles (plain text, JSONL, HTML, WARC, RSS/Atom and
the timeline-summarization benchmark layouts), resolves every date mention to a
day, and builds a timeline: key dates, each with a short extractive digest
whose every sentence names its source.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newTimelineCommand(),
		newDatesCommand(),
		newEvalCommand(),
		newTrainCommand(),
		newScoreCommand(),
		newQuotesCommand(),
		newIngestCommand(),
		newSearchCommand(),
		newStatsCommand(),
		newExplainCommand(),
		newGenCommand(),
		newServeCommand(),
		newDemoCommand(),
	)
	return root
}

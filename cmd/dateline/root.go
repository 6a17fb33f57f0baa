package main

import (
	"context"
	"errors"

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
	markUsageErrors(root)
	// Required flags are checked here, before the command runs, so that a
	// missing one is a usage error (cobra's own later check then passes).
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if err := cmd.ValidateRequiredFlags(); err != nil {
			return usageError{err}
		}
		if err := cmd.ValidateFlagGroups(); err != nil {
			return usageError{err}
		}
		return nil
	}
	return root
}

// markUsageErrors makes the argument checks of c and its subcommands (a
// wrong number of arguments, an unknown subcommand) return usage errors,
// as flag errors do.
func markUsageErrors(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		markUsageErrors(sub)
	}
}

// execute runs root on its arguments. An error cobra reports for the root
// command itself (an unknown command: the root runs nothing) is a usage
// error.
func execute(ctx context.Context, root *cobra.Command) error {
	cmd, err := root.ExecuteContextC(ctx)
	var ue usageError
	if err != nil && cmd == root && !errors.As(err, &ue) && !errors.Is(err, context.Canceled) {
		return usageError{err}
	}
	return err
}

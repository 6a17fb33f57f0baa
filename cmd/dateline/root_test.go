package main

import (
	"bytes"
	"context"
	"testing"
)

// Every mistake in the command line itself exits 2 (usage), not 1, as the
// README documents: also the ones cobra checks itself (argument counts,
// required flags, unknown commands).
func TestCommandLineMistakesAreUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"unknown command", []string{"bogus"}, exitUsage},
		{"unknown flag", []string{"timeline", "--bogus"}, exitUsage},
		{"missing argument", []string{"search", "--db", "x.db"}, exitUsage},
		{"too many arguments", []string{"explain", "--db", "x.db", "a", "b"}, exitUsage},
		{"argument to a command that takes none", []string{"demo", "extra"}, exitUsage},
		{"missing required flag", []string{"stats"}, exitUsage},
		{"missing required flags", []string{"score"}, exitUsage},
		{"help", []string{"help"}, exitOK},
		{"command help", []string{"timeline", "--help"}, exitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := runArgs(tc.args)
			if got := exitCode(err); got != tc.want {
				t.Errorf("dateline %v: exit %d (err %v), want %d", tc.args, got, err, tc.want)
			}
		})
	}
}

// runArgs runs dateline with args as main does, its output discarded, and
// returns the error main would turn into an exit code.
func runArgs(args []string) error {
	root := newRootCommand()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	return execute(context.Background(), root)
}

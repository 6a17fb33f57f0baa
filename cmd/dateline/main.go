// Command dateline builds sourced news timelines from dated articles and
// scores them with the exact TILSE metrics.
//
// This package only parses flags and wires the internal packages together;
// every command lives in a cmd_<name>.go file as newXCommand (the cobra
// command), xOptions (its flags) and runX (the work, callable from tests).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes, mapped from errors in one place (exitCode).
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3 // the command finished, but some documents were skipped
	exitSignal  = 130
)

// errSkipped is returned (wrapped) by commands that finished their job but
// skipped one or more input documents; the per-document reasons have
// already been printed.
var errSkipped = errors.New("some documents were skipped")

// usageError marks an error in the command line itself.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitSignal
	case errors.Is(err, errSkipped):
		return exitSkipped
	case errors.As(err, &ue):
		return exitUsage
	default:
		return exitError
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := execute(ctx, newRootCommand())
	stop()
	if err != nil && !errors.Is(err, errSkipped) {
		fmt.Fprintf(os.Stderr, "dateline: %v\n", err)
	}
	os.Exit(exitCode(err))
}

package corpus

import (
	"path"
	"runtime"
	"strings"
	"time"
)

// DefaultFutureTolerance is how far past Options.Now a publication time may
// lie before the document is rejected with [ReasonFutureDate]: time zones
// reach UTC+14, and clocks drift.
const DefaultFutureTolerance = 48 * time.Hour

// MaxDocSize is the largest document (a whole file for the text and T17
// formats, one line for JSONL) the formats of this package read; larger ones
// are reported with [ReasonTooLarge].
const MaxDocSize = 64 << 20

// Options configure [Read].
type Options struct {
	// Formats are tried in order on each input; nil means DefaultFormats().
	Formats []Format
	// Now is the time the input was collected; documents published after
	// Now+FutureTolerance are rejected. Zero means time.Now().
	Now time.Time
	// FutureTolerance; zero means DefaultFutureTolerance, negative turns
	// the future check off.
	FutureTolerance time.Duration
	// Workers is how many files are read at once; zero means a small
	// default (4, or fewer on a single CPU).
	Workers int
	// NoRepeatCheck: the caller detects repeated IDs itself (a store
	// does), so Read keeps no set of the IDs it has yielded and its memory
	// stays flat however many documents pass through.
	NoRepeatCheck bool
}

// DefaultFormats returns this package's formats, in sniffing order: T17
// documents (by path), JSONL, plain text.
func DefaultFormats() []Format {
	return []Format{T17Doc{}, JSONL{}, Text{}}
}

func (o Options) formats() []Format {
	if o.Formats == nil {
		return DefaultFormats()
	}
	return o.Formats
}

func (o Options) deadline() (time.Time, bool) {
	if o.FutureTolerance < 0 {
		return time.Time{}, false
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	tol := o.FutureTolerance
	if tol == 0 {
		tol = DefaultFutureTolerance
	}
	return now.Add(tol), true
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return min(4, 2*runtime.GOMAXPROCS(0))
}

// Ext returns the lowercase extension of name without the dot, ignoring a
// final ".gz": "a/B.JSONL.gz" → "jsonl". Formats use it in Sniff, where the
// name of a compressed input keeps its ".gz".
func Ext(name string) string {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/")))
	base = strings.TrimSuffix(base, ".gz")
	if i := strings.LastIndexByte(base, '.'); i >= 0 {
		return base[i+1:]
	}
	return ""
}

package ingest

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/dateline-news/dateline/internal/corpus"
)

// ErrorRecord is one line of the --errors JSONL file.
type ErrorRecord struct {
	Origin string `json:"origin"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
	Error  string `json:"error"`
}

// RecordOf returns the JSONL record of a skipped document.
func RecordOf(e *corpus.DocError) ErrorRecord {
	r := ErrorRecord{Origin: e.Origin, Line: e.Line, Reason: string(e.Reason), Error: e.Error()}
	if e.Err != nil {
		r.Error = e.Err.Error()
	}
	return r
}

// ErrorLog writes skipped documents as JSON lines. It is safe for
// concurrent use.
type ErrorLog struct {
	mu  sync.Mutex
	enc *json.Encoder
	err error
}

// NewErrorLog returns an ErrorLog writing to w.
func NewErrorLog(w io.Writer) *ErrorLog {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &ErrorLog{enc: enc}
}

// Write appends one record. The first write error is kept and returned by
// [ErrorLog.Err]; later writes are skipped.
func (l *ErrorLog) Write(e *corpus.DocError) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return
	}
	if err := l.enc.Encode(RecordOf(e)); err != nil {
		l.err = fmt.Errorf("ingest: write error log: %w", err)
	}
}

// Err returns the first write error.
func (l *ErrorLog) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local output folders

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

// Config is what a run reads and where it writes.
type Config struct {
	// Inputs are files or folders, read as the dateline command line reads
	// its arguments; each is one unit of reading work.
	Inputs []string
	// Output is the folder (or gs://... prefix) the shards are written to.
	Output string
	// Shards is the number of article shards (and error shards); at least 1.
	Shards int
	// Now is the collection time for the future-date check, fixed once so
	// that every worker applies the same cut-off. Zero means time.Now() when
	// the pipeline is built.
	Now time.Time
}

// Validate reports a configuration that cannot run.
func (c Config) Validate() error {
	switch {
	case len(c.Inputs) == 0:
		return errors.New("pipeline: no inputs")
	case c.Output == "":
		return errors.New("pipeline: no output folder")
	case c.Shards < 1:
		return fmt.Errorf("pipeline: %d shards, want at least 1", c.Shards)
	}
	return nil
}

func (c Config) now() time.Time {
	if c.Now.IsZero() {
		return time.Now()
	}
	return c.Now
}

// Expand expands each glob pattern to the paths it matches, in order, each
// pattern's matches sorted. Local patterns use filepath.Match syntax;
// patterns with a scheme ("gs://bucket/crawl/*.warc.gz") are listed by
// Beam's file system for that scheme. A pattern that matches nothing is an
// error.
func Expand(ctx context.Context, patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		var m []string
		var err error
		if isRemote(p) {
			m, err = expandRemote(ctx, p)
		} else {
			m, err = filepath.Glob(p)
		}
		if err != nil {
			return nil, fmt.Errorf("input %q: %w", p, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("input %q matches no file", p)
		}
		out = append(out, m...)
	}
	return out, nil
}

// Record is one output line: the annotated article and its near-duplicate
// information. Its JSON is the news.Article JSON with a "dedup" member
// added last, so a reader that knows only news.Article reads it as is.
type Record struct {
	news.Article
	Dedup Dedup `json:"dedup"`
}

// Dedup is the near-duplicate signature and group of one article (package
// dedup, article options).
type Dedup struct {
	// Group is the ID of the group's representative: its earliest published
	// member (then the smallest ID). An article with no near duplicate is its
	// own group.
	Group string `json:"group"`
	// Sources and Independent are the group's dedup.Group counts.
	Sources     int `json:"sources"`
	Independent int `json:"independent"`
	// Wire is the agency the article is credited to, empty for none.
	Wire string `json:"wire,omitempty"`
	// Body is dedup.Signature.Body in hexadecimal.
	Body string `json:"body"`
	// Terms is the number of normalised terms.
	Terms int `json:"terms"`
	// MinHash is the signature's MinHash sketch (absent for a text with no
	// terms).
	MinHash []uint32 `json:"minhash,omitempty"`
	// Version is dedup.SignatureVersion.
	Version int `json:"signature_version"`
}

// ErrorRecord is one line of the errors output: a document that could not
// be used, as a corpus.DocError. It has the shape of the error log of
// dateline ingest --errors: Error is the detail, without origin and reason.
type ErrorRecord struct {
	Origin string `json:"origin"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
	Error  string `json:"error"`
}

// errorLine renders a document error as an ErrorRecord line.
func errorLine(err error) []byte {
	rec := ErrorRecord{Reason: "error", Error: err.Error()}
	var de *corpus.DocError
	if errors.As(err, &de) {
		rec.Origin, rec.Line, rec.Reason = de.Origin, de.Line, string(de.Reason)
		if de.Err != nil {
			rec.Error = de.Err.Error()
		}
	}
	b, _ := json.Marshal(rec) // cannot fail: strings and ints
	return b
}

// dedupInfo is what an article's signature contributes to its Dedup.
func dedupInfo(sig *dedup.Signature) Dedup {
	return Dedup{
		Wire:    sig.Wire,
		Body:    strconv.FormatUint(sig.Body, 16),
		Terms:   sig.Terms,
		MinHash: sig.MinHash,
		Version: dedup.SignatureVersion,
	}
}

// recordLine appends the "dedup" member to the JSON object art (a
// news.Article); the result equals json.Marshal of the Record.
func recordLine(art []byte, d Dedup) ([]byte, error) {
	if len(art) < 2 || art[len(art)-1] != '}' {
		return nil, errors.New("pipeline: article JSON is not an object")
	}
	dj, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	line := make([]byte, 0, len(art)+len(dj)+10)
	line = append(line, art[:len(art)-1]...)
	line = append(line, `,"dedup":`...)
	line = append(line, dj...)
	return append(line, '}'), nil
}

// shardOf spreads keys over n shards.
func shardOf(key string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(key))
	return int(h.Sum64() % uint64(n))
}

// ShardName returns the name of shard i of n of the given kind ("articles"
// or "errors") in dir.
func ShardName(dir, kind string, i, n int) string {
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl.gz", kind, i, n)
	if strings.Contains(dir, "://") {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}

// writeShard writes lines, sorted, one per line, gzip-compressed, to
// shard i of n. The bytes depend only on the set of lines.
func writeShard(ctx context.Context, dir, kind string, i, n int, lines [][]byte) error {
	name := ShardName(dir, kind, i, n)
	slices.SortFunc(lines, bytes.Compare)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriterSize(zw, 256<<10)
	for _, l := range lines {
		bw.Write(l)
		bw.WriteByte('\n')
	}
	err = bw.Flush() // a bufio.Writer keeps its first error
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// sortLines sorts lines bytewise, the order of the lines in a shard.
func sortLines(lines [][]byte) { slices.SortFunc(lines, bytes.Compare) }

package pipeline

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/beam/pipeline/pipelinetest"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/news"
)

// TestMain lets ptest pick the runner: prism, in process, unless -runner
// says otherwise.
func TestMain(m *testing.M) { ptest.Main(m) }

// now is the collection time of the test corpus.
var now = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// testConfig is the test corpus: testdata/corpus/*, two Timeline17-layout
// folders with one duplicate ID (pipelinetest.T17Inputs) and a generated
// JSONL file of many variants of one story (a bucket larger than the LSH
// window).
func testConfig(t *testing.T, shards int) Config {
	t.Helper()
	inputs, err := Expand(context.Background(), []string{filepath.Join("testdata", "corpus", "*")})
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, pipelinetest.T17Inputs(t)...)
	gen := filepath.Join(t.TempDir(), "variants.jsonl")
	var b strings.Builder
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu")
	for i := range 45 {
		// The same long story with one changed word per variant, and every
		// fifth one a different story: one big group, a few singletons.
		body := "The county council approved the new bus network on Tuesday after a year of consultation, and the first routes will open on June 7. " +
			"Buses will run every ten minutes on the four main corridors and every half hour in the villages, the transport committee said. " +
			"The plan replaces the network drawn up in 1998, when the county had forty thousand fewer residents. " +
			"Word of the day: " + words[i%len(words)] + "."
		if i%5 == 4 {
			body = fmt.Sprintf("Notice %d: the %s allotment waiting list reopens on the first Monday of next month.", i, words[i%len(words)])
		}
		rec := map[string]any{"id": i, "title": "Buses", "text": body, "time": fmt.Sprintf("2021-04-%02dT%02d:00:00Z", 1+i%3, i%24), "source": "Wire " + words[i%7]}
		js, _ := json.Marshal(rec)
		b.Write(js)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(gen, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return Config{Inputs: append(inputs, gen), Output: t.TempDir(), Shards: shards, Now: now}
}

// readShards returns every line of the shards of kind in dir, checking
// that all n shards exist.
func readShards(t *testing.T, dir, kind string, n int) []string {
	t.Helper()
	var lines []string
	for i := range n {
		f, err := os.Open(ShardName(dir, kind, i, n))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return lines
}

func strs(bs [][]byte) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = string(b)
	}
	return out
}

func sorted(ss []string) []string {
	out := append([]string(nil), ss...)
	sortStrings(out)
	return out
}

// TestPipelineMatchesReference runs the pipeline on the default test
// runner and compares its shards with the in-process path, line by line.
func TestPipelineMatchesReference(t *testing.T) {
	cfg := testConfig(t, 3)
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := ptest.RunWithMetrics(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	gotArts := sorted(readShards(t, cfg.Output, "articles", cfg.Shards))
	gotErrs := sorted(readShards(t, cfg.Output, "errors", cfg.Shards))

	wantArts, wantErrs, err := Reference(context.Background(), cfg, 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strs(wantErrs), gotErrs); diff != "" {
		t.Errorf("errors differ from the in-process path (-want +got):\n%s", diff)
	}
	// Article by article, so a failure names the article.
	want := map[string]string{}
	for _, l := range strs(wantArts) {
		want[lineID(t, l)] = l
	}
	got := map[string]string{}
	for _, l := range gotArts {
		got[lineID(t, l)] = l
	}
	for id, w := range want {
		if g, ok := got[id]; !ok {
			t.Errorf("article %s: missing from the pipeline output", id)
		} else if g != w {
			t.Errorf("article %s differs (-want +got):\n%s", id, cmp.Diff(w, g))
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("article %s: in the pipeline output only", id)
		}
	}

	// The comparison must have had something to compare.
	recs := map[string]Record{}
	for _, l := range gotArts {
		var r Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line is not a Record: %v", err)
		}
		recs[r.ID] = r
	}
	harbour := filepath.Join("testdata", "corpus", "c-harbour-copy.txt")
	for _, name := range []string{"a-harbour.txt", "b-harbour-wire.txt", "c-harbour-copy.txt"} {
		r, ok := recs[filepath.Join("testdata", "corpus", name)]
		if !ok {
			t.Fatalf("%s: not in the output", name)
		}
		if r.Dedup.Group != harbour || r.Dedup.Sources != 3 {
			t.Errorf("%s: group %q of %d, want %q (earliest published) of 3", name, r.Dedup.Group, r.Dedup.Sources, harbour)
		}
		if len(r.Sentences) < 5 || len(r.Quotes) == 0 {
			t.Errorf("%s: %d sentences and %d quotes, want at least 5 and some", name, len(r.Sentences), len(r.Quotes))
		}
	}
	big := 0
	for _, r := range recs {
		if r.Dedup.Sources > 30 {
			big++
		}
	}
	if big < 33 {
		t.Errorf("%d articles in the generated group of 36, want them all", big)
	}
	mentions := 0
	for _, r := range recs {
		for _, s := range r.Sentences {
			mentions += len(s.Mentions)
		}
	}
	if mentions == 0 {
		t.Error("no date mentions in the output")
	}
	t.Run("load", func(t *testing.T) { checkLoad(t, cfg, recs) })
	for _, want := range []string{`"reason":"duplicate-id"`, `"reason":"future-date"`, `"reason":"no-date"`, `"reason":"malformed"`} {
		if !strings.Contains(strings.Join(gotErrs, "\n"), want) {
			t.Errorf("errors output lacks %s:\n%s", want, strings.Join(gotErrs, "\n"))
		}
	}
}

// checkLoad reads the articles shards back with the engine's readers, as
// dateline ingest and dateline timeline do, and checks that every article
// comes back as written: same ID, text, sentences, date mentions and
// quotes, so that loading needs no annotation.
func checkLoad(t *testing.T, cfg Config, recs map[string]Record) {
	t.Helper()
	var shards []string
	for i := range cfg.Shards {
		shards = append(shards, ShardName(cfg.Output, "articles", i, cfg.Shards))
	}
	got := map[string]*news.Article{}
	for a, err := range corpus.Read(context.Background(), shards, corpus.Options{Formats: formats.All(), Now: now}) {
		if err != nil {
			t.Fatalf("reading the shards back: %v", err)
		}
		got[a.ID] = a
	}
	if len(got) != len(recs) {
		t.Fatalf("read %d articles back, wrote %d", len(got), len(recs))
	}
	for id, r := range recs {
		a, ok := got[id]
		if !ok {
			for gid := range got {
				if strings.HasSuffix(gid, "#"+id) {
					t.Fatalf("the JSONL reader prefixed the ID of an annotated record: %q", gid)
				}
			}
			t.Fatalf("article %s: not read back", id)
		}
		want := r.Article
		a.Origin, want.Origin = "", ""
		if diff := cmp.Diff(&want, a); diff != "" {
			t.Errorf("article %s read back differs (-written +read):\n%s", id, diff)
		}
	}
}

func lineID(t *testing.T, line string) string {
	t.Helper()
	var r struct{ ID string }
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("bad output line %q: %v", line, err)
	}
	return r.ID
}

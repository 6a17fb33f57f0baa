package tlsbench

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// TestT17InNewsTLSLayout converts three T17 topics to the news-tls layout
// (one articles.jsonl.gz per topic, sentences on lines, timelines.jsonl,
// keywords.json) and checks that both readings of the same data give the
// same figures, task for task: the two layouts are two spellings of one
// dataset.
func TestT17InNewsTLSLayout(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("skipped in -short mode and under the race detector (two benchmark runs)")
	}
	t17 := sharedtest.Dir(t, "data", "t17")
	folders := []string{"H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc", "haiti_bbc"}

	orig := t.TempDir()
	for _, f := range folders {
		if err := os.Symlink(filepath.Join(t17, f), filepath.Join(orig, f)); err != nil {
			t.Fatal(err)
		}
	}
	conv := t.TempDir()
	byTopic := map[string][]string{}
	for _, f := range folders {
		topic, _, _ := strings.Cut(f, "_")
		byTopic[topic] = append(byTopic[topic], f)
	}
	for topic, fs := range byTopic {
		writeAsNewsTLS(t, t17, fs, filepath.Join(conv, topic))
	}

	ctx := context.Background()
	a, err := Run(ctx, orig, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Run(ctx, conv, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tasks) != 5 || len(b.Tasks) != 5 {
		t.Fatalf("%d and %d tasks, want 5 in each layout", len(a.Tasks), len(b.Tasks))
	}
	// Task names differ by layout; both lists come in a stable order
	// within a topic, and the topics sort alike.
	key := func(r TaskResult) string { return r.Topic }
	sortTasks := func(ts []TaskResult) {
		slices.SortStableFunc(ts, func(x, y TaskResult) int { return strings.Compare(key(x), key(y)) })
	}
	sortTasks(a.Tasks)
	sortTasks(b.Tasks)
	for i := range a.Tasks {
		x, y := a.Tasks[i], b.Tasks[i]
		if x.Dates != y.Dates || x.K != y.K || x.Scores != y.Scores {
			t.Errorf("task %d: T17 layout %s/%s L=%d k=%d %+v; news-tls layout %s/%s L=%d k=%d %+v",
				i, x.Topic, x.Timeline, x.Dates, x.K, x.Scores, y.Topic, y.Timeline, y.Dates, y.K, y.Scores)
		}
	}
}

var t17DateLine = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// writeAsNewsTLS writes the T17 folders fs (one topic) to dir in the
// news-tls layout.
func writeAsNewsTLS(t *testing.T, t17 string, fs []string, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join(dir, "articles.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(out)
	enc := json.NewEncoder(zw)
	var timelines []byte
	var keywords []byte
	for _, f := range fs {
		if keywords, err = os.ReadFile(filepath.Join(t17, f, "keywords.json")); err != nil {
			t.Fatal(err)
		}
		days, err := os.ReadDir(filepath.Join(t17, f, "InputDocs"))
		if err != nil {
			t.Fatal(err)
		}
		for _, day := range days {
			files, err := os.ReadDir(filepath.Join(t17, f, "InputDocs", day.Name()))
			if err != nil {
				t.Fatal(err)
			}
			for _, file := range files {
				b, err := os.ReadFile(filepath.Join(t17, f, "InputDocs", day.Name(), file.Name()))
				if err != nil {
					t.Fatal(err)
				}
				var lines []string
				for l := range strings.SplitSeq(string(b), "\n") {
					if l = strings.TrimSpace(l); l != "" {
						lines = append(lines, l)
					}
				}
				if len(lines) == 0 {
					continue // T17 has empty files; the T17 reader skips them too
				}
				rec := map[string]string{"id": f + "/" + day.Name() + "/" + file.Name(), "time": day.Name() + "T12:00:00Z",
					"title": lines[0], "text": strings.Join(lines, "\n")}
				if err := enc.Encode(rec); err != nil {
					t.Fatal(err)
				}
			}
		}
		tls, err := os.ReadDir(filepath.Join(t17, f, "timelines"))
		if err != nil {
			t.Fatal(err)
		}
		for _, tl := range tls {
			b, err := os.ReadFile(filepath.Join(t17, f, "timelines", tl.Name()))
			if err != nil {
				t.Fatal(err)
			}
			// [["YYYY-MM-DD 00:00:00", [sentences]], ...]
			var entries [][2]any
			var day string
			var sents []string
			for l := range strings.SplitSeq(string(b), "\n") {
				l = strings.TrimSpace(l)
				switch {
				case t17DateLine.MatchString(l):
					day, sents = l, nil
				case strings.HasPrefix(l, "-----"):
					if day != "" {
						entries = append(entries, [2]any{day + " 00:00:00", sents})
					}
					day = ""
				case day != "" && l != "":
					sents = append(sents, l)
				}
			}
			line, err := json.Marshal(entries)
			if err != nil {
				t.Fatal(err)
			}
			timelines = append(append(timelines, line...), '\n')
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"timelines.jsonl": timelines, "keywords.json": keywords} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

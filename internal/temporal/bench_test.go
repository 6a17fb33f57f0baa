package temporal

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

// t17Sentence is one sentence of the Timeline17 corpus with its article's
// publication date.
type t17Sentence struct {
	text string
	ref  news.Date
}

// loadT17 reads every sentence of the Timeline17 articles (one sentence per
// line, the folder name is the publication date). It skips the benchmark
// when the shared data is absent.
func loadT17(tb testing.TB) []t17Sentence {
	tb.Helper()
	dir := sharedtest.Dir(tb, "data", "t17")
	files, err := filepath.Glob(filepath.Join(dir, "*", "InputDocs", "*", "*"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no Timeline17 articles under %s", dir)
	}
	sort.Strings(files)
	var out []t17Sentence
	for _, f := range files {
		ref, err := news.ParseDate(filepath.Base(filepath.Dir(f)))
		if err != nil {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, t17Sentence{line, ref})
			}
		}
	}
	return out
}

// BenchmarkTagT17 tags every sentence of Timeline17 once per iteration and
// reports sentences per second.
func BenchmarkTagT17(b *testing.B) {
	sents := loadT17(b)
	tg := New(Options{})
	var bytes int64
	for _, s := range sents {
		bytes += int64(len(s.text))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	mentions := 0
	cpu0 := cpuTime()
	for b.Loop() {
		mentions = 0
		for _, s := range sents {
			mentions += len(tg.Tag(s.text, s.ref))
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(len(sents))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	// Process CPU time (all threads, GC included) per pass over the corpus:
	// unlike wall time it does not grow when the machine is shared.
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/pass")
	}
	b.ReportMetric(float64(len(sents)), "sentences")
	b.ReportMetric(float64(mentions), "mentions")
}

// cpuTime is the user+system CPU time of the process so far, or 0 where
// getrusage is unavailable.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

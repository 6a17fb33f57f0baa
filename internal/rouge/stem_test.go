package rouge

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// TestProcessGoldenTable checks every word of the table made by ROUGE-1.5.5
// itself (len>3 rule, WordNet exceptions, then the stemmer).
func TestProcessGoldenTable(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t, "eval"), "rouge_stems.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	total, bad := 0, 0
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("%s: malformed line %q", path, sc.Text())
		}
		total++
		if got := Process(word); got != want {
			bad++
			if bad <= 30 {
				t.Errorf("Process(%q) = %q, want %q", word, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d/%d words match", total-bad, total)
	if bad > 0 {
		t.Errorf("%d of %d words differ", bad, total)
	}
}

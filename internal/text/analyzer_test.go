package text

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"stems and stopwords", "The ministers' talks didn't resume", []string{"minist", "talk", "resum"}},
		{"raw and ptb agree", "Jackson's doctor wasn't there", []string{"jackson", "doctor"}},
		{"ptb", "Jackson 's doctor was n't there", []string{"jackson", "doctor"}},
		{"numbers kept", "In 2010, 11 people died", []string{"2010", "11", "peopl", "die"}},
		{"acronym not stemmed", "The U.S. leads", []string{"u.s", "lead"}},
		{"case folded", "HARBOUR Harbour harbours", []string{"harbour", "harbour", "harbour"}},
		{"punctuation only", `-- , "" ...`, nil},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Twice: the second pass is served from the memo.
			for pass := range 2 {
				if diff := cmp.Diff(tt.want, a.Terms(tt.in)); diff != "" {
					t.Errorf("pass %d: Terms(%q) mismatch (-want +got):\n%s", pass, tt.in, diff)
				}
			}
		})
	}
	if term, ok := a.Term("Talks"); !ok || term != "talk" {
		t.Errorf(`Term("Talks") = %q, %v`, term, ok)
	}
	if _, ok := a.Term("the"); ok {
		t.Error(`Term("the") accepted a stopword`)
	}
}

func TestStemSnowball(t *testing.T) {
	// Reference outputs of the Snowball English stemmer.
	for in, want := range map[string]string{
		"running": "run", "generously": "generous", "happiness": "happi",
		"organization": "organ", "cities": "citi", "agreed": "agre",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStopwords(t *testing.T) {
	sw := Stopwords()
	if len(sw) < 200 {
		t.Fatalf("only %d stopwords", len(sw))
	}
	for _, w := range sw {
		if w != strings.ToLower(w) || !IsStopword(w) {
			t.Errorf("stopword %q not lowercase or not found", w)
		}
	}
	for _, w := range []string{"harbour", "storm", "minister", "2010"} {
		if IsStopword(w) {
			t.Errorf("%q is a stopword", w)
		}
	}
}

func benchSentences(b *testing.B) []string {
	b.Helper()
	dir := ""
	if root := sharedtest.Root(); root != "" {
		dir = filepath.Join(root, "data", "t17", "bpoil_bbc", "InputDocs")
	}
	var out []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			out = append(out, sc.Text())
		}
		return nil
	})
	if len(out) == 0 { // no shared data: a synthetic sample
		for i := range 5000 {
			out = append(out, strings.Repeat("The harbour authority said on Friday that 1,200 ships were delayed ", 1+i%3))
		}
	}
	return out
}

// BenchmarkTerms measures Terms over real T17 sentences with a warm memo,
// as the timeline method uses it (one Analyzer per run).
func BenchmarkTerms(b *testing.B) {
	sents := benchSentences(b)
	var n int
	for _, s := range sents {
		n += len(s)
	}
	a := NewAnalyzer()
	var dst []string
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			dst = a.AppendTerms(dst[:0], s)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

// BenchmarkTermsCold includes filling the memo.
func BenchmarkTermsCold(b *testing.B) {
	sents := benchSentences(b)
	var dst []string
	for b.Loop() {
		a := NewAnalyzer()
		for _, s := range sents {
			dst = a.AppendTerms(dst[:0], s)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

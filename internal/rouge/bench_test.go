package rouge

import (
	"fmt"
	"testing"
)

// benchSummary returns n sentences of news-like text with a vocabulary of
// a few hundred words.
func benchSummary(seed, n int) []string {
	words := []string{"government", "forces", "protesters", "Cairo", "square", "announced",
		"agreement", "oil", "spill", "company", "officials", "killed", "president", "talks",
		"ceasefire", "rebels", "city", "police", "election", "vote", "reported", "minister"}
	out := make([]string, n)
	for i := range out {
		s := ""
		for j := range 25 {
			s += fmt.Sprintf("%s%d ", words[(seed*7+i*13+j*5)%len(words)], (i+j)%40)
		}
		out[i] = s + "."
	}
	return out
}

func BenchmarkProfileWarm(b *testing.B) {
	a := NewAnalyzer()
	s := benchSummary(1, 2)
	a.Profile(s...)
	b.ReportAllocs()
	for b.Loop() {
		a.Profile(s...)
	}
}

func BenchmarkCount(b *testing.B) {
	a := NewAnalyzer()
	peer := a.Profile(benchSummary(1, 2)...)
	ref := a.Profile(benchSummary(2, 2)...)
	b.ReportAllocs()
	for b.Loop() {
		Count(peer, ref)
	}
}

package tlsbench

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/timeline"
)

func TestAnalyze(t *testing.T) {
	if os.Getenv("DL_ANA") == "" {
		t.Skip("analysis")
	}
	b, err := Load(context.Background(), sharedtest.Dir(t, "data", "t17"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := timeline.Datewise()
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		days, X := p.DateFeatures()
		idx := make([]int, len(days))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, c int) bool { return X[idx[a]][1] > X[idx[c]][1] })
		inCand := 0
		var ranks []int
		for r, i := range idx {
			if _, ok := tk.ref[days[i]]; ok {
				inCand++
				ranks = append(ranks, r)
			}
		}
		L := len(tk.ref)
		hitTopL := 0
		for _, r := range ranks {
			if r < L {
				hitTopL++
			}
		}
		hit3L := 0
		for _, r := range ranks {
			if r < 3*L {
				hit3L++
			}
		}
		fmt.Printf("%-60s L=%3d cands=%4d refInCands=%3d topL=%3d top3L=%3d\n", tk.name, L, len(days), inCand, hitTopL, hit3L)
	}
}

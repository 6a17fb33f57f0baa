package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
)

func TestLSHBucketMerge(t *testing.T) {
	cases := map[string]struct{ have, add []uint64 }{
		"into empty":      {nil, []uint64{1, 5, 9}},
		"nothing added":   {[]uint64{2, 4}, nil},
		"all after":       {[]uint64{1, 2}, []uint64{3, 4}},
		"all before":      {[]uint64{5, 6}, []uint64{1, 2}},
		"interleaved":     {[]uint64{1, 4, 7, 10}, []uint64{2, 3, 8, 11, 12}},
		"equal values":    {[]uint64{3, 3, 5}, []uint64{3, 5, 5}},
		"high key halves": {[]uint64{1 << 40, 3 << 40}, []uint64{2 << 40, 4<<40 | 7}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			bk := &lshBucket{entries: slices.Clone(c.have)}
			bk.merge(c.add)
			want := slices.Concat(c.have, c.add)
			slices.Sort(want)
			if diff := cmp.Diff(want, bk.entries); diff != "" {
				t.Errorf("merge(%v, %v) (-want +got):\n%s", c.have, c.add, diff)
			}
		})
	}
}

// spreadCorpus makes n articles over about a year, out of date order, a
// third of them copies of an earlier one published within a week.
func spreadCorpus(n int) []*news.Article {
	r := rand.New(rand.NewPCG(7, 7))
	words := []string{"council", "harbour", "strike", "budget", "flood", "minister", "court", "election", "rail", "bank",
		"storm", "union", "river", "school", "hospital", "airport", "tax", "police", "festival", "market"}
	base := time.Date(2019, 1, 1, 9, 0, 0, 0, time.UTC)
	var arts []*news.Article
	for i := range n {
		if i > 0 && i%3 == 0 {
			o := arts[r.IntN(len(arts))]
			arts = append(arts, &news.Article{ID: fmt.Sprintf("c%04d", i), Text: "(Reuters) - " + o.Text,
				Published: o.Published.Add(time.Duration(r.IntN(7*24)) * time.Hour)})
			continue
		}
		text := ""
		for range 40 {
			text += words[r.IntN(len(words))] + " "
		}
		arts = append(arts, &news.Article{ID: fmt.Sprintf("a%04d", i), Text: text + ".",
			Published: base.AddDate(0, 0, r.IntN(365))})
	}
	return arts
}

// TestLSHCacheBudget stores articles out of date order in small batches
// through a cache that holds almost nothing: the cache must stay within
// its budget (plus the one period in use) and fold exactly as a store with
// the default cache does.
func TestLSHCacheBudget(t *testing.T) {
	arts := spreadCorpus(300)
	ctx := context.Background()
	fold := func(d *DB, check func()) map[string]Fold {
		for i := 0; i < len(arts); i += 20 {
			put(t, d, arts[i:min(i+20, len(arts))]...)
			check()
		}
		folds, err := d.Folds(ctx, ids(arts))
		if err != nil {
			t.Fatal(err)
		}
		return folds
	}
	want := fold(openTemp(t), func() {})

	small := openTemp(t)
	const budget = 64
	small.lsh = newLSHCache(budget)
	got := fold(small, func() {
		c := small.lsh
		total := 0
		for _, bk := range c.buckets {
			total += len(bk.entries)
		}
		if total != c.total {
			t.Fatalf("cache counts %d entries, holds %d", c.total, total)
		}
		if total > budget && len(c.buckets) > 1 {
			t.Fatalf("cache holds %d entries in %d periods, over its budget of %d", total, len(c.buckets), budget)
		}
	})

	// In date order, with the default budget, the cache keeps only the
	// periods the last two batches used.
	inOrder := openTemp(t)
	sorted := slices.Clone(arts)
	slices.SortStableFunc(sorted, func(a, b *news.Article) int { return a.Published.Compare(b.Published) })
	var prev []*news.Article
	for i := 0; i < len(sorted); i += 10 {
		batch := sorted[i:min(i+10, len(sorted))]
		put(t, inOrder, batch...)
		allowed := map[int]bool{}
		for _, a := range append(slices.Clone(prev), batch...) {
			for _, b := range buckets(a.PubDate().Ordinal()) {
				allowed[b] = true
			}
		}
		for b := range inOrder.lsh.buckets {
			if !allowed[b] {
				t.Fatalf("after the batch of %s..%s the cache holds period %d, used by neither that batch nor the one before", batch[0].Published, batch[len(batch)-1].Published, b)
			}
		}
		prev = batch
	}

	folded := 0
	for id, f := range want {
		if len(f.Members) > 1 {
			folded++
		}
		if diff := cmp.Diff(f, got[id]); diff != "" {
			t.Errorf("%s: fold with a tiny LSH cache differs (-default +tiny):\n%s", id, diff)
		}
	}
	if folded < len(arts)/4 {
		t.Errorf("only %d of %d articles folded; the test corpus should fold its copies", folded, len(arts))
	}
}

package tlsbench

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/timeline"
)

// TestNestedStability is the perturbation harness for the nested
// protocols: it loads T17 unperturbed and with 5 % of the articles
// dropped under each of three seeds (and once with 7 pad days), runs each
// protocol named in DATELINE_STABILITY (comma separated, e.g.
// "forward,probe,ridge,bagged") and logs the figures, their spread over
// the seeds and the wall time. It is a measurement, not a check: it runs
// only when that variable is set ("none" names the default's fixed
// features, for reference; DATELINE_STABILITY_SEEDS sets the number of
// seeds).
func TestNestedStability(t *testing.T) {
	names := os.Getenv("DATELINE_STABILITY")
	if names == "" {
		t.Skip("set DATELINE_STABILITY=forward,probe,ridge,bagged to measure the nested protocols' stability")
	}
	dir := sharedtest.Dir(t, "data", "t17")
	// "none" is the reference: the default's fixed feature set, which
	// moves with the data alone.
	all := []selection{selNone, selForward, selBagged, selProbe, selRidge}
	var protos []selection
	for _, n := range strings.Split(names, ",") {
		i := slices.IndexFunc(all, func(s selection) bool { return s.String() == n })
		if i < 0 {
			t.Fatalf("unknown protocol %q", n)
		}
		protos = append(protos, all[i])
	}
	seeds := 3
	if n, err := strconv.Atoi(os.Getenv("DATELINE_STABILITY_SEEDS")); err == nil && n > 0 {
		seeds = n
	}
	type variant struct {
		name string
		opts Options
	}
	variants := []variant{{"unperturbed", Options{}}}
	for seed := range uint64(seeds) {
		variants = append(variants, variant{fmt.Sprintf("drop5%%/seed%d", seed+1), Options{dropRate: 0.05, dropSeed: seed + 1}})
	}
	variants = append(variants, variant{"pad7", Options{PadDays: 7}})
	ctx := context.Background()
	m := timeline.Default()
	res := map[selection][]Scores{}
	secs := map[selection][]float64{}
	for _, v := range variants {
		opts := v.opts
		b, err := Load(ctx, dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range protos {
			b.nested, b.sel = p != selNone, p
			start := time.Now()
			rep, err := b.Evaluate(ctx, m, "")
			if err != nil {
				t.Fatal(err)
			}
			el := time.Since(start).Seconds()
			res[p], secs[p] = append(res[p], rep.Mean), append(secs[p], el)
			var folds []string
			for _, s := range rep.DateFeatures {
				fs := strings.Join(s.Features, "+")
				if len(s.Features) == len(timeline.DateFeatureNames) {
					fs = "all"
				}
				folds = append(folds, fmt.Sprintf("%s:%s[%s]", s.Topic, fs, s.How))
			}
			t.Logf("%-8s %-14s AR-1 %.4f AR-2 %.4f date %.4f  %.0fs\n    %s", p, v.name, rep.Mean.AR1.F, rep.Mean.AR2.F, rep.Mean.Date.F, el, strings.Join(folds, " "))
		}
	}
	for _, p := range protos {
		s := res[p]
		spread := func(get func(Scores) float64) string {
			var xs []float64
			for _, x := range s[1 : 1+seeds] {
				xs = append(xs, get(x))
			}
			slices.Sort(xs)
			return fmt.Sprintf("%.4f/%.4f/%.4f (range %.4f)", xs[0], xs[len(xs)/2], xs[len(xs)-1], xs[len(xs)-1]-xs[0])
		}
		t.Logf("%-8s unperturbed %.4f/%.4f/%.4f; seeds min/med/max AR-1 %s AR-2 %s date %s; pad7 %.4f/%.4f/%.4f; time unperturbed %.0fs",
			p, s[0].AR1.F, s[0].AR2.F, s[0].Date.F,
			spread(func(x Scores) float64 { return x.AR1.F }), spread(func(x Scores) float64 { return x.AR2.F }), spread(func(x Scores) float64 { return x.Date.F }),
			s[1+seeds].AR1.F, s[1+seeds].AR2.F, s[1+seeds].Date.F, secs[p][0])
	}
}

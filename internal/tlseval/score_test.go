package tlseval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

type metricCase struct {
	Predicted  map[string][]string   `json:"predicted"`
	References []map[string][]string `json:"references"`
	Expected   Result                `json:"expected"`
}

func toTimeline(t *testing.T, m map[string][]string) Timeline {
	t.Helper()
	tl := make(Timeline, len(m))
	for k, v := range m {
		d, err := news.ParseDate(k)
		if err != nil {
			t.Fatal(err)
		}
		tl[d] = v
	}
	return tl
}

// oracleTolerance is the largest difference accepted from tilse's floats.
// Every case currently matches bit for bit; the test reports any
// difference at all.
const oracleTolerance = 1e-12

// tieCases lists fixture cases whose 1:1 metrics may legitimately differ
// from scipy's choice among equal-cost assignments, with the reason.
// It is empty: every case matches.
var tieCases = map[string]string{}

// TestMetricOracle reproduces tilse's six metrics on every fixture case.
func TestMetricOracle(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t, "eval", "fixtures"), "timeline_metric_cases.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []metricCase }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(file.Cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	exact, values := 0, 0
	for ci, c := range file.Cases {
		name := fmt.Sprintf("case%02d", ci)
		t.Run(name, func(t *testing.T) {
			pred := toTimeline(t, c.Predicted)
			var refs []Timeline
			for _, r := range c.References {
				refs = append(refs, toTimeline(t, r))
			}
			got := ScoreAll(pred, refs...)
			for _, m := range Metrics {
				g, w := got.Get(m), c.Expected.Get(m)
				for _, v := range []struct {
					what      string
					got, want float64
				}{
					{"R1 P", g.Rouge1.Precision, w.Rouge1.Precision},
					{"R1 R", g.Rouge1.Recall, w.Rouge1.Recall},
					{"R1 F", g.Rouge1.F, w.Rouge1.F},
					{"R2 P", g.Rouge2.Precision, w.Rouge2.Precision},
					{"R2 R", g.Rouge2.Recall, w.Rouge2.Recall},
					{"R2 F", g.Rouge2.F, w.Rouge2.F},
				} {
					values++
					exact += check(t, name, m.String()+" "+v.what, v.got, v.want)
				}
			}
			for _, v := range []struct {
				what      string
				got, want float64
			}{
				{"date P", got.Dates.Precision, c.Expected.Dates.Precision},
				{"date R", got.Dates.Recall, c.Expected.Dates.Recall},
				{"date F", got.Dates.F, c.Expected.Dates.F},
			} {
				values++
				exact += check(t, name, v.what, v.got, v.want)
			}
		})
	}
	t.Logf("%d cases, %d/%d values bit-identical to tilse", len(file.Cases), exact, values)
}

// check reports got != want; it returns 1 when they are bit-identical.
func check(t *testing.T, name, what string, got, want float64) int {
	t.Helper()
	if got == want {
		return 1
	}
	if reason, ok := tieCases[name]; ok {
		t.Logf("%s: %s = %v, tilse %v (known: %s)", name, what, got, want, reason)
		return 0
	}
	if math.Abs(got-want) <= oracleTolerance {
		t.Errorf("%s = %.17g, tilse %.17g: within %g but not identical", what, got, want, oracleTolerance)
	} else {
		t.Errorf("%s = %.17g, want %.17g", what, got, want)
	}
	return 0
}

// TestReferenceConcurrent scores predictions against one Reference from
// several goroutines (run with -race) and checks they agree with a
// sequential run.
func TestReferenceConcurrent(t *testing.T) {
	start := news.NewDate(2011, 1, 25)
	ref := PrepareReference(syntheticTimeline(start, 10, 3, 2, 1))
	preds := make([]Timeline, 8)
	want := make([]Result, len(preds))
	for k := range preds {
		preds[k] = syntheticTimeline(start.AddDays(k), 10, 2, 2, k+2)
		want[k] = PrepareReference(syntheticTimeline(start, 10, 3, 2, 1)).ScoreAll(preds[k])
	}
	got := make([]Result, len(preds))
	done := make(chan int)
	for k := range preds {
		go func() {
			got[k] = ref.ScoreAll(preds[k])
			done <- k
		}()
	}
	for range preds {
		<-done
	}
	for k := range preds {
		if got[k] != want[k] {
			t.Errorf("prediction %d: concurrent %+v, sequential %+v", k, got[k], want[k])
		}
	}
}

func TestEmptyTimelinesScoreZero(t *testing.T) {
	tl := Timeline{date("2011-01-25"): {"Protesters gather ."}}
	for name, res := range map[string]Result{
		"empty prediction": ScoreAll(Timeline{}, tl),
		"empty reference":  ScoreAll(tl, Timeline{}),
		"no reference":     ScoreAll(tl),
	} {
		t.Run(name, func(t *testing.T) {
			if res != (Result{}) {
				t.Errorf("got %+v, want all zero", res)
			}
		})
	}
}

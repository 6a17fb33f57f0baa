package htmleval

import (
	"context"
	"math"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/webpage"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	got := Tokens("It's 3.5km — naïve_user, 東京!")
	want := []string{"It", "s", "3", "5km", "naïve_user", "東京"}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Tokens = %q, want %q", got, want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		want       Counts
	}{
		{"identical", "a b c d e", "a b c d e", Counts{TP: 1}},
		{"both empty", "", "", Counts{}},
		{"nothing predicted", "a b c d e", "", Counts{FN: 1}},
		// gold shingles abcd, bcde; pred abcd, bcdx, cdxy: 1 shared, 2 extra, 1 missed.
		{"partial", "a b c d e", "a b c d x y", Counts{TP: 0.25, FP: 0.5, FN: 0.25}},
		// Short texts are one shingle of all their tokens.
		{"short", "a b", "a b", Counts{TP: 1}},
		{"repeats count as a multiset", "x y z w x y z w", "x y z w", Counts{TP: 1.0 / 5, FN: 4.0 / 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Match(tt.gold, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("Match = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	// Page 1 perfect; page 2 precision 1/3, recall 1/2; page 3 predicted
	// nothing (recall 0, not in the precision mean).
	s := Aggregate([]Counts{{TP: 1}, {TP: 0.25, FP: 0.5, FN: 0.25}, {FN: 1}})
	p, r := (1+1.0/3)/2, (1+0.5+0)/3
	if s.Pages != 3 || !near(s.Precision, p) || !near(s.Recall, r) || !near(s.F1, 2*p*r/(p+r)) {
		t.Errorf("Aggregate = %+v, want precision %v recall %v", s, p, r)
	}
}

func TestNaNToNull(t *testing.T) {
	in := `{"a": {"file": "NaN.html", "date": NaN}, "b": {"date": "2020-01-01", "x": "say \"NaN\""}}`
	want := `{"a": {"file": "NaN.html", "date": null}, "b": {"date": "2020-01-01", "x": "say \"NaN\""}}`
	if got := string(nanToNull([]byte(in))); got != want {
		t.Errorf("nanToNull = %s, want %s", got, want)
	}
}

func TestConfusion(t *testing.T) {
	var c Confusion
	for _, p := range [][2]string{
		{"2020-01-01", "2020-01-01"}, {"2020-01-01", "2020-01-01"}, {"2020-01-02", "2020-01-01"},
		{"", "2020-01-01"}, {"", ""}, {"2020-01-01", ""},
	} {
		c.Add(p[0], p[1])
	}
	want := Confusion{TP: 2, FP: 2, TN: 1, FN: 1}
	if c != want {
		t.Fatalf("confusion = %+v, want %+v", c, want)
	}
	s := c.Scores()
	if !near(s.Precision, 0.5) || !near(s.Recall, 2.0/3) || !near(s.Accuracy, 0.5) || !near(s.F1, 4.0/7) {
		t.Errorf("scores = %+v", s)
	}
}

// TestAEB runs dateline's HTML reader on the whole benchmark and holds it
// to the floor: F1 at least 0.95 (go-trafilatura publishes 0.960).
func TestAEB(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole benchmark")
	}
	dir := sharedtest.Dir(t, "data", "html", "aeb")
	pages, err := LoadAEB(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 181 {
		t.Fatalf("%d pages, want 181", len(pages))
	}
	res, err := RunAEB(context.Background(), pages, PipelineText(webpage.New(webpage.Options{})))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("AEB: precision %.4f recall %.4f f1 %.4f failed %d", res.Precision, res.Recall, res.F1, res.Failed)
	if res.F1 < 0.95 {
		t.Errorf("AEB F1 = %.4f, below the 0.95 floor", res.F1)
	}
}

// TestMediaCloud compares dateline's date pipeline with go-htmldate alone
// on the same pages: ours must be no worse.
func TestMediaCloud(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole test set")
	}
	dir := sharedtest.Dir(t, "data", "html", "htmldate-mediacloud")
	pages, err := LoadMediaCloud(dir)
	if err != nil {
		t.Fatal(err)
	}
	undated := 0
	for _, p := range pages {
		if p.Gold == "" {
			undated++
		}
	}
	if len(pages) != 200 || undated != 5 {
		t.Fatalf("%d pages, %d undated; want 200 and 5", len(pages), undated)
	}
	res, err := RunDates(context.Background(), pages, []DateSystem{
		{Name: "dateline", Extract: PipelineDate(webpage.New(webpage.Options{}))},
		{Name: "go-htmldate", Extract: LibraryDate()},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Logf("%s: accuracy %.4f f1 %.4f (tp %d fp %d tn %d fn %d, refused %d)", r.Name, r.Accuracy, r.F1, r.TP, r.FP, r.TN, r.FN, r.Failed)
	}
	if res[0].Accuracy < res[1].Accuracy || res[0].F1 < res[1].F1 {
		t.Errorf("dateline (accuracy %.4f, f1 %.4f) is worse than go-htmldate alone (%.4f, %.4f)", res[0].Accuracy, res[0].F1, res[1].Accuracy, res[1].F1)
	}
}

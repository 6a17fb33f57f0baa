package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

type topicSummary struct {
	Name     string
	Dirs     []string
	Keywords []string
	Refs     []string
	Articles []string
	Sources  []string
	Tally    string
}

func summarize(ds *Dataset) []topicSummary {
	var out []topicSummary
	for _, tp := range ds.Topics {
		s := topicSummary{Name: tp.Name, Keywords: tp.Keywords, Tally: tp.Tally.String()}
		for _, d := range tp.Dirs {
			s.Dirs = append(s.Dirs, filepath.Base(d))
		}
		for _, r := range tp.References {
			s.Refs = append(s.Refs, r.Name+" "+string(r.Kind))
			if filepath.Base(r.Path) != r.Name[strings.LastIndex(r.Name, "/")+1:] {
				s.Refs = append(s.Refs, "bad path "+r.Path)
			}
		}
		for _, a := range tp.Articles {
			s.Articles = append(s.Articles, a.ID)
			s.Sources = append(s.Sources, a.Source)
		}
		out = append(out, s)
	}
	return out
}

func TestLoadDatasetT17(t *testing.T) {
	ds, err := LoadDataset(context.Background(), t17Fixture(t), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Kind != KindT17 {
		t.Errorf("kind = %q", ds.Kind)
	}
	want := []topicSummary{
		{
			Name:     "quake",
			Dirs:     []string{"quake_alpha", "quake_beta"},
			Keywords: []string{"quake", "orlen", "aftershock"},
			Refs:     []string{"quake_alpha/timelines/alpha.txt t17", "quake_beta/timelines/beta.txt t17"},
			Articles: []string{
				"quake_alpha/InputDocs/2030-05-01/1.htm.txt",
				"quake_alpha/InputDocs/2030-05-02/2.htm.txt",
				"quake_beta/InputDocs/2030-05-01/1.htm.txt",
			},
			Sources: []string{"quake_alpha", "quake_alpha", "quake_beta"},
			Tally:   "read 4 documents: 3 used, 1 skipped (1 empty)",
		},
		{
			Name:     "storm",
			Dirs:     []string{"storm_gamma"},
			Keywords: []string{"storm"},
			Refs:     []string{"storm_gamma/timelines/g.txt t17"},
			Articles: []string{"storm_gamma/InputDocs/2030-07-09/7.htm.txt"},
			Sources:  []string{"storm_gamma"},
			Tally:    "read 1 document: 1 used, 0 skipped",
		},
	}
	if diff := cmp.Diff(want, summarize(ds)); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	if got := ds.Tally().String(); got != "read 5 documents: 4 used, 1 skipped (1 empty)" {
		t.Errorf("dataset tally = %q", got)
	}
	if sk := ds.Topics[0].Skipped; len(sk) != 1 || sk[0].Reason != ReasonEmpty || !strings.HasSuffix(filepath.ToSlash(sk[0].Origin), "quake_alpha/InputDocs/2030-05-02/3.htm.txt") {
		t.Errorf("skipped = %v", sk)
	}
}

func TestLoadDatasetNewsTLS(t *testing.T) {
	ds, err := LoadDataset(context.Background(), "testdata/newstls", Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Kind != KindNewsTLS {
		t.Errorf("kind = %q", ds.Kind)
	}
	want := []topicSummary{
		{
			Name:     "lanternfest",
			Dirs:     []string{"lanternfest"},
			Keywords: []string{"lantern", "festival"},
			Refs:     []string{"lanternfest/timelines.jsonl news-tls"},
			Articles: []string{"lanternfest/articles.jsonl#1", "lanternfest/articles.jsonl#2"},
			Sources:  []string{"lanternfest", "lanternfest"},
			Tally:    "read 2 documents: 2 used, 0 skipped",
		},
		{
			Name:     "tidewater",
			Dirs:     []string{"tidewater"},
			Keywords: []string{"tide", "gauge", "welby"},
			Refs:     []string{"tidewater/timelines.jsonl news-tls"},
			Articles: []string{
				"tidewater/articles.preprocessed.jsonl.gz#t1",
				"tidewater/articles.preprocessed.jsonl.gz#t2",
				"tidewater/articles.preprocessed.jsonl.gz#t3",
			},
			Sources: []string{"tidewater", "tidewater", "Welby Post"},
			Tally:   "read 3 documents: 3 used, 0 skipped",
		},
	}
	if diff := cmp.Diff(want, summarize(ds)); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	// Sentences come from the lines of "text".
	a := ds.Topics[1].Articles[0]
	if len(a.Sentences) != 2 || a.Sentences[1].Text != "Engineers said the fault was electrical." {
		t.Errorf("sentences = %+v", a.Sentences)
	}
}

func TestDetectDataset(t *testing.T) {
	t17 := t17Fixture(t)
	tests := []struct {
		name, dir string
		kind      DatasetKind
		ok        bool
	}{
		{"t17", t17, KindT17, true},
		{"t17/quake_beta", filepath.Join(t17, "quake_beta"), KindT17, true}, // one topic folder
		{"newstls", "testdata/newstls", KindNewsTLS, true},
		{"newstls/tidewater", "testdata/newstls/tidewater", KindNewsTLS, true},
		{"mixed", "testdata/mixed", "", false},
		{"missing", "testdata/missing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := DetectDataset(tt.dir)
			if kind != tt.kind || ok != tt.ok {
				t.Errorf("got %q %v, want %q %v", kind, ok, tt.kind, tt.ok)
			}
		})
	}
	if _, err := LoadDataset(context.Background(), "testdata/mixed", Options{}); err == nil {
		t.Error("LoadDataset accepted a folder of no known layout")
	}
}

// TestLoadDatasetT17Real loads the real Timeline17 data when present.
func TestLoadDatasetT17Real(t *testing.T) {
	dir := sharedtest.Dir(t, "data", "t17")
	ds, err := LoadDataset(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ds.Tally().String(), "read 4650 documents: 4625 used, 25 skipped (25 empty)"; got != want {
		t.Errorf("tally = %q, want %q", got, want)
	}
	var names []string
	refs := 0
	seen := map[string]bool{}
	for _, tp := range ds.Topics {
		names = append(names, tp.Name)
		refs += len(tp.References)
		for _, a := range tp.Articles {
			if seen[a.ID] {
				t.Fatalf("duplicate id %s", a.ID)
			}
			seen[a.ID] = true
			if len(a.Sentences) == 0 || a.Source == "" || a.Published.IsZero() {
				t.Fatalf("incomplete article %s", a.ID)
			}
		}
	}
	wantNames := []string{"EgyptianProtest", "Finan", "H1N1", "IraqWar", "LibyaWar", "MJ", "SyrianCrisis", "bpoil", "haiti"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	if refs != 19 {
		t.Errorf("%d reference timelines, want 19", refs)
	}
}

// TestLoadDatasetSymlinkedTopics: a dataset folder may gather topic
// folders kept elsewhere through symbolic links.
func TestLoadDatasetSymlinkedTopics(t *testing.T) {
	src := t17Fixture(t)
	dir := t.TempDir()
	for _, f := range []string{"quake_alpha", "storm_gamma"} {
		abs, err := filepath.Abs(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(dir, f)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	if kind, ok := DetectDataset(dir); kind != KindT17 || !ok {
		t.Fatalf("DetectDataset = %q %v, want %q true", kind, ok, KindT17)
	}
	ds, err := LoadDataset(context.Background(), dir, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range summarize(ds) {
		got = append(got, fmt.Sprintf("%s %d articles %d refs", s.Name, len(s.Articles), len(s.Refs)))
	}
	if want := []string{"quake 2 articles 1 refs", "storm 1 articles 1 refs"}; !slices.Equal(got, want) {
		t.Errorf("topics = %q, want %q", got, want)
	}
}

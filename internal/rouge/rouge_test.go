package rouge

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

type countCase struct {
	Peer     []string   `json:"peer_sentences"`
	Refs     [][]string `json:"reference_summaries"`
	Expected struct {
		R1M int `json:"rouge_1_m_count"`
		R1P int `json:"rouge_1_p_count"`
		R1H int `json:"rouge_1_h_count"`
		R2M int `json:"rouge_2_m_count"`
		R2P int `json:"rouge_2_p_count"`
		R2H int `json:"rouge_2_h_count"`
	} `json:"expected"`
}

// TestCountOracle reproduces the counts ROUGE-1.5.5 printed for every case
// of the fixture.
func TestCountOracle(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t, "eval", "fixtures"), "rouge_counts_cases.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []countCase }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(file.Cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	a := NewAnalyzer()
	matched := 0
	for i, c := range file.Cases {
		t.Run(fmt.Sprintf("case%03d", i), func(t *testing.T) {
			refs := make([]*Profile, len(c.Refs))
			for j, r := range c.Refs {
				refs[j] = a.Profile(r...)
			}
			got := Count(a.Profile(c.Peer...), refs...)
			e := c.Expected
			want := Counts{
				Rouge1: NCounts{Hit: e.R1H, Model: e.R1M, Peer: e.R1P},
				Rouge2: NCounts{Hit: e.R2H, Model: e.R2M, Peer: e.R2P},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("peer %q refs %q: counts mismatch (-want +got):\n%s", c.Peer, c.Refs, diff)
				return
			}
			matched++
		})
	}
	t.Logf("%d/%d ROUGE count cases match", matched, len(file.Cases))
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		want      []string
	}{
		{"stopwords and stemming", []string{"The agreement was signed"}, []string{"agreem", "sign"}},
		{"cut at first <", []string{"alpha < bravo"}, []string{"alpha"}},
		{"sentence starting with < is dropped", []string{"<b> bravo", "charlie"}, []string{"charli"}},
		{"caret becomes circ", []string{"x^y"}, []string{"circ"}},
		{"non-ASCII bytes separate", []string{"Zürich"}, []string{"rich"}},
		{"hyphen splits and is dropped", []string{"ice-cold"}, []string{"ice", "cold"}},
		{"exception table", []string{"children bought"}, []string{"child", "buy"}},
		{"words of 3 bytes unstemmed", []string{"cat dogs ies"}, []string{"cat", "dog", "ies"}},
		{"python whitespace", []string{"alpha\x1cbravo"}, []string{"alpha", "bravo"}},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Terms(tt.sentences...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Terms(%q) mismatch (-want +got):\n%s", tt.sentences, diff)
			}
		})
	}
}

func TestCount(t *testing.T) {
	a := NewAnalyzer()
	tests := []struct {
		name string
		peer []string
		refs [][]string
		want Counts
	}{
		{
			name: "bigrams skip stopwords and cross sentences",
			peer: []string{"alpha the bravo", "charlie"},
			refs: [][]string{{"alpha bravo charlie"}},
			want: Counts{Rouge1: NCounts{Hit: 3, Model: 3, Peer: 3}, Rouge2: NCounts{Hit: 2, Model: 2, Peer: 2}},
		},
		{
			name: "clipped per reference, peer counted per reference",
			peer: []string{"alpha alpha alpha"},
			refs: [][]string{{"alpha alpha"}, {}, {"alpha"}},
			want: Counts{Rouge1: NCounts{Hit: 3, Model: 3, Peer: 9}, Rouge2: NCounts{Hit: 1, Model: 1, Peer: 6}},
		},
		{
			name: "empty peer",
			peer: nil,
			refs: [][]string{{"alpha bravo"}},
			want: Counts{Rouge1: NCounts{Model: 2}, Rouge2: NCounts{Model: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs := make([]*Profile, len(tt.refs))
			for i, r := range tt.refs {
				refs[i] = a.Profile(r...)
			}
			got := Count(a.Profile(tt.peer...), refs...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCountPanicsOnMixedAnalyzers(t *testing.T) {
	p := NewAnalyzer().Profile("alpha")
	q := NewAnalyzer().Profile("alpha")
	defer func() {
		if recover() == nil {
			t.Error("Count with profiles of two Analyzers did not panic")
		}
	}()
	Count(p, q)
}

func TestConcatEqualsJointProfile(t *testing.T) {
	a := NewAnalyzer()
	s1 := []string{"Rebels seized the city", "talks failed"}
	s2 := []string{}
	s3 := []string{"Talks resumed ^ later <b>ignored</b>"}
	joint := a.Profile(append(append(append([]string{}, s1...), s2...), s3...)...)
	cat := a.Concat(a.Profile(s1...), a.Profile(s2...), nil, a.Profile(s3...))
	if got, want := Count(cat, joint), Count(joint, joint); got != want {
		t.Errorf("Count(concat, joint) = %+v, want %+v", got, want)
	}
	if cat.Unigrams() != joint.Unigrams() || cat.Bigrams() != joint.Bigrams() {
		t.Errorf("sizes %d/%d, want %d/%d", cat.Unigrams(), cat.Bigrams(), joint.Unigrams(), joint.Bigrams())
	}
}

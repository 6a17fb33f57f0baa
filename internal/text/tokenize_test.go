package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"clitics", "Jackson's doctor didn't say", []string{"Jackson", "'s", "doctor", "did", "n't", "say"}},
		{"ptb clitics", "Jackson 's doctor did n't say", []string{"Jackson", "'s", "doctor", "did", "n't", "say"}},
		{"cant", "can't won't", []string{"ca", "n't", "wo", "n't"}},
		{"curly apostrophe", "Jackson’s", []string{"Jackson", "’s"}},
		{"name apostrophe", "O'Brien's plan", []string{"O'Brien", "'s", "plan"}},
		{"plural possessive", "players' union", []string{"players", "'", "union"}},
		{"abbreviations", "Mr. Smith of the U.S. left.", []string{"Mr.", "Smith", "of", "the", "U.S.", "left", "."}},
		{"numbers", "10,000 people, 3.5% and 52-48", []string{"10,000", "people", ",", "3.5", "%", "and", "52-48"}},
		{"hyphen and amp", "well-known AT&T -- done", []string{"well-known", "AT&T", "--", "done"}},
		{"ptb brackets", "-LRB- x -RRB- `` a ''", []string{"(", "x", ")", `"`, "a", `"`}},
		{"raw quotes", `"a" (b)`, []string{`"`, "a", `"`, "(", "b", ")"}},
		{"ellipsis", "wait... now", []string{"wait", "...", "now"}},
		{"unicode", "Zürich café — naïve", []string{"Zürich", "café", "—", "naïve"}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range Tokenize(tt.in) {
				got = append(got, tk.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokenKindsAndOffsets(t *testing.T) {
	in := "In 2010 -LRB- BP -RRB- paid $3.5bn."
	want := []struct {
		text string
		kind TokenKind
	}{
		{"In", KindWord}, {"2010", KindNumber}, {"(", KindPunct}, {"BP", KindWord}, {")", KindPunct},
		{"paid", KindWord}, {"$", KindPunct}, {"3.5bn", KindWord}, {".", KindPunct},
	}
	got := Tokenize(in)
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %+v, want %d", len(got), got, len(want))
	}
	for i, tk := range got {
		if tk.Text != want[i].text || tk.Kind != want[i].kind {
			t.Errorf("token %d = %q/%v, want %q/%v", i, tk.Text, tk.Kind, want[i].text, want[i].kind)
		}
	}
	if g := in[got[2].Start:got[2].End]; g != "-LRB-" {
		t.Errorf("offsets of decoded escape cover %q, want -LRB-", g)
	}
}

func TestWords(t *testing.T) {
	got := Words(`"Yes," he said -- twice.`)
	if diff := cmp.Diff([]string{"Yes", "he", "said", "twice"}, got); diff != "" {
		t.Errorf("Words mismatch (-want +got):\n%s", diff)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Jackson's didn't U.S. -LRB- ``x'' 10,000", "O'Brien’s — naïve...", "'s n't '", "\xffa'\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v after %d in %q", tk, prev, s)
			}
			if utf8.ValidString(s) && strings.TrimSpace(s[prev:tk.Start]) != "" {
				t.Fatalf("text %q skipped before token %+v in %q", s[prev:tk.Start], tk, s)
			}
			prev = tk.End
		}
		var a Analyzer
		for _, term := range a.Terms(s) {
			if term == "" {
				t.Fatalf("empty term from %q", s)
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	sents := benchSentences(b)
	var n int
	for _, s := range sents {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			Tokenize(s)
		}
	}
}

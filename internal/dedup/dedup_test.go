package dedup

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "the cat sat", []string{"the", "cat", "sat"}},
		{"case and punctuation", "Hello, World!", []string{"hello", "world"}},
		{"acronym dots", "the U.S. and U.K. said", []string{"the", "us", "and", "uk", "said"}},
		{"possessive", "Russia's army", []string{"russia", "army"}},
		{"apostrophe inside", "don't stop", []string{"dont", "stop"}},
		{"hyphen joins", "co-operation and 6.1-magnitude", []string{"cooperation", "and", "6.1magnitude"}},
		{"thousands", "1,000 people, 2 cats", []string{"1000", "people", "2", "cats"}},
		{"decimal", "3.5 percent", []string{"3.5", "percent"}},
		{"missing space", "ended.The next", []string{"ended", "the", "next"}},
		{"url dropped", "see https://example.com/a?b=c now", []string{"see", "now"}},
		{"host dropped", "visit www.example.com or example.org today", []string{"visit", "or", "today"}},
		{"email and handle dropped", "mail a.b@example.com or @someone now", []string{"mail", "or", "now"}},
		{"unicode", "Zürich café naïve", []string{"zürich", "café", "naïve"}},
		{"curly apostrophe", "Obama’s plan", []string{"obama", "plan"}},
		{"empty", "", nil},
		{"only punctuation", "-- ... !!", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range tokenize(tt.in, nil) {
				got = append(got, tk.text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokenFlags(t *testing.T) {
	toks := tokenize("NATO and Nato, U.S. army", nil)
	type flags struct {
		Text      string
		Cap, Caps bool
		Brk       bool
	}
	var got []flags
	for _, tk := range toks {
		got = append(got, flags{tk.text, tk.cap, tk.caps, tk.brk})
	}
	want := []flags{{"nato", true, true, false}, {"and", false, false, false}, {"nato", true, false, false}, {"us", true, true, true}, {"army", false, false, false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("flags (-want +got):\n%s", diff)
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"purchased", "purchas"}, {"purchase", "purchas"}, {"purchases", "purchas"}, {"purchasing", "purchas"},
		{"stopped", "stop"}, {"stopping", "stop"}, {"cities", "city"}, {"classes", "class"},
		{"bus", "bus"}, {"crisis", "crisis"}, {"was", "was"}, {"troops", "troop"}, {"Zürich", "Zürich"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := stem(tt.in); got != tt.want {
				t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		wire string
	}{
		{"expansion meets acronym", "The North Atlantic Treaty Organisation met.", []string{"nato", "meet"}, ""},
		{"acronym", "NATO met.", []string{"nato", "meet"}, ""},
		{"phrase then restated acronym", "the North Atlantic Treaty Organization (NATO) met", []string{"nato", "meet"}, ""},
		{"organisation name collapses", "the World Trade Organisation ruled", []string{"wto", "rul"}, ""},
		{"name with connector", "the Federal Bureau of Investigation searched", []string{"fbi", "search"}, ""},
		{"initials used elsewhere", "Human Rights Watch said HRW would report", []string{"hrw", "hrw", "report"}, ""},
		{"person names kept", "Prime Minister Jane Roe arrived", []string{"prim", "minister", "jane", "roe", "arriv"}, ""},
		{"country expansion", "the Russian Federation and Russia", []string{"russia", "russia"}, ""},
		{"US forms", "the United States, the U.S. and the US", []string{"us", "us", "us"}, ""},
		{"pronoun us is a stopword", "they told us", nil, ""},
		{"WHO is not who", "WHO warned those who travel", []string{"who", "warn", "travel"}, ""},
		{"spinning synonym", "they purchased a huge vehicle", []string{"buy", "big", "car"}, ""},
		{"filler words dropped", "additionally, approximately 5 people", []string{"5", "people"}, ""},
		{"number words", "three ministers", []string{"3", "minister"}, ""},
		{"reporting verbs dropped", "she stated and added", []string{}, ""},
		{"wire dateline", "LONDON (Reuters) - Markets fell.", []string{"market", "fall"}, "reuters"},
		{"ptb dateline", "-LRB- Reuters -RRB- -- Markets fell .", []string{"market", "fall"}, "reuters"},
		{"ap dateline with date", "WASHINGTON, May 3 (AP) — Markets fell.", []string{"market", "fall"}, "ap"},
		{"plain dateline", "PARIS — Markets fell.", []string{"market", "fall"}, ""},
		{"credit line", "Markets fell.\nBy JANE ROE, Associated Press", []string{"market", "fall"}, "ap"},
		{"byline without agency", "By Jane Roe\nMarkets fell.", []string{"market", "fall"}, ""},
		{"sentence starting with By kept", "By Monday, markets fell.", []string{"monday", "market", "fall"}, ""},
		{"read more tail", "Markets fell.\nRead more: https://x.example/y", []string{"market", "fall"}, ""},
		{"copyright line credits agency", "Markets fell.\n© 2024 AFP", []string{"market", "fall"}, "afp"},
		{"contributed line", "Markets fell.\nAssociated Press writer Jo Bloggs contributed to this report.", []string{"market", "fall"}, "ap"},
		{"agency mention in text is not a credit", "Reuters reported that markets fell.", []string{"reuter", "market", "fall"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, wire := terms(tt.in, nil)
			if len(got) == 0 {
				got = nil
			}
			want := tt.want
			if len(want) == 0 {
				want = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("terms(%q) (-want +got):\n%s", tt.in, diff)
			}
			if wire != tt.wire {
				t.Errorf("terms(%q) wire = %q, want %q", tt.in, wire, tt.wire)
			}
		})
	}
}

func TestTablesParse(t *testing.T) {
	tb, err := parseTables()
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.words) < 100 || len(tb.phrases) < 10 || len(tb.stop) < 100 || len(tb.wireNames) < 10 {
		t.Errorf("tables look truncated: %d words, %d phrase heads, %d stopwords, %d agency names", len(tb.words), len(tb.phrases), len(tb.stop), len(tb.wireNames))
	}
}

func TestWireOfSource(t *testing.T) {
	for in, want := range map[string]string{
		"Reuters": "reuters", "reuters.com": "reuters", "apnews.com": "ap", "The Associated Press": "ap",
		"Agence France-Presse": "afp", "BBC News": "", "": "", "Apple Daily": "",
	} {
		if got := WireOfSource(in); got != want {
			t.Errorf("WireOfSource(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	bad := map[string]Options{
		"zero shingle":   {Shingle: 0, Bands: 4, Rows: 2, Threshold: 0.5},
		"no bands":       {Shingle: 2, Bands: 0, Rows: 2, Threshold: 0.5},
		"zero threshold": {Shingle: 2, Bands: 4, Rows: 2, Threshold: 0},
		"threshold > 1":  {Shingle: 2, Bands: 4, Rows: 2, Threshold: 1.5},
		"too many":       {Shingle: 2, Bands: 100, Rows: 20, Threshold: 0.5},
	}
	for name, o := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := New(o); err == nil {
				t.Errorf("New(%+v) accepted", o)
			}
		})
	}
	for _, o := range []Options{ArticleOptions(), SentenceOptions()} {
		if err := o.Validate(); err != nil {
			t.Errorf("default options invalid: %v", err)
		}
	}
}

func TestSignDeterministic(t *testing.T) {
	h := MustNew(ArticleOptions())
	text := "The European Central Bank raised its main interest rate on Thursday."
	a, b := h.Sign(text), MustNew(ArticleOptions()).Sign(text)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two hashers disagree (-a +b):\n%s", diff)
	}
	// A fixed value guards against accidental changes of the scheme
	// (seed, hashing, tables): bump SignatureVersion when it changes.
	if got, want := fmt.Sprintf("%016x/%08x", a.Body, a.MinHash[0]), signatureGolden; got != want {
		t.Errorf("signature of the golden text = %s, want %s (if the scheme changed on purpose, bump SignatureVersion and update the golden value)", got, want)
	}
}

const signatureGolden = "b729c524abfad981/07ddba0e"

func TestEmptyNeverFolds(t *testing.T) {
	h := MustNew(SentenceOptions())
	docs := []Doc{{ID: "a", Text: ""}, {ID: "b", Text: "the of and"}, {ID: "c", Text: ""}, {ID: "d", Text: "Read more: http://x"}}
	f := h.Fold(docs)
	if len(f.Groups) != len(docs) {
		t.Errorf("%d groups for %d texts without terms, want one each", len(f.Groups), len(docs))
	}
	s := h.Sign("")
	if !s.Empty() || s.MinHash != nil || h.BandKeys(&s) != nil {
		t.Errorf("empty text signature = %+v, want empty", s)
	}
}

func TestFoldRepresentativeAndOrder(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2020, 1, d, 0, 0, 0, 0, time.UTC) }
	text := "Officials confirmed the bridge over the river will reopen to traffic next month after repairs."
	docs := []Doc{
		{ID: "late", Text: text, Published: day(5)},
		{ID: "other", Text: "A completely different story about football results and the league table.", Published: day(1)},
		{ID: "b-early", Text: text + "\nRead more: https://x.example", Published: day(2)},
		{ID: "a-early", Text: "PARIS (AFP) - " + text, Published: day(2)},
	}
	h := MustNew(ArticleOptions())
	f := h.Fold(docs)
	if len(f.Groups) != 2 {
		t.Fatalf("%d groups, want 2", len(f.Groups))
	}
	g := f.Groups[f.Of[0]]
	var ids []string
	for _, m := range g.Members {
		ids = append(ids, docs[m].ID)
	}
	if diff := cmp.Diff([]string{"a-early", "b-early", "late"}, ids); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if g.Sources != 3 || g.Independent != 1 {
		t.Errorf("sources %d independent %d, want 3 and 1 (identical bodies)", g.Sources, g.Independent)
	}
	unlinked := 0
	for _, m := range g.Members {
		switch l := f.Links[m]; {
		case l.To < 0:
			unlinked++
		case f.Of[l.To] != f.Of[m] || l.Jaccard != 1:
			t.Errorf("link of %s = %+v, want a copy in its group with Jaccard 1", docs[m].ID, l)
		}
	}
	if unlinked != 1 {
		t.Errorf("%d members without a link, want 1", unlinked)
	}
	// Any input order gives the same groups (as sets of IDs) and the same
	// representatives.
	want := groupIDs(docs, f)
	r := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		perm := slices.Clone(docs)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		if diff := cmp.Diff(want, groupIDs(perm, h.Fold(perm))); diff != "" {
			t.Fatalf("groups depend on input order (-want +got):\n%s", diff)
		}
	}
}

// groupIDs lists each group as its member IDs, representative first,
// sorted by representative.
func groupIDs(docs []Doc, f *Folding) [][]string {
	var out [][]string
	for _, g := range f.Groups {
		var ids []string
		for _, m := range g.Members {
			ids = append(ids, docs[m].ID)
		}
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

func TestFoldLargeBucketTransitive(t *testing.T) {
	// 500 identical texts share every band; the window bounds comparisons
	// but all must still end up in one group.
	docs := make([]Doc, 500)
	for i := range docs {
		docs[i] = Doc{ID: fmt.Sprintf("d%03d", i), Text: "The same syndicated sentence about the storm that hit the coast on Sunday."}
	}
	f := MustNew(SentenceOptions()).Fold(docs)
	if len(f.Groups) != 1 || f.Groups[0].Sources != 500 || f.Groups[0].Independent != 1 {
		t.Fatalf("got %d groups (first: %d sources, %d independent), want 1 of 500 and 1", len(f.Groups), f.Groups[0].Sources, f.Groups[0].Independent)
	}
}

func TestIndependent(t *testing.T) {
	tests := []struct {
		name   string
		wires  []string
		bodies []uint64
		want   int
	}{
		{"one", []string{""}, []uint64{1}, 1},
		{"distinct", []string{"", ""}, []uint64{1, 2}, 2},
		{"identical bodies", []string{"", ""}, []uint64{1, 1}, 1},
		{"same agency", []string{"ap", "ap"}, []uint64{1, 2}, 1},
		{"two agencies", []string{"ap", "reuters"}, []uint64{1, 2}, 2},
		{"uncredited reprint joins agency", []string{"ap", "", "ap"}, []uint64{1, 1, 3}, 1},
		{"mixed", []string{"reuters", "", "", "afp"}, []uint64{1, 2, 2, 4}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Independent(tt.wires, tt.bodies); got != tt.want {
				t.Errorf("Independent = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	h := MustNew(ArticleOptions())
	a := Doc{ID: "a", Text: "LONDON (Reuters) - The North Atlantic Treaty Organisation purchased three new radar systems for its eastern members on Monday, officials said."}
	b := Doc{ID: "b", Text: "NATO bought 3 new radar systems for its eastern members on Monday, officials stated.\nRead more: https://x.example"}
	e := h.Explain(a, b)
	if !e.Similar || !e.Candidate || e.Jaccard != 1 || !e.SameBody {
		t.Errorf("Explain = %+v, want similar candidates with Jaccard 1 and same body", e)
	}
	if e.WireA != "reuters" || e.WireB != "" {
		t.Errorf("wires %q/%q, want reuters/-", e.WireA, e.WireB)
	}
	s := e.String()
	for _, want := range []string{"near-duplicates: Jaccard 1.000", `phrase "North Atlantic Treaty Organisation" → nato`, `synonym "purchased" → buy`, `stripped dateline "LONDON (Reuters) -"`, `dropped boilerplate line "Read more: https://x.example"`, `"nato buy 3"`} {
		if !strings.Contains(s, want) {
			t.Errorf("explanation lacks %q:\n%s", want, s)
		}
	}
	c := Doc{ID: "c", Text: "Football: the home side won three nil in the league on Monday."}
	if e := h.Explain(a, c); e.Similar || e.Shared != 0 {
		t.Errorf("unrelated texts: %+v", e)
	}
}

func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 5, 255, 256, 1000, 5000} {
		a := make([]uint64, n)
		for i := range a {
			a[i] = r.Uint64()
			if i%7 == 0 {
				a[i] &= 0xffff // many values sharing high bytes
			}
		}
		want := slices.Clone(a)
		slices.Sort(want)
		radixSort(a, make([]uint64, n))
		if !slices.Equal(a, want) {
			t.Fatalf("radixSort of %d values is not sorted", n)
		}
	}
}

func TestCredit(t *testing.T) {
	tests := []struct{ text, source, want string }{
		{"PARIS (AFP) - Talks resumed.", "Le Monde", "afp"},
		{"Talks resumed.\n(Reporting by Jo Roe; Editing by Al Bo)\nThomson Reuters", "", "reuters"},
		{"Talks resumed.", "apnews.com", "ap"},
		{"Talks resumed, Reuters reported.", "Daily Planet", ""},
	}
	for _, tt := range tests {
		if got := Credit(tt.text, tt.source); got != tt.want {
			t.Errorf("Credit(%q, %q) = %q, want %q", tt.text, tt.source, got, tt.want)
		}
	}
}

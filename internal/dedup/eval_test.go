package dedup

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// evalDoc is one document of testdata/folding.txt.
type evalDoc struct {
	Doc
	Title string
	Story string // gold group
	Kind  string
}

func loadEvalSet(tb testing.TB) []evalDoc {
	tb.Helper()
	f, err := os.Open("testdata/folding.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []evalDoc
	var body []string
	flush := func() {
		if len(docs) > 0 {
			docs[len(docs)-1].Text = strings.TrimSpace(strings.Join(body, "\n"))
		}
		body = body[:0]
	}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#") && len(docs) == 0:
		case strings.HasPrefix(l, "=== "):
			flush()
			parts := strings.Split(strings.TrimPrefix(l, "=== "), " | ")
			if len(parts) != 5 {
				tb.Fatalf("folding.txt:%d: want 5 header fields, got %q", line, l)
			}
			pub, err := time.Parse(time.RFC3339, parts[4])
			if err != nil {
				tb.Fatalf("folding.txt:%d: %v", line, err)
			}
			docs = append(docs, evalDoc{Doc: Doc{ID: parts[0], Source: parts[3], Published: pub}, Story: parts[1], Kind: parts[2]})
		case strings.HasPrefix(l, "title: ") && len(body) == 0:
			docs[len(docs)-1].Title = strings.TrimPrefix(l, "title: ")
		default:
			body = append(body, l)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// pairScores computes pairwise precision and recall of a folding against
// the gold stories.
func pairScores(docs []evalDoc, f *Folding) (p, r float64, tp, fp, fn int) {
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			gold := docs[i].Story == docs[j].Story
			pred := f.Of[i] == f.Of[j]
			switch {
			case gold && pred:
				tp++
			case pred:
				fp++
			case gold:
				fn++
			}
		}
	}
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return p, r, tp, fp, fn
}

func TestFoldingEvalSet(t *testing.T) {
	docs := loadEvalSet(t)
	if len(docs) < 40 {
		t.Fatalf("eval set has %d documents, want ≥ 40", len(docs))
	}
	plain := make([]Doc, len(docs))
	for i := range docs {
		plain[i] = docs[i].Doc
	}
	// Diagnostics: each variant against its story's original.
	h := MustNew(ArticleOptions())
	orig := map[string]int{}
	for i, d := range docs {
		if d.Kind == "original" {
			orig[d.Story] = i
		}
	}
	sigs := h.SignAll(plain)
	for i, d := range docs {
		story := strings.TrimSuffix(strings.TrimSuffix(d.Story, "-other"), "-follow")
		o := orig[story]
		if i == o {
			continue
		}
		t.Logf("%-10s %-12s J=%.3f", d.ID, d.Kind, Jaccard(&sigs[i], &sigs[o]))
	}

	// Ablation: the same shingling without cleaning or normalisation
	// (lowercased words only), to show what the normalisation buys.
	rawSig := func(text string) Signature {
		var th []uint64
		for _, tk := range tokenize(text, nil) {
			th = append(th, hashString(tk.text))
		}
		return Signature{Shingles: shingleHashes(th, h.Options().Shingle)}
	}
	rawMin := map[string]float64{}
	rawMax := map[string]float64{}
	for i, d := range docs {
		story := strings.TrimSuffix(strings.TrimSuffix(d.Story, "-other"), "-follow")
		o := orig[story]
		if i == o {
			continue
		}
		a, b := rawSig(d.Text), rawSig(docs[o].Text)
		j := Jaccard(&a, &b)
		if v, ok := rawMin[d.Kind]; !ok || j < v {
			rawMin[d.Kind] = j
		}
		rawMax[d.Kind] = max(rawMax[d.Kind], j)
	}
	for _, k := range []string{"reprint", "wrapped", "reheadlined", "spun", "sameevent", "followup"} {
		t.Logf("without normalisation: %-12s J in [%.3f, %.3f]", k, rawMin[k], rawMax[k])
	}

	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
		opts := ArticleOptions()
		opts.Threshold = th
		f := MustNew(opts).FoldSigned(plain, sigs)
		p, r, tp, fp, fn := pairScores(docs, f)
		t.Logf("threshold %.1f: pairwise precision %.3f recall %.3f (tp %d fp %d fn %d)", th, p, r, tp, fp, fn)
	}

	f := h.FoldSigned(plain, sigs)
	p, r, _, _, _ := pairScores(docs, f)
	// Per-kind recall (variant folded with its original) and hard
	// negatives wrongly folded.
	byKind := map[string][2]int{}
	for i, d := range docs {
		story := strings.TrimSuffix(strings.TrimSuffix(d.Story, "-other"), "-follow")
		o := orig[story]
		if i == o {
			continue
		}
		c := byKind[d.Kind]
		c[1]++
		if f.Of[i] == f.Of[o] {
			c[0]++
		}
		byKind[d.Kind] = c
	}
	for _, k := range []string{"reprint", "wrapped", "reheadlined", "spun", "sameevent", "followup"} {
		t.Logf("%-12s folded with original: %d/%d", k, byKind[k][0], byKind[k][1])
	}
	t.Logf("default threshold %.2f: pairwise precision %.3f recall %.3f", h.Options().Threshold, p, r)
	for _, k := range []string{"sameevent", "followup"} {
		if byKind[k][0] != 0 {
			t.Errorf("%s: %d hard negatives folded with the original, want 0", k, byKind[k][0])
		}
	}
	for _, k := range []string{"reprint", "wrapped", "reheadlined"} {
		if byKind[k][0] != byKind[k][1] {
			t.Errorf("%s: %d/%d folded with the original, want all", k, byKind[k][0], byKind[k][1])
		}
	}
	if p < 0.95 || r < 0.9 {
		t.Errorf("pairwise precision %.3f recall %.3f, want ≥ 0.95 and ≥ 0.9", p, r)
	}
}

func Example_evalSetFigures() {
	fmt.Println("see TestFoldingEvalSet -v")
	// Output: see TestFoldingEvalSet -v
}

func TestIndependentEvalSet(t *testing.T) {
	docs := loadEvalSet(t)
	plain := make([]Doc, len(docs))
	for i := range docs {
		plain[i] = docs[i].Doc
	}
	f := MustNew(ArticleOptions()).Fold(plain)
	for _, g := range f.Groups {
		rep := docs[g.Rep()]
		want := struct{ sources, indep int }{1, 1}
		if rep.Kind == "original" {
			// original, reprint and wrapped copy are one source (identical
			// bodies, agency credit); the spun and the re-headlined copy
			// were edited.
			want.sources, want.indep = 5, 3
		}
		if g.Sources != want.sources || g.Independent != want.indep {
			t.Errorf("group of %s: sources %d independent %d, want %d and %d", rep.ID, g.Sources, g.Independent, want.sources, want.indep)
		}
		if rep.Kind == "original" && rep.Story != rep.ID[:2] {
			t.Errorf("group of %s: representative story %s", rep.ID, rep.Story)
		}
	}
}

// TestSentenceEvalSet folds the sentences of the originals and of their spun
// copies (written line by line, so line i of one is line i of the other):
// a pair is a true near-duplicate iff same story and same line.
func TestSentenceEvalSet(t *testing.T) {
	docs := loadEvalSet(t)
	type sent struct {
		story string
		line  int
	}
	var meta []sent
	var sents []Doc
	for _, d := range docs {
		if d.Kind != "original" && d.Kind != "spun" {
			continue
		}
		for i, l := range strings.Split(d.Text, "\n") {
			meta = append(meta, sent{d.Story, i})
			sents = append(sents, Doc{ID: fmt.Sprintf("%s#%d", d.ID, i), Text: l, Published: d.Published})
		}
	}
	h := MustNew(SentenceOptions())
	sigs := h.SignAll(sents)
	var pos []float64
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6} {
		opts := SentenceOptions()
		opts.Threshold = th
		f := MustNew(opts).FoldSigned(sents, sigs)
		tp, fp, fn := 0, 0, 0
		for i := range sents {
			for j := i + 1; j < len(sents); j++ {
				gold := meta[i] == meta[j]
				pred := f.Of[i] == f.Of[j]
				switch {
				case gold && pred:
					tp++
				case pred:
					fp++
					if th == h.Options().Threshold {
						t.Logf("false fold J=%.2f:\n  %s\n  %s", Jaccard(&sigs[i], &sigs[j]), sents[i].Text, sents[j].Text)
					}
				case gold:
					fn++
					if th == h.Options().Threshold {
						t.Logf("missed J=%.2f:\n  %s\n  %s", Jaccard(&sigs[i], &sigs[j]), sents[i].Text, sents[j].Text)
					}
				}
				if gold && th == 0.3 {
					pos = append(pos, Jaccard(&sigs[i], &sigs[j]))
				}
			}
		}
		p := float64(tp) / float64(max(1, tp+fp))
		r := float64(tp) / float64(max(1, tp+fn))
		t.Logf("sentences, threshold %.1f: precision %.3f recall %.3f (tp %d fp %d fn %d)", th, p, r, tp, fp, fn)
		if th == h.Options().Threshold && (p < 0.95 || r < 0.8) {
			t.Errorf("sentence folding at the default threshold: precision %.3f recall %.3f, want ≥ 0.95 and ≥ 0.8", p, r)
		}
	}
	if len(pos) != 48 {
		t.Errorf("%d aligned sentence pairs, want 48 (8 stories × 6 lines)", len(pos))
	}
}

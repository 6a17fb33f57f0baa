package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticSentences returns n sentences of words drawn from the eval set's
// vocabulary; one in ten is a lightly edited copy of an earlier one.
func syntheticSentences(tb testing.TB, n int) []Doc {
	docs := loadEvalSet(tb)
	seen := map[string]bool{}
	var vocab []string
	for _, d := range docs {
		for _, w := range strings.Fields(d.Text) {
			if !seen[w] {
				seen[w] = true
				vocab = append(vocab, w)
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]Doc, n)
	for i := range out {
		var words []string
		if i > 10 && r.IntN(10) == 0 {
			words = strings.Fields(out[r.IntN(i)].Text)
			words[r.IntN(len(words))] = vocab[r.IntN(len(vocab))]
		} else {
			for range 12 + r.IntN(18) {
				words = append(words, vocab[r.IntN(len(vocab))])
			}
		}
		out[i] = Doc{ID: fmt.Sprint(i), Text: strings.Join(words, " ")}
	}
	return out
}

func BenchmarkSignSentence(b *testing.B) {
	h := MustNew(SentenceOptions())
	s := "The European Central Bank raised its main interest rate by a quarter of a percentage point on Thursday, taking the deposit rate to 4 percent."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		h.Sign(s)
	}
}

func BenchmarkSignArticle(b *testing.B) {
	docs := loadEvalSet(b)
	h := MustNew(ArticleOptions())
	text := docs[0].Text
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		h.Sign(text)
	}
}

// BenchmarkFoldSentences folds 150,000 sentences, the size of one timeline
// run.
func BenchmarkFoldSentences(b *testing.B) {
	docs := syntheticSentences(b, 150_000)
	h := MustNew(SentenceOptions())
	b.ResetTimer()
	for b.Loop() {
		f := h.Fold(docs)
		if len(f.Groups) >= len(docs) {
			b.Fatal("nothing folded")
		}
	}
}

// BenchmarkFoldSigned is the folding step alone, signatures precomputed.
func BenchmarkFoldSigned(b *testing.B) {
	docs := syntheticSentences(b, 150_000)
	h := MustNew(SentenceOptions())
	sigs := h.SignAll(docs)
	b.ResetTimer()
	for b.Loop() {
		h.FoldSigned(docs, sigs)
	}
}

package dedup

import (
	"testing"
	"unicode/utf8"
)

func FuzzSign(f *testing.F) {
	for _, s := range []string{
		"", "LONDON (Reuters) - NATO said.", "U.S. 1,000 3.5 co-operation don't",
		"By Jane Roe\nRead more: http://x", "-LRB- AP -RRB- -- x", "World Trade Organisation (WTO)",
		"\xff\xfe", "a.b.c.d.e", "..", "'s", "@", "x://", "A B C D E F G",
	} {
		f.Add(s)
	}
	h := MustNew(SentenceOptions())
	f.Fuzz(func(t *testing.T, s string) {
		for _, tk := range tokenize(s, nil) {
			if tk.off < 0 || tk.off > tk.end || tk.end > len(s) {
				t.Fatalf("token %+v out of bounds of %d bytes", tk, len(s))
			}
			if tk.text == "" {
				t.Fatalf("empty token %+v in %q", tk, s)
			}
		}
		a := h.Sign(s)
		b := h.Sign(s)
		if a.Body != b.Body || Jaccard(&a, &b) != boolToFloat(!a.Empty()) {
			t.Fatalf("signature of %q not deterministic or not self-similar", s)
		}
		if !a.Empty() && len(a.MinHash) != 64 {
			t.Fatalf("%d MinHash values", len(a.MinHash))
		}
		e := h.Explain(Doc{Text: s}, Doc{Text: s})
		if e.Similar == a.Empty() {
			t.Fatalf("Explain(self) similar=%v for empty=%v", e.Similar, a.Empty())
		}
		for _, ev := range e.NormalisedA {
			if !utf8.ValidString(ev) && utf8.ValidString(s) {
				t.Fatalf("explanation event not UTF-8: %q", ev)
			}
		}
	})
}

func boolToFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

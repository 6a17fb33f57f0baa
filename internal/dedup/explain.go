package dedup

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Explanation says why two documents are, or are not, near-duplicates.
type Explanation struct {
	// Jaccard is the exact similarity of the two shingle sets; Estimate is
	// the MinHash estimate of it.
	Jaccard, Estimate float64
	// Threshold is the Hasher's threshold; Similar is Jaccard ≥ Threshold.
	Threshold float64
	Similar   bool
	// Candidate reports whether the LSH index pairs the two (they share at
	// least one band key).
	Candidate bool
	// Shared, ShinglesA and ShinglesB count distinct shingles.
	Shared, ShinglesA, ShinglesB int
	// SameBody reports identical normalised bodies (a reprint).
	SameBody bool
	// WireA and WireB are the agencies the documents are credited to.
	WireA, WireB string
	// Examples are up to ten shared shingles, as normalised terms, in the
	// order they occur in A.
	Examples []string
	// NormalisedA and NormalisedB list the normalisations applied to each
	// text: boilerplate dropped, datelines stripped, phrases and names
	// replaced, synonyms mapped.
	NormalisedA, NormalisedB []string
}

// Explain compares a and b the way Fold does and says why.
func (h *Hasher) Explain(a, b Doc) Explanation {
	var ta, tb trace
	sa, sb := h.sign(a.Text, &ta), h.sign(b.Text, &tb)
	if a.Wire != "" {
		sa.Wire = a.Wire
	} else if sa.Wire == "" {
		sa.Wire = WireOfSource(a.Source)
	}
	if b.Wire != "" {
		sb.Wire = b.Wire
	} else if sb.Wire == "" {
		sb.Wire = WireOfSource(b.Source)
	}
	e := Explanation{
		Jaccard:     Jaccard(&sa, &sb),
		Estimate:    Estimate(&sa, &sb),
		Threshold:   h.opts.Threshold,
		Shared:      intersect(sa.Shingles, sb.Shingles),
		ShinglesA:   len(sa.Shingles),
		ShinglesB:   len(sb.Shingles),
		SameBody:    !sa.Empty() && sa.Body == sb.Body,
		WireA:       sa.Wire,
		WireB:       sb.Wire,
		NormalisedA: ta.events,
		NormalisedB: tb.events,
	}
	e.Similar = !sa.Empty() && !sb.Empty() && e.Jaccard >= e.Threshold
	ka, kb := h.BandKeys(&sa), h.BandKeys(&sb)
	for i := range ka {
		if i < len(kb) && ka[i] == kb[i] {
			e.Candidate = true
		}
	}
	// Shared shingles as text: rebuild A's shingles with their terms.
	inB := make(map[uint64]bool, len(sb.Shingles))
	for _, x := range sb.Shingles {
		inB[x] = true
	}
	tsA, _ := terms(a.Text, nil)
	k := h.opts.Shingle
	for _, x := range shingleTexts(tsA, k) {
		if len(e.Examples) == 10 {
			break
		}
		if inB[x.hash] && !slices.Contains(e.Examples, x.text) {
			e.Examples = append(e.Examples, x.text)
		}
	}
	return e
}

type shingleText struct {
	hash uint64
	text string
}

// shingleTexts mirrors shingleHashes, keeping the words, in text order.
func shingleTexts(ts []string, k int) []shingleText {
	th := make([]uint64, len(ts))
	for i, t := range ts {
		th[i] = hashString(t)
	}
	n := len(th) - k + 1
	if n < 1 {
		n, k = 1, len(th)
	}
	if len(th) == 0 {
		return nil
	}
	out := make([]shingleText, n)
	for i := range n {
		x := uint64(k)
		for j := range k {
			x = bits.RotateLeft64(x, 23) ^ th[i+j]
			x *= fnvPrime
		}
		out[i] = shingleText{mix64(x), joinTerms(ts[i : i+k])}
	}
	return out
}

// String renders the explanation for people, one fact per line.
func (e Explanation) String() string {
	var b strings.Builder
	verdict := "not near-duplicates"
	if e.Similar {
		verdict = "near-duplicates"
	}
	fmt.Fprintf(&b, "%s: Jaccard %.3f (threshold %.2f; MinHash estimate %.3f)\n", verdict, e.Jaccard, e.Threshold, e.Estimate)
	fmt.Fprintf(&b, "shingles: %d shared of %d and %d", e.Shared, e.ShinglesA, e.ShinglesB)
	if !e.Candidate {
		b.WriteString(" (no LSH band in common)")
	}
	b.WriteByte('\n')
	if e.SameBody {
		b.WriteString("identical bodies after normalisation (a reprint)\n")
	}
	if e.WireA != "" || e.WireB != "" {
		fmt.Fprintf(&b, "agency credit: %s / %s\n", orDash(e.WireA), orDash(e.WireB))
	}
	if len(e.Examples) > 0 {
		fmt.Fprintf(&b, "shared: %s\n", strings.Join(quoteAll(e.Examples), ", "))
	}
	for _, side := range []struct {
		name string
		ev   []string
	}{{"A", e.NormalisedA}, {"B", e.NormalisedB}} {
		for _, ev := range side.ev {
			fmt.Fprintf(&b, "%s: %s\n", side.name, ev)
		}
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

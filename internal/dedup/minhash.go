package dedup

import (
	"fmt"
	"math/bits"
	"slices"
	"sync"
)

// Options configure a [Hasher].
type Options struct {
	// Shingle is the number of consecutive terms in a shingle.
	Shingle int
	// Bands and Rows shape the LSH index: the MinHash signature has
	// Bands×Rows values and two documents become candidates when all Rows
	// values of at least one band agree. The chance of that for documents of
	// Jaccard similarity J is 1-(1-J^Rows)^Bands.
	Bands, Rows int
	// Threshold is the Jaccard similarity of shingle sets at or above which
	// two candidates are folded (verified exactly, not estimated).
	Threshold float64
	// Window bounds the comparisons in one LSH bucket: each member is
	// verified against at most Window earlier members, so that a bucket of
	// thousands of identical texts costs linear, not quadratic, time. They
	// are still all folded, by transitivity.
	Window int
}

// ArticleOptions suit whole articles: three-term shingles over the
// normalised body, folded at Jaccard ≥ 0.3. With 32 bands of 2 rows a pair
// at J=0.3 is a candidate with probability 0.95, at J=0.4 0.996, and a pair
// at J=0.05 with probability 0.08 (then rejected by the exact check).
//
// The threshold sits in the gap measured on the hand-written set in
// testdata/folding.txt: spun copies reach J ≥ 0.41, other outlets' reports
// of the same event and follow-up articles stay ≤ 0.16.
func ArticleOptions() Options {
	return Options{Shingle: 3, Bands: 32, Rows: 2, Threshold: 0.3, Window: 32}
}

// SentenceOptions suit single sentences: two-term shingles (a sentence has
// few terms), folded at Jaccard ≥ 0.4; 32 bands of 2 rows.
func SentenceOptions() Options {
	return Options{Shingle: 2, Bands: 32, Rows: 2, Threshold: 0.4, Window: 32}
}

// Validate reports options that cannot work.
func (o Options) Validate() error {
	switch {
	case o.Shingle < 1:
		return fmt.Errorf("dedup: shingle size %d, want ≥ 1", o.Shingle)
	case o.Bands < 1 || o.Rows < 1:
		return fmt.Errorf("dedup: %d bands × %d rows, want both ≥ 1", o.Bands, o.Rows)
	case o.Bands*o.Rows > 1024:
		return fmt.Errorf("dedup: %d×%d MinHash values, want ≤ 1024", o.Bands, o.Rows)
	case o.Threshold <= 0 || o.Threshold > 1:
		return fmt.Errorf("dedup: threshold %v, want in (0, 1]", o.Threshold)
	}
	return nil
}

// Hasher computes signatures and folds documents. It is immutable and safe
// for concurrent use. Its hash functions come from a fixed seed, so
// signatures are stable across runs and machines.
type Hasher struct {
	opts Options
	a, b []uint64 // MinHash permutations: h_i(x) = (a_i·x + b_i) >> 32
}

// seed fixes the MinHash permutations. Changing it (or the normalisation
// tables) changes every signature: stores keep [SignatureVersion].
const seed = 0x64617465_6c696e65 // "dateline"

// SignatureVersion names the signature scheme (normalisation, hashing and
// seed). A store that keeps signatures must recompute them when it changes.
const SignatureVersion = 2

// New returns a Hasher for opts, or an error if they are invalid.
func New(opts Options) (*Hasher, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Window < 1 {
		opts.Window = 32
	}
	n := opts.Bands * opts.Rows
	h := &Hasher{opts: opts, a: make([]uint64, n), b: make([]uint64, n)}
	s := uint64(seed)
	for i := range n {
		h.a[i] = splitmix(&s) | 1
		h.b[i] = splitmix(&s)
	}
	return h, nil
}

// MustNew is New for options known to be valid; it panics otherwise.
func MustNew(opts Options) *Hasher {
	h, err := New(opts)
	if err != nil {
		panic(err)
	}
	return h
}

// Options returns the options the Hasher was made with.
func (h *Hasher) Options() Options { return h.opts }

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	return mix64(*s)
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Signature is the comparison form of one text.
type Signature struct {
	// MinHash holds Bands×Rows minimum hash values; nil for a text with no
	// terms.
	MinHash []uint32
	// Shingles are the hashes of the text's shingles, sorted and unique.
	Shingles []uint64
	// Terms is the number of normalised terms.
	Terms int
	// Body hashes the normalised term sequence: equal for reprints whose
	// bodies are identical once boilerplate is removed.
	Body uint64
	// Wire is the news agency credited in the text ("reuters", "ap"), empty
	// when none.
	Wire string
}

// Empty reports whether the text had no terms; an empty signature is never
// folded with anything.
func (s *Signature) Empty() bool { return len(s.Shingles) == 0 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// scratch is per-call working memory, pooled.
type scratch struct {
	toks  []token
	terms []string
	th    []uint64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Sign computes the signature of text.
func (h *Hasher) Sign(text string) Signature {
	return h.sign(text, nil)
}

func (h *Hasher) sign(text string, tr *trace) Signature {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	body, wire := clean(text, tr)
	sc.toks = tokenize(body, sc.toks[:0])
	sc.terms = normalize(body, sc.toks, sc.terms[:0], tr)
	sig := Signature{Terms: len(sc.terms), Wire: wire}
	if len(sc.terms) == 0 {
		clear(sc.terms) // drop references for the pool
		return sig
	}
	sc.th = sc.th[:0]
	for _, t := range sc.terms {
		sc.th = append(sc.th, hashString(t))
	}
	clear(sc.terms)
	sig.Body = bodyHash(sc.th)
	sig.Shingles = shingleHashes(sc.th, h.opts.Shingle)
	sig.MinHash = h.minhash(sig.Shingles)
	return sig
}

// bodyHash is the hash of a whole normalised term sequence, given its
// terms' hashes: [Signature.Body].
func bodyHash(th []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, x := range th {
		h = mix64(h^x) * fnvPrime
	}
	return mix64(h)
}

// shingleHashes returns the sorted, unique hashes of the k-term windows of
// th (one window of all terms when there are fewer than k).
func shingleHashes(th []uint64, k int) []uint64 {
	n := len(th) - k + 1
	if n < 1 {
		n, k = 1, len(th)
	}
	out := make([]uint64, n)
	for i := range n {
		x := uint64(k)
		for j := range k {
			x = bits.RotateLeft64(x, 23) ^ th[i+j]
			x *= fnvPrime
		}
		out[i] = mix64(x)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (h *Hasher) minhash(sh []uint64) []uint32 {
	n := len(h.a)
	mins := make([]uint32, n)
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	a, b := h.a, h.b
	for _, x := range sh {
		for i := range n {
			if v := uint32((a[i]*x + b[i]) >> 32); v < mins[i] {
				mins[i] = v
			}
		}
	}
	return mins
}

// BandKeys returns one LSH key per band of sig (nil for an empty
// signature). Documents sharing a key are candidates. Keys include the band
// number, so they can share one index.
func (h *Hasher) BandKeys(sig *Signature) []uint64 {
	if len(sig.MinHash) != h.opts.Bands*h.opts.Rows {
		return nil
	}
	keys := make([]uint64, h.opts.Bands)
	for band := range keys {
		x := uint64(band+1) * 0x9e3779b97f4a7c15
		for _, v := range sig.MinHash[band*h.opts.Rows : (band+1)*h.opts.Rows] {
			x = mix64(x ^ uint64(v))
		}
		keys[band] = x
	}
	return keys
}

// Jaccard returns the Jaccard similarity of the shingle sets of a and b
// (0 when either is empty).
func Jaccard(a, b *Signature) float64 {
	inter := intersect(a.Shingles, b.Shingles)
	union := len(a.Shingles) + len(b.Shingles) - inter
	if union == 0 || inter == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// Estimate returns the MinHash estimate of the Jaccard similarity of a and
// b: the fraction of agreeing values.
func Estimate(a, b *Signature) float64 {
	if len(a.MinHash) == 0 || len(a.MinHash) != len(b.MinHash) {
		return 0
	}
	eq := 0
	for i, v := range a.MinHash {
		if b.MinHash[i] == v {
			eq++
		}
	}
	return float64(eq) / float64(len(a.MinHash))
}

func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

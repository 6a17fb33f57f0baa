package rouge

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// dropped marks a token that ROUGE does not count (a stopword).
const dropped = -1

// Analyzer turns summaries into n-gram profiles the way ROUGE-1.5.5 reads
// them. It remembers the processed form of every token it has seen (the
// stemming memo) and numbers the processed terms, so profiles made by one
// Analyzer can be compared quickly; profiles of different Analyzers cannot
// be compared at all.
//
// An Analyzer is safe for concurrent use. Its memory grows with the
// vocabulary it has seen; use one per evaluation run.
type Analyzer struct {
	mu    sync.RWMutex
	memo  map[string]int32  // lowercase token → term id, or dropped
	ids   map[string]uint32 // processed term → term id
	terms []string          // term id → processed term
}

// NewAnalyzer returns an empty Analyzer.
func NewAnalyzer() *Analyzer {
	return &Analyzer{memo: make(map[string]int32), ids: make(map[string]uint32)}
}

// IsSpace reports whether r is whitespace for Python's str.split and
// str.strip: Unicode White_Space plus the separators U+001C..U+001F.
func IsSpace(r rune) bool {
	return (r >= 0x1c && r <= 0x1f) || unicode.IsSpace(r)
}

// Fields splits s around runs of whitespace as Python's str.split() does
// (see [IsSpace]). Sentences are split this way into tokens before they
// are written out for ROUGE.
func Fields(s string) []string { return strings.FieldsFunc(s, IsSpace) }

// scanTokens calls fn with each lowercase token ROUGE-1.5.5 reads from one
// sentence as pyrouge writes it to a SEE file. pyrouge joins the sentence's
// whitespace-separated tokens with single spaces and writes "^" as
// "&circ;"; the script keeps the text up to the first "<" (none at all
// when it starts with "<"), lowercases A-Z and turns every byte other than
// a letter, digit or "-" into a space. Since whitespace, "&", ";" and
// every non-ASCII byte all separate tokens, that is the same as scanning
// the sentence up to its first "<" for runs of letters and digits, with
// "^" giving a token "circ". "-" tokens are never counted, so they are not
// produced. fn must not keep tok.
func scanTokens(sentence string, buf []byte, fn func(tok []byte)) []byte {
	if i := strings.IndexByte(sentence, '<'); i >= 0 {
		sentence = sentence[:i]
	}
	buf = buf[:0]
	for i := 0; i < len(sentence); i++ {
		c := sentence[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			buf = append(buf, c)
			continue
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
			continue
		}
		if len(buf) > 0 {
			fn(buf)
			buf = buf[:0]
		}
		if c == '^' {
			fn(circ)
		}
	}
	if len(buf) > 0 {
		fn(buf)
	}
	return buf
}

var circ = []byte("circ")

// Terms returns the processed terms ROUGE counts for the summary made of
// sentences, in order: stopwords removed, other tokens stemmed (see
// [Process]). It is meant for tests and inspection; [Analyzer.Profile] is
// the fast path.
func (a *Analyzer) Terms(sentences ...string) []string {
	ids := a.appendSummary(nil, sentences)
	out := make([]string, len(ids))
	a.mu.RLock()
	for i, id := range ids {
		out[i] = a.terms[id]
	}
	a.mu.RUnlock()
	return out
}

// appendSummary appends the term ids of the summary's tokens to dst.
func (a *Analyzer) appendSummary(dst []uint32, sentences []string) []uint32 {
	base := len(dst)
	var buf [32]byte
	missing := false
	a.mu.RLock()
	for _, s := range sentences {
		scanTokens(s, buf[:0], func(tok []byte) {
			id, ok := a.memo[string(tok)]
			switch {
			case !ok:
				missing = true
			case id != dropped:
				dst = append(dst, uint32(id))
			}
		})
	}
	a.mu.RUnlock()
	if !missing {
		return dst
	}
	// Some tokens are new: redo the summary under the write lock.
	dst = dst[:base]
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, s := range sentences {
		scanTokens(s, buf[:0], func(tok []byte) {
			id, ok := a.memo[string(tok)]
			if !ok {
				id = a.learn(string(tok))
			}
			if id != dropped {
				dst = append(dst, uint32(id))
			}
		})
	}
	return dst
}

// learn computes and remembers the term id of the lowercase token w.
// a.mu must be held for writing.
func (a *Analyzer) learn(w string) int32 {
	if stopwords[w] {
		a.memo[w] = dropped
		return dropped
	}
	term := Process(w)
	id, ok := a.ids[term]
	if !ok {
		id = uint32(len(a.terms))
		a.ids[term] = id
		a.terms = append(a.terms, term)
	}
	a.memo[w] = int32(id)
	return int32(id)
}

// gram is one distinct n-gram of a profile and how often it occurs.
type gram struct {
	key uint64 // term id (unigram) or first<<32 | second (bigram)
	n   int32
}

// Profile is the ROUGE-1 and ROUGE-2 n-gram multiset of one summary,
// made by [Analyzer.Profile]. A Profile is immutable and may be shared.
// The zero Profile (and a nil *Profile) is the empty summary.
type Profile struct {
	owner     *Analyzer
	ids       []uint32 // the term stream
	uni, bi   []gram   // sorted by key
	nUni, nBi int      // number of unigrams and bigrams, with repetitions
}

// Unigrams returns the number of unigrams (counted terms) in p.
func (p *Profile) Unigrams() int {
	if p == nil {
		return 0
	}
	return p.nUni
}

// Bigrams returns the number of bigrams in p.
func (p *Profile) Bigrams() int {
	if p == nil {
		return 0
	}
	return p.nBi
}

// Profile returns the n-gram profile of the summary made of sentences.
// Each sentence is split into tokens as Python's str.split does, written
// and read back as ROUGE-1.5.5 does with SEE files, and the sentences are
// joined into one text: bigrams cross sentence boundaries.
func (a *Analyzer) Profile(sentences ...string) *Profile {
	return a.profile(a.appendSummary(nil, sentences))
}

// Concat returns the profile of the summary made of the summaries of ps in
// order, as if their sentences were given to [Analyzer.Profile] together:
// bigrams cross from one to the next. The profiles must be a's.
func (a *Analyzer) Concat(ps ...*Profile) *Profile {
	n := 0
	for _, p := range ps {
		if p != nil {
			if p.owner != a && len(p.ids) > 0 {
				panic("rouge: Concat of a profile made by another Analyzer")
			}
			n += len(p.ids)
		}
	}
	ids := make([]uint32, 0, n)
	for _, p := range ps {
		if p != nil {
			ids = append(ids, p.ids...)
		}
	}
	return a.profile(ids)
}

func (a *Analyzer) profile(ids []uint32) *Profile {
	p := &Profile{owner: a, ids: ids, nUni: len(ids)}
	if len(ids) == 0 {
		return p
	}
	keys := make([]uint64, 0, 2*len(ids)-1)
	for _, id := range ids {
		keys = append(keys, uint64(id))
	}
	p.uni = collapse(keys)
	keys = keys[:0]
	for i := 1; i < len(ids); i++ {
		keys = append(keys, uint64(ids[i-1])<<32|uint64(ids[i]))
	}
	p.nBi = len(keys)
	p.bi = collapse(keys)
	return p
}

// collapse sorts keys and counts equal ones.
func collapse(keys []uint64) []gram {
	slices.Sort(keys)
	distinct := 0
	for i := range keys {
		if i == 0 || keys[i] != keys[i-1] {
			distinct++
		}
	}
	out := make([]gram, 0, distinct)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		out = append(out, gram{key: keys[i], n: int32(j - i)})
		i = j
	}
	return out
}

// NCounts are the raw ROUGE-N counts of one comparison, summed over the
// references as ROUGE-1.5.5 does with "-f A" and prints with "-t 2".
type NCounts struct {
	// Hit is H: the n-grams of the peer found in a reference, clipped to
	// the reference's count, summed over references.
	Hit int
	// Model is M: the number of n-grams of the references, summed.
	Model int
	// Peer is Pc: the number of n-grams of the peer, once per reference
	// (empty references included).
	Peer int
}

// Add returns the sum of c and d.
func (c NCounts) Add(d NCounts) NCounts {
	return NCounts{Hit: c.Hit + d.Hit, Model: c.Model + d.Model, Peer: c.Peer + d.Peer}
}

// Counts are the ROUGE-1 and ROUGE-2 counts of one comparison.
type Counts struct {
	Rouge1, Rouge2 NCounts
}

// Count compares the peer profile with the reference profiles (one per
// reference summary; nil is an empty one), as one run of ROUGE-1.5.5 with
// "-a -n 2 -x -f A -d -m -s -t 2" would. All non-empty profiles must come
// from the same Analyzer; Count panics otherwise.
func Count(peer *Profile, refs ...*Profile) Counts {
	var c Counts
	for _, r := range refs {
		checkOwners(peer, r)
		c.Rouge1.Hit += hits(peer.grams(1), r.grams(1))
		c.Rouge1.Model += r.Unigrams()
		c.Rouge1.Peer += peer.Unigrams()
		c.Rouge2.Hit += hits(peer.grams(2), r.grams(2))
		c.Rouge2.Model += r.Bigrams()
		c.Rouge2.Peer += peer.Bigrams()
	}
	return c
}

func (p *Profile) grams(n int) []gram {
	switch {
	case p == nil:
		return nil
	case n == 1:
		return p.uni
	default:
		return p.bi
	}
}

func checkOwners(p, q *Profile) {
	if p == nil || q == nil || p.owner == nil || q.owner == nil || p.owner == q.owner {
		return
	}
	if len(p.uni) > 0 && len(q.uni) > 0 {
		panic("rouge: Count on profiles made by different Analyzers")
	}
}

// hits returns Σ_g min(p[g], q[g]) over two sorted gram lists.
func hits(p, q []gram) int {
	h := 0
	for i, j := 0, 0; i < len(p) && j < len(q); {
		switch {
		case p[i].key < q[j].key:
			i++
		case p[i].key > q[j].key:
			j++
		default:
			h += int(min(p[i].n, q[j].n))
			i++
			j++
		}
	}
	return h
}

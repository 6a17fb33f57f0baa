package dedup

import (
	"cmp"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Doc is one text to fold: an article body or a sentence.
type Doc struct {
	ID        string
	Text      string
	Published time.Time
	// Source is the outlet; a news agency's name or domain here ("Reuters",
	// "apnews.com") marks the document as that agency's copy.
	Source string
	// Wire is the agency the document is credited to ("reuters", "ap");
	// when empty it is taken from credit lines in Text, then from Source.
	// Sentences should carry their article's credit.
	Wire string
}

// Group is a set of near-duplicate documents.
type Group struct {
	// Members are indices into the folded slice, the representative first
	// (earliest published, then smallest ID, then first given), the others
	// in the same order.
	Members []int
	// Sources is the number of documents in the group.
	Sources int
	// Independent counts the documents with copies of one agency's story
	// counted once, and reprints of an identical body (after boilerplate
	// removal and normalisation) counted once.
	Independent int
}

// Rep returns the index of the group's representative.
func (g *Group) Rep() int { return g.Members[0] }

// Link records why a document joined its group.
type Link struct {
	// To is the index of the document it was verified against, -1 for the
	// first member of a group.
	To int
	// Jaccard is the verified similarity of the two.
	Jaccard float64
}

// Folding is the result of [Hasher.Fold].
type Folding struct {
	// Groups lists every group, singletons included, in order of their
	// first member in the input.
	Groups []Group
	// Of maps each input index to its group's index in Groups.
	Of []int
	// Links says, per input index, which document it was folded with.
	Links []Link
}

// SignAll signs the documents in parallel (one worker per CPU). The
// signatures' Wire is resolved as described at [Doc.Wire].
func (h *Hasher) SignAll(docs []Doc) []Signature {
	sigs := make([]Signature, len(docs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(docs)/256))
	var next atomic.Int64
	var wg sync.WaitGroup
	const chunk = 64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= len(docs) {
					return
				}
				for i := lo; i < min(lo+chunk, len(docs)); i++ {
					sigs[i] = h.SignDoc(&docs[i])
				}
			}
		}()
	}
	wg.Wait()
	return sigs
}

// SignDoc signs d.Text and resolves its agency credit: d.Wire, else a credit
// in the text, else d.Source when it names an agency.
func (h *Hasher) SignDoc(d *Doc) Signature {
	s := h.Sign(d.Text)
	switch {
	case d.Wire != "":
		s.Wire = d.Wire
	case s.Wire == "":
		s.Wire = WireOfSource(d.Source)
	}
	return s
}

// Credit returns the news agency an article is credited to: a credit in
// its text (a dateline such as "LONDON (Reuters) -", a credit, byline or
// copyright line), else its source when that names an agency; "" for
// none. Sentences folded with [Hasher.Fold] should carry their article's
// credit in [Doc.Wire], so that one agency's copies count once.
func Credit(text, source string) string {
	if _, w := clean(text, nil); w != "" {
		return w
	}
	return WireOfSource(source)
}

// WireOfSource returns the agency key ("reuters") when source names a news
// agency by name or domain, "" otherwise.
func WireOfSource(source string) string {
	if source == "" {
		return ""
	}
	return loadTables().wireIn(source)
}

// Fold groups near-duplicate documents: candidates from the LSH bands,
// verified by exact Jaccard similarity ≥ Threshold, joined transitively.
// The result does not depend on the order of equal documents' processing:
// it is deterministic for a given input.
func (h *Hasher) Fold(docs []Doc) *Folding {
	return h.FoldSigned(docs, h.SignAll(docs))
}

// FoldSigned is Fold with precomputed signatures (sigs[i] of docs[i]).
func (h *Hasher) FoldSigned(docs []Doc, sigs []Signature) *Folding {
	n := len(docs)
	uf := newUnionFind(n)
	links := make([]Link, n)
	for i := range links {
		links[i].To = -1
	}
	// Each band's entries are packed into one uint64: the high bits of the
	// band key, then the document index, so that a plain integer sort
	// groups equal keys. Dropping low key bits can only merge buckets,
	// which adds candidates that the exact check then rejects.
	idxBits := uint(bits.Len(uint(n)))
	idxMask := uint64(1)<<idxBits - 1
	entries := make([]uint64, 0, n)
	tmp := make([]uint64, n)
	rows := h.opts.Rows
	verify := func(i, j int) {
		if uf.find(i) == uf.find(j) {
			return
		}
		if jac := Jaccard(&sigs[i], &sigs[j]); jac >= h.opts.Threshold {
			uf.union(i, j)
			if links[j].To < 0 {
				links[j] = Link{To: i, Jaccard: jac}
			} else if links[i].To < 0 {
				links[i] = Link{To: j, Jaccard: jac}
			}
		}
	}
	for band := range h.opts.Bands {
		entries = entries[:0]
		for i := range sigs {
			m := sigs[i].MinHash
			if len(m) != h.opts.Bands*rows {
				continue
			}
			x := uint64(band+1) * 0x9e3779b97f4a7c15
			for _, v := range m[band*rows : (band+1)*rows] {
				x = mix64(x ^ uint64(v))
			}
			entries = append(entries, x&^idxMask|uint64(i))
		}
		radixSort(entries, tmp[:len(entries)])
		for lo := 0; lo < len(entries); {
			key := entries[lo] &^ idxMask
			hi := lo + 1
			for hi < len(entries) && entries[hi]&^idxMask == key {
				hi++
			}
			for p := lo + 1; p < hi; p++ {
				j := int(entries[p] & idxMask)
				for q := max(lo, p-h.opts.Window); q < p; q++ {
					verify(int(entries[q]&idxMask), j)
				}
			}
			lo = hi
		}
	}
	return buildFolding(docs, sigs, uf, links)
}

func buildFolding(docs []Doc, sigs []Signature, uf *unionFind, links []Link) *Folding {
	n := len(docs)
	f := &Folding{Of: make([]int, n), Links: links}
	gi := make(map[int]int)
	for i := range n {
		r := uf.find(i)
		g, ok := gi[r]
		if !ok {
			g = len(f.Groups)
			gi[r] = g
			f.Groups = append(f.Groups, Group{})
		}
		f.Of[i] = g
		f.Groups[g].Members = append(f.Groups[g].Members, i)
	}
	for g := range f.Groups {
		grp := &f.Groups[g]
		m := grp.Members
		slices.SortStableFunc(m, func(a, b int) int {
			if c := docs[a].Published.Compare(docs[b].Published); c != 0 {
				return c
			}
			return cmp.Compare(docs[a].ID, docs[b].ID)
		})
		grp.Sources = len(m)
		grp.Independent = independent(m, sigs)
	}
	// The first member found (smallest index) keeps the groups in input
	// order; make the link of the representative point nowhere.
	for _, grp := range f.Groups {
		if len(grp.Members) == 1 {
			f.Links[grp.Members[0]] = Link{To: -1}
		}
	}
	return f
}

// independent counts the independent members of a group.
func independent(members []int, sigs []Signature) int {
	if len(members) == 1 {
		return 1
	}
	wires := make([]string, len(members))
	bodies := make([]uint64, len(members))
	for k, i := range members {
		wires[k], bodies[k] = sigs[i].Wire, sigs[i].Body
	}
	return Independent(wires, bodies)
}

// Independent counts the independent documents of a group given each
// member's agency credit (may be "") and body hash ([Signature.Body]):
// members credited to the same agency, or with identical bodies, are one
// source, transitively (an uncredited reprint of an agency story joins the
// agency's copies).
func Independent(wires []string, bodies []uint64) int {
	n := len(wires)
	uf := newUnionFind(n)
	byWire := map[string]int{}
	byBody := map[uint64]int{}
	for i := range n {
		if w := wires[i]; w != "" {
			if j, ok := byWire[w]; ok {
				uf.union(i, j)
			} else {
				byWire[w] = i
			}
		}
		if j, ok := byBody[bodies[i]]; ok {
			uf.union(i, j)
		} else {
			byBody[bodies[i]] = i
		}
	}
	count := 0
	for i := range n {
		if uf.find(i) == i {
			count++
		}
	}
	return count
}

// unionFind is a disjoint-set forest whose roots are the smallest index of
// their set, so the result does not depend on the order of unions.
type unionFind struct{ parent []int32 }

func newUnionFind(n int) *unionFind {
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	r := int32(i)
	for u.parent[r] != r {
		r = u.parent[r]
	}
	for x := int32(i); u.parent[x] != r; {
		x, u.parent[x] = u.parent[x], r
	}
	return int(r)
}

func (u *unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	switch {
	case a < b:
		u.parent[b] = int32(a)
	case b < a:
		u.parent[a] = int32(b)
	}
}

// radixSort sorts a in place (LSD, one byte per pass); tmp has a's length.
func radixSort(a, tmp []uint64) {
	if len(a) < 256 {
		slices.Sort(a)
		return
	}
	src, dst := a, tmp
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		clear(count[:])
		for _, v := range src {
			count[byte(v>>shift)]++
		}
		if count[byte(src[0]>>shift)] == len(src) {
			continue // every value has this byte: the pass would not move anything
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, v := range src {
			b := byte(v >> shift)
			dst[count[b]] = v
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}

package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

func init() {
	beam.RegisterType(reflect.TypeFor[Input]())
	register.DoFn4x1[context.Context, Input, func(string, []byte), func(int, []byte), error](&readFn{})
	register.DoFn5x1[context.Context, string, func(*[]byte) bool, func([]byte), func(int, []byte), error](&pickFn{})
	register.DoFn5x1[context.Context, []byte, func(int, []byte), func(string, []byte), func(uint64, []byte), error](&annotateFn{})
	register.DoFn4x1[context.Context, uint64, func(*[]byte) bool, func(string, string), error](&candidatesFn{})
	register.DoFn5x1[context.Context, string, func(*[]byte) bool, func(*string) bool, func(string, []byte), error](&forwardFn{})
	register.DoFn5x1[context.Context, string, func(*[]byte) bool, func(*[]byte) bool, func(int, []byte), error](&verifyFn{})
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(int, []byte), error](&componentsFn{})
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, error](&writeArticlesFn{})
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&writeErrorsFn{})
	register.Function1x2[int, int, []byte](shardMarker)
	register.Emitter1[[]byte]()
	register.Emitter2[string, []byte]()
	register.Emitter2[int, []byte]()
	register.Emitter2[uint64, []byte]()
	register.Emitter2[string, string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// Counters, reported by the runner.
var (
	cntRead      = beam.NewCounter("dateline", "articles_read")
	cntErrors    = beam.NewCounter("dateline", "documents_skipped")
	cntAnnotated = beam.NewCounter("dateline", "articles_annotated")
	cntPairs     = beam.NewCounter("dateline", "candidate_pairs")
	cntVerified  = beam.NewCounter("dateline", "verified_pairs")
	cntFolded    = beam.NewCounter("dateline", "articles_in_groups")

	// Bytes of keys and values shuffled by the near-duplicate grouping
	// (payload only: the runner adds its own framing). The signatures are
	// counted once per join they go through (two).
	cntShufBands = beam.NewCounter("dateline", "shuffle_bytes_bands")
	cntShufSigs  = beam.NewCounter("dateline", "shuffle_bytes_signatures")
	cntShufPairs = beam.NewCounter("dateline", "shuffle_bytes_pairs")
	cntShufFwd   = beam.NewCounter("dateline", "shuffle_bytes_forwarded")
	cntShufEdges = beam.NewCounter("dateline", "shuffle_bytes_edges")
	cntShufFolds = beam.NewCounter("dateline", "shuffle_bytes_folds")

	// Bytes of the articles themselves, shuffled by ID before annotation
	// and by shard after it.
	cntShufRaw       = beam.NewCounter("dateline", "shuffle_bytes_articles_read")
	cntShufAnnotated = beam.NewCounter("dateline", "shuffle_bytes_articles_annotated")
)

// Input is one unit of reading work: a file or folder and its place in the
// input list.
type Input struct {
	Index int
	Path  string
}

// Build adds the annotation pipeline for cfg to s (see the package
// documentation). The shards are written when the pipeline runs.
func Build(s beam.Scope, cfg Config) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	s = s.Scope("dateline")
	inputs := make([]Input, len(cfg.Inputs))
	for i, p := range cfg.Inputs {
		inputs[i] = Input{Index: i, Path: p}
	}
	h := dedup.MustNew(dedup.ArticleOptions())
	opts := h.Options()

	// 1-2. Read each input, then keep one article per ID.
	units := beam.Reshuffle(s, beam.CreateList(s, inputs))
	byID, readErrs := beam.ParDo2(s.Scope("read"), &readFn{NowUnixNano: cfg.now().UnixNano(), Shards: cfg.Shards}, units)
	unique, dupErrs := beam.ParDo2(s.Scope("unique"), &pickFn{Shards: cfg.Shards}, beam.GroupByKey(s, byID))

	// 3. Annotate and sign.
	main, sigs, bands := beam.ParDo3(s.Scope("annotate"), &annotateFn{Shards: cfg.Shards}, unique)

	// 4-6. Fold near duplicates.
	pairs := beam.ParDo(s.Scope("candidates"), &candidatesFn{Window: opts.Window}, beam.GroupByKey(s, bands))
	toB := beam.ParDo(s.Scope("forward"), &forwardFn{}, beam.CoGroupByKey(s, sigs, pairs))
	edges := beam.ParDo(s.Scope("verify"), &verifyFn{Threshold: opts.Threshold}, beam.CoGroupByKey(s, sigs, toB))
	folds := beam.ParDo(s.Scope("components"), &componentsFn{Shards: cfg.Shards}, beam.GroupByKey(s, edges))

	// 7. Join each shard's articles with their groups and write the shards;
	// every shard is written, empty or not.
	markers := beam.ParDo(s, shardMarker, beam.CreateList(s, shardIDs(cfg.Shards)))
	beam.ParDo0(s.Scope("write_articles"), &writeArticlesFn{Dir: cfg.Output, Shards: cfg.Shards},
		beam.CoGroupByKey(s, beam.Flatten(s, main, markers), folds))
	errMarkers := beam.ParDo(s, shardMarker, beam.CreateList(s, shardIDs(cfg.Shards)))
	beam.ParDo0(s.Scope("write_errors"), &writeErrorsFn{Dir: cfg.Output, Shards: cfg.Shards},
		beam.GroupByKey(s, beam.Flatten(s, readErrs, dupErrs, errMarkers)))
	return nil
}

func shardIDs(n int) []int {
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	return ids
}

// shardMarker makes shard i appear in the grouped lines even when it has
// none: an empty value, which no line is.
func shardMarker(i int) (int, []byte) { return i, []byte{} }

// readFn reads one input with the engine's readers. Articles are keyed by
// ID with their ord; documents that cannot be used go to the errors,
// keyed by shard.
type readFn struct {
	NowUnixNano int64
	Shards      int
}

func (f *readFn) ProcessElement(ctx context.Context, in Input, emit func(string, []byte), emitErr func(int, []byte)) error {
	opts := corpus.Options{Formats: formats.All(), Now: time.Unix(0, f.NowUnixNano), Workers: 1}
	articles := corpus.Read(ctx, []string{in.Path}, opts)
	if isRemote(in.Path) {
		fsys, names, err := readRemote(ctx, []string{in.Path})
		if err != nil {
			return err
		}
		defer fsys.fs.Close()
		articles = corpus.ReadFS(ctx, fsys, names, opts)
	}
	var rec uint64
	for a, err := range articles {
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) {
				return fmt.Errorf("read %s: %w", in.Path, err)
			}
			cntErrors.Inc(ctx, 1)
			emitErr(shardOf(de.Origin, f.Shards), errorLine(err))
			continue
		}
		js, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("%s: article %s: %w", in.Path, a.ID, err)
		}
		var e enc
		e.uint(uint64(in.Index))
		e.uint(rec)
		e.bytes(js)
		emit(a.ID, e.b)
		cntShufRaw.Inc(ctx, int64(len(a.ID)+len(e.b)))
		rec++
		cntRead.Inc(ctx, 1)
	}
	return nil
}

// pickFn keeps the first article read under an ID (in input order). A
// later one with the same text is dropped; one with other text is a
// duplicate-id error, as corpus.Read reports within one call.
type pickFn struct{ Shards int }

func (f *pickFn) ProcessElement(ctx context.Context, id string, vals func(*[]byte) bool, emit func([]byte), emitErr func(int, []byte)) error {
	type cand struct {
		o   ord
		art []byte
		raw []byte
	}
	var cs []cand
	var v []byte
	for vals(&v) {
		d := dec{b: v}
		c := cand{o: ord{d.uint(), d.uint()}, art: d.bytes(), raw: v}
		if d.err != nil {
			return fmt.Errorf("article %s: %w", id, d.err)
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return nil
	}
	first := 0
	for i := range cs {
		if cs[i].o.less(cs[first].o) {
			first = i
		}
	}
	emit(cs[first].raw)
	if len(cs) == 1 {
		return nil
	}
	var keep news.Article
	if err := json.Unmarshal(cs[first].art, &keep); err != nil {
		return fmt.Errorf("article %s: %w", id, err)
	}
	for i := range cs {
		if i == first {
			continue
		}
		var a news.Article
		if err := json.Unmarshal(cs[i].art, &a); err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		if a.Text == keep.Text {
			continue
		}
		de := corpus.DuplicateIDError(&a)
		emitErr(shardOf(de.Origin, f.Shards), errorLine(de))
		cntErrors.Inc(ctx, 1)
	}
	return nil
}

// annotateFn annotates an article with the engine's chain and signs it.
// It emits the annotated article (keyed by its output shard), its signature
// (keyed by ID, only when it can be folded) and one member entry per LSH
// band key.
type annotateFn struct {
	Shards int

	an *annotate.Annotator
	h  *dedup.Hasher
}

func (f *annotateFn) Setup() {
	f.an = annotate.New()
	f.h = dedup.MustNew(dedup.ArticleOptions())
}

func (f *annotateFn) ProcessElement(ctx context.Context, v []byte, emitMain func(int, []byte), emitSig func(string, []byte), emitBand func(uint64, []byte)) error {
	d := dec{b: v}
	o := ord{d.uint(), d.uint()}
	js := d.bytes()
	if d.err != nil {
		return d.err
	}
	a := new(news.Article)
	if err := json.Unmarshal(js, a); err != nil {
		return fmt.Errorf("decode article: %w", err)
	}
	f.an.Annotate(a)
	sig := f.h.SignDoc(docOf(a))
	art, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("article %s: %w", a.ID, err)
	}
	var m enc
	m.str(a.ID)
	m.bytes(art)
	m.str(sig.Wire)
	m.uint(sig.Body)
	m.uint(uint64(sig.Terms))
	m.u32s(sig.MinHash)
	emitMain(shardOf(a.ID, f.Shards), m.b)
	cntShufAnnotated.Inc(ctx, int64(1+len(m.b)))
	cntAnnotated.Inc(ctx, 1)

	keys := f.h.BandKeys(&sig)
	if len(keys) == 0 {
		return nil // an empty signature is never folded
	}
	var s enc
	s.node(&node{id: a.ID, sec: a.Published.Unix(), nsec: uint64(a.Published.Nanosecond()), wire: sig.Wire, body: sig.Body})
	s.u64s(sig.Shingles)
	emitSig(a.ID, s.b)
	cntShufSigs.Inc(ctx, 2*int64(len(a.ID)+len(s.b)))
	var b enc
	b.uint(o.unit)
	b.uint(o.rec)
	b.str(a.ID)
	for _, k := range keys {
		emitBand(k, b.b)
	}
	cntShufBands.Inc(ctx, int64(len(keys)*(8+len(b.b))))
	return nil
}

// docOf is the dedup document of an article, as the engine's store signs
// it.
func docOf(a *news.Article) *dedup.Doc {
	return &dedup.Doc{ID: a.ID, Text: a.Text, Published: a.Published, Source: a.Source}
}

// candidatesFn turns one LSH bucket into candidate pairs (earlier, later)
// in input order, each member paired with at most Window earlier members:
// the pairs dedup.Hasher.FoldSigned verifies.
type candidatesFn struct{ Window int }

func (f *candidatesFn) ProcessElement(ctx context.Context, _ uint64, vals func(*[]byte) bool, emit func(string, string)) error {
	type member struct {
		o  ord
		id string
	}
	var ms []member
	var v []byte
	for vals(&v) {
		d := dec{b: v}
		m := member{ord{d.uint(), d.uint()}, d.str()}
		if d.err != nil {
			return d.err
		}
		ms = append(ms, m)
	}
	if len(ms) < 2 {
		return nil
	}
	slices.SortFunc(ms, func(a, b member) int {
		switch {
		case a.o.less(b.o):
			return -1
		case b.o.less(a.o):
			return 1
		}
		return 0
	})
	for p := 1; p < len(ms); p++ {
		for q := max(0, p-f.Window); q < p; q++ {
			emit(ms[q].id, ms[p].id)
			cntShufPairs.Inc(ctx, int64(len(ms[q].id)+len(ms[p].id)))
		}
	}
	return nil
}

// forwardFn sends the signature of a candidate pair's first document to
// its second, once per distinct pair (a pair found in several bands is
// verified once).
type forwardFn struct{}

func (forwardFn) ProcessElement(ctx context.Context, _ string, sigs func(*[]byte) bool, others func(*string) bool, emit func(string, []byte)) error {
	var sig []byte
	if !sigs(&sig) {
		return nil
	}
	seen := map[string]bool{}
	var b string
	for others(&b) {
		if !seen[b] {
			seen[b] = true
			emit(b, sig)
			cntShufFwd.Inc(ctx, int64(len(b)+len(sig)))
		}
	}
	return nil
}

// verifyFn verifies candidate pairs at their second document by exact
// Jaccard similarity and emits the pairs at or above the threshold, all
// under one key.
type verifyFn struct{ Threshold float64 }

func (f *verifyFn) ProcessElement(ctx context.Context, _ string, sigs func(*[]byte) bool, firsts func(*[]byte) bool, emit func(int, []byte)) error {
	var raw []byte
	if !sigs(&raw) {
		return nil
	}
	d := dec{b: raw}
	nb := d.node()
	sb := dedup.Signature{Shingles: d.u64s()}
	if d.err != nil {
		return d.err
	}
	for firsts(&raw) {
		d := dec{b: raw}
		na := d.node()
		sa := dedup.Signature{Shingles: d.u64s()}
		if d.err != nil {
			return d.err
		}
		cntPairs.Inc(ctx, 1)
		if dedup.Jaccard(&sa, &sb) < f.Threshold {
			continue
		}
		cntVerified.Inc(ctx, 1)
		var e enc
		e.node(&na)
		e.node(&nb)
		emit(0, e.b)
		cntShufEdges.Inc(ctx, int64(1+len(e.b)))
	}
	return nil
}

// componentsFn joins the verified pairs into groups (connected components)
// and emits, for every document in a group of two or more, keyed by its
// output shard, its ID and the group's fold: the representative's ID and
// the group's counts.
type componentsFn struct{ Shards int }

func (f *componentsFn) ProcessElement(ctx context.Context, _ int, edges func(*[]byte) bool, emit func(int, []byte)) error {
	index := map[string]int32{}
	var nodes []node
	var parent []int32
	add := func(n node) int32 {
		if i, ok := index[n.id]; ok {
			return i
		}
		i := int32(len(nodes))
		index[n.id] = i
		nodes = append(nodes, n)
		parent = append(parent, i)
		return i
	}
	find := func(i int32) int32 {
		r := i
		for parent[r] != r {
			r = parent[r]
		}
		for parent[i] != r {
			i, parent[i] = parent[i], r
		}
		return r
	}
	var raw []byte
	for edges(&raw) {
		d := dec{b: raw}
		a, b := d.node(), d.node()
		if d.err != nil {
			return d.err
		}
		ra, rb := find(add(a)), find(add(b))
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	groups := map[int32][]int32{}
	for i := range nodes {
		r := find(int32(i))
		groups[r] = append(groups[r], int32(i))
	}
	for _, ms := range groups {
		rep := ms[0]
		wires := make([]string, len(ms))
		bodies := make([]uint64, len(ms))
		for k, i := range ms {
			if nodes[i].before(&nodes[rep]) {
				rep = i
			}
			wires[k], bodies[k] = nodes[i].wire, nodes[i].body
		}
		indep := dedup.Independent(wires, bodies)
		for _, i := range ms {
			var e enc
			e.str(nodes[i].id)
			e.str(nodes[rep].id)
			e.uint(uint64(len(ms)))
			e.uint(uint64(indep))
			emit(shardOf(nodes[i].id, f.Shards), e.b)
			cntShufFolds.Inc(ctx, int64(1+len(e.b)))
		}
		cntFolded.Inc(ctx, int64(len(ms)))
	}
	return nil
}

// writeArticlesFn writes one articles shard: each annotated article with
// its dedup information (its own group when it has no near duplicate).
type writeArticlesFn struct {
	Dir    string
	Shards int
}

func (f *writeArticlesFn) ProcessElement(ctx context.Context, shard int, mains func(*[]byte) bool, folds func(*[]byte) bool) error {
	type fold struct {
		rep                  string
		sources, independent int
	}
	groups := map[string]fold{}
	var raw []byte
	for folds(&raw) {
		d := dec{b: raw}
		id := d.str()
		g := fold{d.str(), int(d.uint()), int(d.uint())}
		if d.err != nil {
			return fmt.Errorf("shard %d: fold: %w", shard, d.err)
		}
		groups[id] = g
	}
	var lines [][]byte
	for mains(&raw) {
		if len(raw) == 0 {
			continue // shard marker
		}
		d := dec{b: raw}
		id := d.str()
		art := d.bytes()
		var sig dedup.Signature
		sig.Wire = d.str()
		sig.Body = d.uint()
		sig.Terms = int(d.uint())
		sig.MinHash = d.u32s()
		if d.err != nil {
			return fmt.Errorf("shard %d: article %s: %w", shard, id, d.err)
		}
		info := dedupInfo(&sig)
		info.Group, info.Sources, info.Independent = id, 1, 1
		if g, ok := groups[id]; ok {
			info.Group, info.Sources, info.Independent = g.rep, g.sources, g.independent
		}
		line, err := recordLine(art, info)
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		lines = append(lines, line)
	}
	return writeShard(ctx, f.Dir, "articles", shard, f.Shards, lines)
}

// writeErrorsFn writes one errors shard.
type writeErrorsFn struct {
	Dir    string
	Shards int
}

func (f *writeErrorsFn) ProcessElement(ctx context.Context, shard int, vals func(*[]byte) bool) error {
	var lines [][]byte
	var v []byte
	for vals(&v) {
		if len(v) > 0 {
			lines = append(lines, v)
		}
	}
	return writeShard(ctx, f.Dir, "errors", shard, f.Shards, lines)
}

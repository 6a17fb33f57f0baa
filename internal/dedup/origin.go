package dedup

// Origin returns what decides whether two copies of a story are
// independent: the news agency the text is credited to (see [Credit]) and
// the hash of its normalised body ([Signature.Body]), equal for reprints
// that differ only in boilerplate, spacing or case. It costs one pass over
// the text and no MinHash; pass the results of several documents to
// [Independent].
func Origin(text, source string) (wire string, body uint64) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	clean, w := clean(text, nil)
	if w == "" {
		w = WireOfSource(source)
	}
	sc.toks = tokenize(clean, sc.toks[:0])
	sc.terms = normalize(clean, sc.toks, sc.terms[:0], nil)
	if len(sc.terms) == 0 {
		return w, 0
	}
	sc.th = sc.th[:0]
	for _, t := range sc.terms {
		sc.th = append(sc.th, hashString(t))
	}
	clear(sc.terms)
	return w, bodyHash(sc.th)
}

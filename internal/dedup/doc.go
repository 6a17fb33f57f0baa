// Package dedup finds and folds near-duplicate texts: syndicated reprints,
// re-headlined or boilerplate-wrapped copies and lightly rewritten
// ("spun") versions of the same article or sentence.
//
// A text is cleaned (credit lines, bylines, "Read more" tails and datelines
// such as "LONDON (Reuters) -" are removed, the agency credit is kept
// aside), tokenized and normalised: expanded names and common acronyms meet
// ("North Atlantic Treaty Organisation" and "NATO"), capitalised
// organisation names collapse to their initials, stopwords and filler words
// are dropped, words are lightly stemmed and mapped through a small generic
// table of spinning substitutions ("purchase" → "buy"). The tables are
// embedded text files under tables/. Terms are grouped into shingles of
// [Options.Shingle] consecutive terms; a [Signature] keeps the shingle
// hashes and a MinHash sketch from fixed seeds, so signatures are stable
// across runs.
//
// [Hasher.Fold] indexes the sketches by LSH banding, verifies each
// candidate pair by exact Jaccard similarity against [Options.Threshold],
// joins verified pairs with union-find and picks as representative of each
// group the earliest published document (then the smallest ID). Each
// [Group] says how many documents it holds (Sources) and how many are
// independent: copies credited to one agency, and identical reprints,
// count once. [Hasher.Explain] says why two texts were (or were not)
// folded.
//
// The package does no I/O and keeps no state between calls; storing
// signatures and groups is package store's job.
package dedup

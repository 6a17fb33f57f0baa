// Package pipeline runs dateline's annotation on Apache Beam: it reads input
// files with the engine's corpus readers, annotates every article with the
// engine's annotation chain (package annotate), signs it for near-duplicate
// detection (package dedup), folds near duplicates across the whole corpus
// and writes sharded, gzip-compressed JSONL.
//
// Nothing here re-implements the engine: the readers, the annotators, the
// signatures, the similarity and its threshold are the engine's own
// packages. What this package adds is the distribution. [Build] lays the
// pipeline out as:
//
//  1. one element per input (a file or folder, as given to the dateline
//     command line) → articles, read with [corpus.Read] and [formats.All];
//     documents that cannot be read go to the errors output;
//  2. group by article ID: an ID read again with other text is a
//     duplicate-id error, an identical re-read is dropped (the checks
//     corpus.Read makes within one call, made here across inputs);
//  3. annotate and sign each article (this also spreads the work: a big
//     input is no longer one worker's job);
//  4. LSH band key → GroupByKey → candidate pairs, with the same window as
//     [dedup.Hasher.FoldSigned] (each member against at most Window earlier
//     members, in input order; FoldSigned's packed sort keys can, in
//     theory, merge two buckets whose keys agree in all but their low
//     bits, which changes its window only in a merged bucket larger than
//     the window);
//  5. candidates joined with both signatures (two CoGroupByKeys, so a
//     signature travels once per candidate pair, not once per band) and
//     verified by exact Jaccard similarity against the same threshold;
//  6. verified pairs → connected components (one worker, union-find over the
//     documents that have a near duplicate; singletons never get there) →
//     each member's group: the representative is the earliest published
//     member, then the smallest ID, as in package dedup;
//  7. each shard's annotated articles and the groups of its articles
//     (CoGroupByKey by shard), written sorted, gzip-compressed; every
//     shard is written, empty or not.
//
// The articles themselves are shuffled twice (raw at step 2, annotated at
// step 7); the grouping shuffles band keys, candidate pairs and one copy of
// a signature per distinct candidate pair.
//
// The result is the same whichever runner executes it and however the
// input is split: [Reference] computes it in one process with
// corpus.Read, annotate.Annotator.All and dedup.Hasher.FoldSigned, and the
// tests compare the two line by line.
//
// Each output line is a [Record]: the news.Article JSON (with sentences,
// date mentions and quotes) plus a "dedup" object ([Dedup]). Each error line
// is an [ErrorRecord].
//
// The package does not store or index anything (that is dateline ingest's
// job), and reads inputs from a local or shared file system only.
package pipeline

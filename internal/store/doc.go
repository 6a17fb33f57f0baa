// Package store keeps articles, their annotations and their near-duplicate
// groups in one SQLite file, through the pure-Go driver modernc.org/sqlite
// (no cgo).
//
// The database runs in WAL mode; its schema is versioned (PRAGMA
// user_version) and built by the numbered migrations under migrations/,
// each applied in its own transaction. Every ingest batch ([DB.Put]) is one
// transaction, so a crash loses at most the batch in flight and never
// leaves half an article. Articles are identified by their ID and a SHA-256
// of their content fields: putting the same article again changes nothing;
// putting a different article under a known ID is a per-document
// duplicate-id error.
//
// Annotations (sentences with their date mentions, quotes) are kept as a
// JSON blob beside the text, so a timeline can be built without annotating
// again. An FTS5 index over title and text (Porter stemming) serves
// [DB.Search], ranked by bm25 and filtered by publication day. Near
// duplicates are folded as articles arrive: each article's MinHash
// signature (package dedup) is indexed by LSH band, candidates are verified
// by exact Jaccard similarity, and groups are kept as a group number per
// article. The band index is clustered by 14-day publication period; the
// periods in use are cached in memory within a fixed budget, so the memory
// a writer needs does not grow with the store.
//
// The package does not read input files or annotate; package ingest does.
package store

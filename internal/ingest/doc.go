// Package ingest reads news inputs, annotates each article and stores it:
// the "dateline ingest" pipeline.
//
// [Run] reads with package corpus (files, folders, globs expanded by the
// caller, standard input), annotates and prepares articles on several
// workers, and writes them in input order, in batches, each batch one
// store transaction. A document that cannot be used (unreadable,
// malformed, no date, a date in the future, too large, an ID already
// stored with other content) is reported and counted, and the run goes on.
// Because articles are written in input order and the store skips
// articles it already holds, a run interrupted at any point (even by
// SIGKILL) is completed by running it again.
//
// The package also writes the per-document error log (JSON lines) and
// generates synthetic corpora for benchmarks ([Generate]). It prints
// nothing itself: progress and errors go to the caller's callbacks.
package ingest

// Package news holds dateline's core data model: the values that flow one
// way through the pipeline read → annotate → store/index → select → render.
//
// An [Article] is produced by a reader (package corpus and its siblings),
// filled in by the annotators (sentences, date mentions, quotes) and then
// consumed by the timeline methods and renderers. Each type has exactly one
// home, here; packages further down the chain never redefine them.
//
// Offsets are byte offsets into UTF-8 text, half-open [Start, End).
// Package news does no I/O and has no dependencies beyond the standard
// library.
package news

// Package annotate runs dateline's annotators over articles: sentence
// splitting, date tagging and quote attribution, in that order.
//
// Each step is a one-method interface over byte offsets, so that the
// pipeline is a plain struct that calls its parts in turn (in the manner of
// an analysis chain) and any step can be replaced in tests. [New] returns the
// standard chain built from packages text, temporal and quote.
//
// Annotation is deterministic and per-article: the same article always gets
// the same annotations, whether it is annotated here, at ingest time or in a
// distributed pipeline.
package annotate

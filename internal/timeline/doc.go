// Package timeline selects a timeline from annotated articles: which dates
// matter for a topic and which sentences say what happened on each.
//
// The input is a [Corpus]: articles whose sentences carry resolved date
// mentions (package annotate), indexed once so that several timelines over
// different windows or queries can be built from it cheaply. [Build] runs a
// [Method] with [Options] (query keywords, number of dates L, sentences per
// date k, date window) and returns a [Timeline] in which every date says why
// it was chosen ([Evidence]) and every sentence keeps its document, source,
// publication date and how it was dated.
//
// Methods are plain values. The package ships "datewise", a date-first
// method in the style of the published Datewise system (date ranking from
// mention and publication evidence, per-date candidate sentences, a
// redundancy-aware centroid summary), and "dateline", the default, which
// ranks dates and sentences with small linear models fit leave-one-topic-out
// (see Train).
//
// The package does no I/O and does not render; see package render.
package timeline

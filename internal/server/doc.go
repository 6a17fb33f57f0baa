// Package server serves dateline over HTTP: a JSON API for timelines,
// search, articles, statistics and adding articles, and a self-contained
// web page that draws a timeline with the evidence behind its dates.
//
// Handlers depend only on the [Backend] interface. Two implementations are
// provided: [Memory], over a set of annotated articles held in memory (the
// built-in demo corpus, tests), and [Store], over a dateline store (package
// store), where full-text retrieval narrows the corpus before a timeline is
// built from the retrieved articles' stored annotations. [Install] puts the
// routes on a mux; [Serve] runs an http.Server with timeouts, refuses to
// listen beyond loopback without a bearer token, and shuts down gracefully
// when its context ends.
//
// The web page (HTML, CSS and JavaScript embedded in the binary, no build
// step, no network access beyond the API) inserts every piece of article
// text as text, never as markup.
//
// The package does not read input files, annotate beyond calling package
// annotate on articles added through the API, or choose timeline dates
// itself: package timeline does.
package server

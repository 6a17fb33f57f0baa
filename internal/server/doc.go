// Package server serves dateline over HTTP: a JSON API for timelines,
// search, quotes (package quotelist: by speaker and the day said),
// articles, statistics and adding articles, and a self-contained
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
// Two small caches keep repeated work cheap: built timelines, keyed by the
// normalized request (query case and spacing do not matter), and, in the
// store backend, the indexed corpus of each retrieval (query words,
// entity, window), which timelines of other lengths or methods reuse.
// Both are bounded LRU caches with an expiry, cleared when articles are
// added through the API, and both let concurrent identical requests share
// one build.
//
// Errors meant for the client are [Error] values whose [Kind] maps to an
// HTTP status in one place; every error response is {"error": "..."}.
//
// The web page (HTML, CSS and JavaScript embedded in the binary, no build
// step, no network access beyond the API, a Content-Security-Policy that
// allows only its own script) inserts every piece of article text as text,
// never as markup.
//
// The package does not read input files, choose timeline dates (package
// timeline does) or annotate beyond calling package annotate on articles
// added through the API.
package server

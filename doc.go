// Package dateline builds sourced news timelines from dated articles.
//
// It is the engine's Go API: read articles in any input format dateline
// knows, annotate them (sentences, date mentions resolved to days, quotes
// attributed to speakers), build the timeline of a story — its key dates,
// each with a short extractive summary whose sentences name their source —
// and render it:
//
//	var arts []*dateline.Article
//	for a, err := range dateline.Read(ctx, "crawl/", "feed.xml") {
//		if err != nil {
//			log.Print(err) // a *DocError: the document is named and skipped
//			continue
//		}
//		arts = append(arts, a)
//	}
//	tl, err := dateline.Build(ctx, arts, dateline.Options{Query: "bp oil spill", Dates: 10})
//	...
//	err = dateline.Render(os.Stdout, tl, "md")
//
// [Quotes] lists who said what, each speaker named as the articles
// together name them. Articles may also be made in code: an [Article] needs an ID, a source,
// a publication time and its text; [Build] annotates what is not yet
// annotated. The command cmd/dateline is built on this package.
//
// # Layout of the module
//
// One Go module with a thin command and small internal packages, one job
// each; data flows one way through them:
//
//	read      internal/corpus (text, JSONL, T17/news-tls layouts), internal/webpage,
//	          internal/warc, internal/feed
//	annotate  internal/annotate chains internal/text (sentences, terms),
//	          internal/temporal (date mentions) and internal/quote (attributions)
//	store     internal/store (SQLite + FTS5), internal/ingest, internal/dedup
//	select    internal/timeline (date ranking, summaries), internal/trim
//	render    internal/render (text, JSON, Markdown, HTML, TimelineJS, CSV),
//	          internal/server (HTTP API and web page)
//	measure   internal/rouge, internal/tlseval (exact TILSE metrics),
//	          internal/tlsbench (the benchmark protocol), internal/timeml,
//	          internal/polnear, internal/htmleval
//
// cmd/dateline is the command; beam/ is a separate module with the Apache
// Beam pipeline, so the core binary never links Beam. See ARCHITECTURE.md.
package dateline

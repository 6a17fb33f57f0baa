// Dateline builds sourced news timelines from dated articles.
//
// The repository is laid out as one Go module with a thin command and small
// internal packages, one job each; data flows one way through them:
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

package formats

import (
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/feed"
	"github.com/dateline-news/dateline/internal/warc"
	"github.com/dateline-news/dateline/internal/webpage"
)

// All returns every input format with its default options, in sniffing
// order: [corpus.DefaultFormats], then WARC, feeds and HTML pages. HTML
// comes last because its sniffing is the loosest.
func All() []corpus.Format {
	return append(corpus.DefaultFormats(),
		warc.Format(warc.Options{}),
		feed.Format(feed.Options{}),
		webpage.Format(webpage.Options{}),
	)
}

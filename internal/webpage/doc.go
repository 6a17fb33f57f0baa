// Package webpage turns one HTML page into a dated [news.Article].
//
// The main text comes from go-trafilatura (boilerplate removal), the
// publication date from go-htmldate (page metadata, URL, then the page's
// text), refined by the page's explicit structured metadata (JSON-LD,
// <meta> and <time> elements), which also supplies the last-modified time
// kept apart in Article.Updated. When htmldate finds nothing, an absolute,
// day-precise date written at the start of the main text is used. A page
// with no date is refused (corpus.ReasonNoDate): the fetch or crawl time is
// never used as a publication date, only as the upper bound beyond which a
// stated publication date is refused as corpus.ReasonFutureDate.
//
// The package reads bytes it is given; it does not fetch pages, follow
// links, run scripts or render. [Format] reads .html files for the corpus
// reader; package warc feeds it the HTML payloads of WARC records.
package webpage

// Package webpage turns one HTML page into a dated [news.Article].
//
// The main text comes from go-trafilatura (boilerplate removal), rendered
// one line per paragraph, heading or list item, without a leading line
// that repeats the title. The publication date comes from go-htmldate
// (page metadata, URL, then the page's text), refined by the page's
// explicit structured metadata (JSON-LD, <meta> and <time> elements):
// when that states a time on the same day, its time and UTC offset are
// kept. The stated modification time is kept apart in Article.Updated.
// When htmldate finds nothing, an absolute, day-precise date written at
// the start of the main text is used. A page with no date is refused
// (corpus.ReasonNoDate): the fetch or crawl time is never used as a
// publication date, only as the upper bound beyond which a stated
// publication date is refused as corpus.ReasonFutureDate.
//
// The package reads bytes it is given; it does not fetch pages, follow
// links, run scripts or render. [Format] reads .html files for the corpus
// reader; package warc feeds it the HTML payloads of WARC records.
package webpage

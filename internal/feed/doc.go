// Package feed reads RSS, Atom and JSON Feed files into dated articles,
// one per item, using github.com/mmcdole/gofeed.
//
// An item's text is its full content when the feed carries it, else its
// description or summary, with HTML markup removed by
// [htmltext.Fragment] (block elements become line breaks, entities are
// decoded, scripts and styles dropped). Its
// publication date is the item's pubDate, dc:date or Atom <published>; an
// Atom entry without <published> is dated by its <updated> (the Atom
// convention gofeed follows). A distinct modification date (Atom
// <updated>, dc:date next to a pubDate) is kept apart in Article.Updated.
// Items without any date are refused as corpus.ReasonNoDate, items dated
// after the time of reading as corpus.ReasonFutureDate. The feed's title
// (else its link's host) is the articles' source.
//
// The package does not fetch feeds or the pages items link to.
package feed

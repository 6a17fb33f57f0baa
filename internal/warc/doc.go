// Package warc reads WARC files (plain or gzip-compressed, WARC 0.18 to
// 1.1) into dated articles.
//
// Records are parsed with github.com/nlnwa/gowarc/v3. Response records
// whose HTTP status is 2xx and whose payload is HTML, and resource records
// of type text/html, become articles through package webpage: the target
// URI is the page's fetch URL and the WARC-Date its fetch time, which bounds
// the publication date but is never used as one. Every other record
// (warcinfo, request, metadata, revisit, conversion, redirects, images...)
// is reported as corpus.ReasonNotArticle, so that it can be counted; see
// [Options.OmitNotArticle].
//
// A damaged record is reported as a *corpus.DocError whose Origin names
// the file and the record's byte offset ("file.warc.gz#offset=1234"), and
// reading goes on with the next record: truncated or corrupt gzip members
// are skipped to the next gzip member, garbage between records is skipped
// to the next "WARC/" line, a record whose block does not match its
// Content-Length or WARC-Block-Digest is refused. WARC-Payload-Digest
// mismatches alone are tolerated (some crawlers digest the decoded
// payload). Offsets in gzip files are compressed offsets of the member a
// record starts in.
//
// Not supported: ARC files and LZ4- or zstd-compressed WARCs (each is
// reported once as corpus.ReasonUnknownFormat), segmented (continuation)
// records, and revisit records (no payload of their own).
package warc

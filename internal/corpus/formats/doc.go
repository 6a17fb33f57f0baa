// Package formats lists every input format dateline reads, in the order
// they are sniffed: the corpus package's own formats (Timeline17 files,
// JSON lines, dated plain text), then WARC archives, feeds (RSS, Atom,
// JSON Feed) and HTML pages.
//
// It exists so that the command line and the Beam pipeline read exactly
// the same inputs. It does not read anything itself, and it holds no
// registry: [All] builds a fresh list on each call.
package formats

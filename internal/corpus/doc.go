// Package corpus reads dated news articles from files and folders, and loads
// the timeline-summarization benchmark datasets.
//
// # Formats
//
// An input file is read by the first [Format] of [Options.Formats] whose
// Sniff accepts it; gzip-compressed files are recognised by their magic bytes
// and decompressed on the fly (Sniff sees the decompressed head; the name
// keeps its ".gz"). The formats of this package ([DefaultFormats]) are:
//
//   - "t17" ([T17Doc]): a file at <folder>/InputDocs/YYYY-MM-DD/<name>, one
//     tokenized sentence per line, published on the day its folder names
//     (the Timeline17 and Crisis layout). The reader keeps the sentences:
//     Article.Text is the trimmed, non-blank lines joined by "\n" and
//     Article.Sentences is filled. Recognised by path alone.
//   - "jsonl" ([JSONL]): one JSON object per line (.jsonl, .ndjson, .jl, or
//     .json whose first line is an object; optionally gzipped) with "id",
//     "title", "text", "time" (ISO date or date-time: "2007-02-16",
//     "2007-02-16T00:07:05Z", "2007-02-16 00:07:05"; "date" or "published"
//     are accepted instead), and optional "url" and "source". A record
//     that carries "sentences" (strings, or objects with "raw" as in the
//     news-tls preprocessed release) keeps them as its sentences.
//   - "text" ([Text]): a plain text file whose first line is
//     "date YYYY-MM-DD" (or "date: ...", or a date-time), then optional
//     header lines "title: ...", "source: ...", "url: ...", "updated: ..."
//     (case-insensitive keys, one per line, in any order), then the body,
//     optionally after one blank line. Any other line ends the header. A
//     .txt file without the date line is reported as [ReasonNoDate].
//
// Other packages add formats (HTML, WARC, feeds); the command line passes the
// full list in Options.Formats.
//
// # Folders and layouts
//
// [Read] walks folders in lexical order (hidden entries skipped) and reads
// every file, except inside the two benchmark layouts:
//
//   - a folder holding InputDocs/ (Timeline17, Crisis): only the files under
//     InputDocs are articles; timelines/ and keywords.json are skipped;
//   - a news-tls topic folder (holding timelines.jsonl or keywords.json and an
//     articles file): only one articles file is read, the first present of
//     articles.preprocessed.jsonl(.gz), articles.tokenized.jsonl(.gz),
//     articles.jsonl(.gz), then any other articles*.jsonl*; its text holds
//     one sentence per line and is read as such.
//
// # Identity and checks
//
// Article IDs are stable and unique: a file found in a folder gets
// "<folder base name>/<path relative to it>", a file named on its own its
// cleaned path, a T17 document "<topic_source>/InputDocs/<date>/<file>"
// whichever folder was walked, and a JSONL record "<file id>#<record id>"
// (or "#line-N" without one). The same file name from two outlets on the
// same day therefore never collides. Read rejects, with a [DocError] naming
// the file (and line) and a [Reason]: a missing or malformed publication
// date, a date later than Options.Now plus a tolerance, empty text, invalid
// UTF-8, and an ID already seen with different text (an identical re-read is
// dropped silently). [Tally] counts documents read, used and skipped.
//
// # Datasets
//
// [LoadDataset] loads a benchmark dataset folder (Timeline17/Crisis or
// news-tls layout) into topics with their articles, keywords and the paths of
// their reference timelines. It does not parse reference timelines.
package corpus

// Package demo holds dateline's built-in sample corpus: an invented news
// story, told by four invented outlets over seven weeks, for "dateline demo",
// for tests of the timeline method and for the web UI.
//
// The story: in the fictional province of Estmere (Republic of Varsland),
// cracks are found in the spillway of the Lowen Dam; the valley below is
// evacuated, a storm forces the spillway gates open, part of the spillway
// collapses and floods the town of Fennick, the water authority's chief
// resigns, an inquiry is ordered, residents return, the inquiry's interim
// report finds that warnings were ignored, and the rebuilt spillway goes back
// into service. [KeyEvents] lists the nine dates a good timeline should find.
//
// The corpus (under corpus/) uses three input formats: plain text files with
// a "date" header (The Sable Valley Courier, The Northern Ledger), JSONL
// (Varsland Press Agency wire) and gzipped JSONL (Estmere Broadcasting News).
// It has direct quotes by named people with pronoun follow-ups ("She added:
// ..."), relative dates ("on Monday", "yesterday", "last week", "next
// Tuesday") and explicit ones, a wire story reprinted by two outlets, a
// lightly reworded copy ("dam" → "barrage", "said" → "stated"), and two
// articles off the topic. Places, people, outlets and events are all made
// up.
//
// corpus/ebn/bulletins.jsonl.gz is generated from source/ebn.jsonl by
// "go generate" (gen_ebn.go); a test checks they agree.
package demo

//go:generate go run gen_ebn.go

// Package quote finds attributions in news text: direct quotations and
// reported speech, each with its cue ("said", "according to"), the phrase
// naming the speaker, and the speaker resolved to a canonical entity.
//
// It works on raw text with its own tokenizer and a simple sentence
// splitter, using rules over generic word lists (speech verbs, titles,
// role nouns, pronouns; see lexicon/) and no model. Forms covered:
// `"...," he said`, `"...," said X`, `X said: "..."`, `X told Y, "..."`,
// quotes interrupted by their attribution and quotes that run over several
// sentences or paragraphs, "according to X", "X added", participles
// ("..., saying ..."), reported speech `X said (that) ...` and `..., X
// said.` (Direct false), and quoted phrases inside reported speech. Long
// quotations with no recognisable cue are kept with the subject of their
// sentence as speaker, or none.
//
// Speakers: names map to the fullest compatible name in the text (package
// entity); "he"/"she" to the most recent person of compatible gender,
// preferring sentence subjects; role phrases ("the spokesman", "the
// president") to the most recent person with that title or role, else the
// most recent person.
//
// It does not parse syntax, resolve "they"/"it" or link entities across
// articles, and it knows English only. An [Extractor] reuses its buffers
// and is not safe for concurrent use: use one per goroutine.
package quote

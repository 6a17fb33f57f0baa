// Package text splits English news text into sentences and words and turns
// sentences into index terms.
//
// It offers four things:
//
//   - [Split] and [Sentences]: a rule-based, Punkt-style sentence splitter
//     for raw text that returns byte spans. It knows abbreviations ("Mr.",
//     "U.S.", "Jan."), initials, decimal numbers, ellipses and
//     sentence-final quotes and brackets, and treats line breaks as
//     boundaries (news text stores one paragraph, headline or sentence per
//     line) unless the next line continues in lowercase.
//   - [Tokenize] and [Words]: a word tokenizer that also reads Penn Treebank
//     tokenized input (bracket escapes like "-LRB-", quotes written as two
//     backquotes or two apostrophes, "did n't"), so raw and PTB text give
//     the same words.
//   - [IsStopword], [Stem] and [Lower]: an embedded English stopword list,
//     the Snowball English (Porter2) stemmer and a fast lowercaser.
//   - [Analyzer]: Terms(s) = lowercased, stopword-free, stemmed words of s,
//     memoising stems per Analyzer; built for TF-IDF over ~10^5 sentences.
//
// It does not find dates, names or quotes, and it does not detect language:
// everything here assumes English. The data tables (abbreviations, sentence
// openers, stopwords) are embedded text files under data/; nothing is
// mutable at package level.
package text

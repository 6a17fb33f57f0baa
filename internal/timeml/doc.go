// Package timeml reads TimeML 1.2.1 documents (the TempEval-3 format) and
// scores a temporal tagger against their TIMEX3 annotations with the
// TempEval-3 Task A measures.
//
// A [Document] holds the plain text of the <TEXT> element, the gold TIMEX3
// spans in it (byte offsets into that text) and the document creation time
// from <DCT>. The creation time is the reference date for normalisation and
// is never counted as a gold expression. EVENT, SIGNAL and other inline tags
// only contribute their text; links (TLINK, SLINK, ALINK, MAKEINSTANCE) are
// ignored.
//
// Scoring ([Score], [Counts]) follows the TempEval-3 overview paper
// (UzZaman et al., SemEval 2013, section 4.1) and its official scorer:
//
//   - strict extent match: a predicted span equal to a gold span;
//   - relaxed extent match: a predicted span overlapping a gold span;
//   - precision = predicted spans that match some gold span / predicted;
//     recall = gold spans matched by some predicted span / gold; F1 is their
//     harmonic mean;
//   - attribute accuracy (value, type) is measured over the relaxed-matched
//     gold expressions: each gold expression is paired with the predicted
//     span that overlaps it most, and the attribute counts as correct when
//     the strings are equal;
//   - attribute F1 = relaxed extent F1 × attribute accuracy: the value F1
//     by which the paper ranks systems (section 5.1.1, "Value F1 = Timex
//     F1 * Value Accuracy"), as the official scorer computes it. Section
//     4.1 also writes attribute F1 as 2PR/(P+R) with P = correct/predicted
//     and R = correct/gold; that form is reported as set_f1 and equals the
//     former whenever relaxed matching pairs as many predictions as gold
//     expressions.
//
// Spans are compared after trimming surrounding white space (the official
// scorer compares tokens, so white space never matters there either).
//
// [Evaluate] runs a tagger over every document of a folder: each document's
// text is cut into sentences by a small rule (full stop, question or
// exclamation mark followed by white space and a capital letter, not after a
// known abbreviation; blank lines) and each sentence is tagged with the
// creation date as reference. The package does not tag anything itself.
package timeml

// Package tlseval scores predicted timelines against reference timelines
// with the metrics of tilse (Martschat and Markert 2017, 2018) as news-tls
// and tilse compute them, down to the last bit of the floating-point
// results: ROUGE-1 and ROUGE-2 precision, recall and F1 for the concat,
// agreement, align, align+ and align+ m:1 variants, and date precision,
// recall and F1.
//
// Use [PrepareReference] once per reference (one timeline, or several as a
// multi-reference ground truth) and [Reference.ScoreAll] (or
// [Reference.Score], [Reference.AlignPlusM1], [Reference.DateF1]) for each
// prediction; [MacroAverage] averages results over tasks (mean precision,
// mean recall, F1 of the means). The ROUGE counts come from
// internal/rouge; the 1:1 alignments use a port of scipy 1.10's
// linear_sum_assignment, so ties resolve as in the reference
// implementation.
//
// [ReadText] and [WriteText] handle tilse's timeline text format and
// [ReadJSONL] news-tls's timelines.jsonl; [Read] tells them apart.
//
// Where tilse raises an exception (an empty prediction or reference, a
// concat comparison with no counted words) the scores here are 0 instead.
// The package does not build timelines, and it does not implement tilse's
// approximate "reimpl" ROUGE.
package tlseval

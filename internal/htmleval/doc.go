// Package htmleval scores web-page ingestion against two public gold sets:
// main-text extraction on the Article Extraction Benchmark (AEB) and
// publication-date extraction on htmldate's MediaCloud 2020 test set.
//
// The AEB metric follows the benchmark's own evaluate.py: both texts are
// split into \w+ tokens (letters, numbers and underscore, as Python's
// Unicode \w), the tokens are grouped into overlapping 4-token shingles, and
// per page the shingle multisets are compared (tp = shared count, fp =
// predicted surplus, fn = gold surplus), normalised so the three sum to 1.
// Precision is the mean over pages with tp+fp > 0, recall the mean over
// pages with tp+fn > 0 (a page with fp = fn = 0 scores 1), and F1 is the
// harmonic mean of those two means. Soft hyphens are removed from the
// prediction first, as the benchmark's runner for go-trafilatura does.
//
// The date metric follows htmldate's evaluation: a page is a true positive
// when the predicted day equals the gold day, a false positive when a
// different day is predicted, a false negative when nothing is predicted
// but the gold has a date, and a true negative when neither has a date.
// Precision = tp/(tp+fp), recall = tp/(tp+fn), accuracy =
// (tp+tn)/all, F1 = 2tp/(2tp+fp+fn).
//
// The package only reads the datasets and computes scores; extraction is
// done by the caller-supplied functions (see [RunAEB] and [RunDates]).
// It does not download anything: the datasets must be on disk.
package htmleval

// Package rouge computes ROUGE-1 and ROUGE-2 counts exactly as the Perl
// script ROUGE-1.5.5 does when pyrouge (as bundled in tilse) runs it with
// "-a -n 2 -x -f A -d -m -s -t 2": the text read from SEE files (cut at the
// first "<", "^" as "&circ;"), ASCII lowercasing, every byte other than a
// letter or digit as a separator, SMART stopwords removed, tokens longer
// than 3 bytes replaced by their WordNet exception base form or else by
// the Porter stem with Chin-Yew Lin's 2004 step-4 change, n-grams over the
// filtered token stream of the whole summary, hits clipped per reference,
// and the peer's n-gram count added once per reference.
//
// An [Analyzer] turns a summary into a reusable [Profile]; [Count] compares
// a peer profile with reference profiles and returns the raw hit, model
// and peer counts. The stopword list and the exception table are embedded
// copies of the script's data files.
//
// The package does not compute precision, recall or F (the timeline
// metrics in internal/tlseval do, from these counts), nor ROUGE-L, ROUGE-SU,
// bootstrap confidence intervals or length limits.
package rouge

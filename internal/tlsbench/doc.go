// Package tlsbench runs the timeline summarization benchmark protocol of the
// literature (news-tls, tilse) on a dataset folder and scores the result.
//
// For each topic (T17 folders sharing a prefix are one topic, their articles
// merged) and each of its reference timelines: the input is restricted to the
// reference's date span (± PadDays), L is the number of reference dates, k
// is the mean number of sentences per reference date rounded half to even,
// the method predicts a timeline with the topic's keywords, and the
// prediction is scored against that reference alone with the align+ m:1
// ROUGE-1/2 and date F1 (package tlseval). The mean over tasks takes the
// mean precision and mean recall, and F from those means.
//
// Articles are annotated as the product annotates them (dates and quotes),
// so a sentence opening with "He said" may be chosen with its resolved
// speaker, as `dateline timeline` would show it.
//
// Methods with learned parts are fit leave-one-topic-out: the model used on
// a topic is fit on the other topics of the same dataset only. With
// Options.NestedSelection nothing about the date ranker is chosen outside
// such a fold either: instead of the method's fixed feature set, it is fit
// over every date feature, with the L2 penalty chosen from a fixed grid by
// a leave-one-topic-out loop over the training topics alone (date F1 of the
// top-L days that have a summary), so no figure depends on a choice made
// while looking at the held-out topic. (Forward selection of the features,
// its bagged form and a shadow-feature stopping rule are kept as unexported
// alternatives; TestNestedStability measures how steady each is.)
package tlsbench

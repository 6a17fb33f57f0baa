// Package temporal finds time expressions in news sentences and resolves
// them against the publication date: dateline's own rule-based temporal
// tagger, in the spirit of HeidelTime but written from scratch.
//
// [Tagger.Tag] returns one [news.Mention] per expression with its TIMEX3
// type (DATE, TIME, DURATION, SET), its normalised TIMEX3 value and, when
// the expression names a calendar period, that period as a first day and a
// granularity. It recognises
//
//   - explicit dates: "June 2, 2017", "2 June 2017", "June 2", "Monday,
//     Oct. 26", "Wednesday 31 May", "2017-06-02", "6/13/2017" (slashed
//     dates only when a part above 12 makes the order unambiguous),
//     "19.03.2011" (dotted dates are day first unless the middle part is
//     above 12; "2011.03.19" is year first), "March 2011", "2010", "the
//     1990s", "the '90s", "the 20th century", "fiscal 1989" (a number
//     glued to a word, "word1999" or "MH370", is none of these);
//   - ranges and lists of days, each day a mention of its own: "June 1-2",
//     "April 20 to 22", "between March 3 and 5", "June 3 or 4", "1-2
//     June", "3 and 5 March", "20, 21 and 22 April"; a year closing the
//     range dates its first day too ("April 20 to 22, 2018"). The last
//     number must end the phrase ("June 3 and 4 people" is no range);
//   - seasons, quarters and halves: "last fall", "summer 2010", "the third
//     quarter", "third-quarter", "the first half of 2016";
//   - relative expressions: "yesterday", "today", "tonight", "now",
//     "recently", "the future", "last week", "this month", "next year",
//     "the past week", "earlier this month", "two days ago", "a year
//     earlier", "next Tuesday", "the weekend", "the end of the year",
//     "a week ago Tuesday" (the Tuesday before last), "two weeks ago
//     today", "a week from Friday" (the Friday after next; "for a week
//     from Friday" is a duration), "Wednesday last" (British: last
//     Wednesday, when "last" ends the phrase);
//   - times of day: "5 p.m.", "10:35 a.m. EST", "13:00 GMT", "noon
//     Saturday", "this morning", "Friday night", "last night";
//   - durations: "three days", "the past two years", "two-year", "more
//     than a year", "a year and a half", "recent weeks";
//   - sets: "every week", "each Monday", "daily", "twice a week", "$5 a
//     day";
//   - a few holidays: Christmas, New Year's Day, Easter, Thanksgiving.
//
// It reads raw text and Penn-Treebank-tokenised text alike ("June 2 , 2017",
// "-LRB-", "Friday 's"): tokens are found by character class, so spacing
// around punctuation does not matter.
//
// Resolution follows the news convention. A bare weekday refers to the most
// recent one (the publication day included) unless the sentence is in the
// future tense, in which case it is the next one (again including the
// publication day). Tense is read from the nearest cue word before the
// expression, else after it: future cues are "will", "'ll", "won't", "shall",
// "would", "should", "going to", "due to", "set to", "scheduled",
// "expected", "plans"/"plan"/"planning", "intends", "aims", "upcoming";
// past cues are "said", "was", "were", "had", irregular past forms and
// words ending in "-ed" (participles after "be"/"been"/"is" are skipped,
// so "will be held" reads as future). A month or a day of a month without
// a year takes the year that puts it nearest to the publication date, a
// tense counting candidates on its own side three times nearer ("will
// meet on Jan. 5" written on Dec. 30 is next January; "said on Dec. 28"
// written on Jan. 3 is last December). "last"/"next" + weekday always
// exclude the publication day; a weekday followed by "(of) last/this/next
// week" is that weekday of the named Monday-to-Sunday week ("Thursday next
// week"), and "this" + weekday is that weekday of the publication's week
// ("this Friday" written on a Tuesday is the coming Friday), a week later
// or earlier when the tense points the other way ("will march this Monday"
// written on a Wednesday).
//
// Values follow TimeML 1.2.1 / TempEval-3: weeks are ISO weeks ("2017-W22"),
// weekends "2017-W22-WE", seasons "2017-SU", halves "2016-H1", decades
// "199", centuries "19", times "2017-06-05T17:00" or "2017-06-05TMO", and
// durations "P3D", "PT5H", "P2Y6M", "PXY" for vague amounts. A clock time
// with no day of its own takes the day named earlier in the sentence.
// Extents exclude leading prepositions and include determiners, position
// words ("early", "the end of") and quantity qualifiers ("more than",
// "nearly").
//
// Speed: Tag first tokenizes the sentence in one pass, looking each word up
// in a small lexicon; a sentence with no digit and no trigger word (month,
// weekday, unit, season, part of day, deictic or set word) returns at once.
// Otherwise a hand-written recursive-descent grammar is tried only at
// tokens the lexicon knows. There are no regular expressions. Tagging all
// of Timeline17 (~242k sentences) takes about half a second on one core;
// see BenchmarkTagT17.
//
// Anaphoric expressions — "two days later", "a week later", "the next
// day", "the following day", "the previous day", "the following week",
// "the next Monday", "the following Monday", "that day", "that night"
// (and "that morning", "that afternoon", "that evening"), "the same
// day", "the day before" (ending a phrase) —
// count from the narrative's reference time instead: the day named last
// earlier in the sentence, else the anchor [Tagger.TagAnchored] is given
// (the day the text named last before the sentence; [Anchor] computes it
// sentence by sentence), else the publication date. "<n> <unit> later"
// with no earlier day names no day at all (value XXXX-XX-XX): counted from
// the publication date it would be a future day, which news writes "in two
// days". A day of the month named alone after a preposition of time ("on
// the 25th", "until the 3rd") takes the narrative's month, or the month
// before or after it when that is nearer, among the days the tense allows
// (a past tense never names a day after the publication date). "Ago",
// deictic words and bare weekdays always count from the publication date.
//
// What it does not do: it does not anchor "earlier" (in news "two days
// earlier" counts from either time) nor event-anchored expressions ("three
// days after the explosion"), nor "the next morning" / "the previous
// night"; a clock time before its day ("5 p.m. on Friday") keeps the
// publication day; "a week on Friday" (British) is left alone, as "jailed
// for a week on Friday" reads the same; it does not attach TIMEX3 mod/quant/freq
// attributes; it knows English only.
package temporal

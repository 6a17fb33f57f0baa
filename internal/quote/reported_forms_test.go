package quote

import "testing"

// TestReportedForms covers reported-speech forms found missing by a probe
// with hand-made sentences: a phrase of time or medium between the cue
// and a clause with no "that", a subject carrying an age and an
// apposition, a cue interrupting its clause before the clause's verb
// (also with a time phrase), "As X put it," opening the clause it
// reports, a second speaker's report joined with no comma, a
// demonstrative, a quantity or coordinated noun phrases opening the
// reported clause, an occasion's noun in -ing closing the addressee
// ("told a Senate hearing that"), a cue closing an adverbial clause, and
// "May" as a surname.
func TestReportedForms(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "time phrase between the cue and a bare clause",
			text:    "Ada Morrow said on Tuesday the ferry would resume in May.",
			in:      "ferry would resume",
			source:  "Ada Morrow",
			verb:    "said",
			content: []string{"the ferry would resume in May"},
		},
		{
			name:    "medium phrase between the cue and a bare clause",
			text:    "Ada Morrow said in a statement the ferry was safe.",
			in:      "ferry was safe",
			source:  "Ada Morrow",
			content: []string{"the ferry was safe"},
		},
		{
			name:    "named medium and a pronoun subject",
			text:    "Ada Morrow wrote on Twitter she would not resign.",
			in:      "would not resign",
			source:  "Ada Morrow",
			content: []string{"she would not resign"},
		},
		{
			name:    "a phrase after that stays in the clause",
			text:    "Ada Morrow said that in May the ferry would resume.",
			in:      "ferry would resume",
			source:  "Ada Morrow",
			content: []string{"in May the ferry would resume"},
		},
		{
			name:    "age and apposition before the cue",
			text:    "Ada Morrow, 54, a ferry captain from Dunmore, said the pier was unsafe.",
			in:      "pier was unsafe",
			source:  "Ada Morrow, 54, a ferry captain from Dunmore,",
			content: []string{"the pier was unsafe"},
		},
		{
			name:    "cue interrupting its clause before an auxiliary and a verb",
			text:    "The ferry, officials said, would resume in May.",
			in:      "would resume",
			source:  "officials",
			content: []string{"The ferry", "would resume in May"},
		},
		{
			name:    "interrupting cue with a time phrase",
			text:    "The ferry, the spokesman said on Monday, will resume in May.",
			in:      "will resume",
			source:  "the spokesman",
			content: []string{"The ferry", "will resume in May"},
		},
		{
			name:    "as X put it opens the clause it reports",
			text:    "As Ada Morrow put it, the ferry is the town's lifeline.",
			in:      "town's lifeline",
			source:  "Ada Morrow",
			verb:    "put it",
			content: []string{"the ferry is the town's lifeline"},
		},
		{
			name:    "as X noted with a time phrase",
			text:    "But as Ada Morrow noted on Monday, the ferry is the town's lifeline.",
			in:      "town's lifeline",
			source:  "Ada Morrow",
			content: []string{"the ferry is the town's lifeline"},
		},
		{
			name:   "as a thing moved on is a clause of time",
			text:   "As the day wore on, the ferry stayed in port.",
			in:     "stayed in port",
			absent: true,
		},
		{
			name:    "second report joined with no comma ends the first",
			text:    "Ada Morrow said the ferry was safe and Piet Varga said it was not.",
			in:      "ferry was safe",
			source:  "Ada Morrow",
			content: []string{"the ferry was safe"},
		},
		{
			name:    "second report joined with no comma is its own",
			text:    "Ada Morrow said the ferry was safe and Piet Varga said it was not.",
			in:      "it was not",
			source:  "Piet Varga",
			content: []string{"it was not"},
		},
		{
			name:    "coordinated subject after a name is no second report",
			text:    "The clerk said the count was late because Ada Morrow and Piet Varga argued about it.",
			in:      "count was late",
			source:  "The clerk",
			content: []string{"the count was late because Ada Morrow and Piet Varga argued about it"},
		},
		{
			name:    "demonstrative pronoun opens the clause",
			text:    "Ada Morrow said this was a mistake.",
			in:      "a mistake",
			source:  "Ada Morrow",
			content: []string{"this was a mistake"},
		},
		{
			name:    "demonstrative before a noun opens the clause",
			text:    "Ada Morrow said this plan would fail.",
			in:      "would fail",
			source:  "Ada Morrow",
			content: []string{"this plan would fail"},
		},
		{
			name:    "this week after the cue is a time phrase",
			text:    "Ada Morrow said this week the plan would fail.",
			in:      "would fail",
			source:  "Ada Morrow",
			content: []string{"the plan would fail"},
		},
		{
			name:    "late or early before the time",
			text:    "Ada Morrow said late Wednesday that the plan would fail.",
			in:      "would fail",
			source:  "Ada Morrow",
			content: []string{"the plan would fail"},
		},
		{
			name:    "early before the time, no that",
			text:    "Ada Morrow said early Friday the plan would fail.",
			in:      "would fail",
			source:  "Ada Morrow",
			content: []string{"the plan would fail"},
		},
		{
			name:    "Early is a name",
			text:    "Early described the plan as a failure.",
			in:      "a failure",
			source:  "Early",
			content: []string{"the plan as a failure"},
		},
		{
			name:    "a quantity opens the clause",
			text:    "Aides said more than 1 million donors gave to the campaign.",
			in:      "donors gave",
			source:  "Aides",
			content: []string{"more than 1 million donors gave to the campaign"},
		},
		{
			name:    "an approximate number opens the clause",
			text:    "Officials said nearly 500 people had died.",
			in:      "had died",
			source:  "Officials",
			content: []string{"nearly 500 people had died"},
		},
		{
			name:    "coordinated noun phrases as the clause's subject",
			text:    "Twitter said violent threats and the promotion of terrorism had long been banned.",
			in:      "long been banned",
			source:  "Twitter",
			content: []string{"violent threats and the promotion of terrorism had long been banned"},
		},
		{
			name:    "a participle phrase of time set off after the subject",
			text:    "The report, released Tuesday, found that the program had wasted millions.",
			in:      "wasted millions",
			source:  "The report, released Tuesday,",
			content: []string{"the program had wasted millions"},
		},
		{
			name:    "a reporting participle set off after the subject",
			text:    "The report, citing new data, found that the program had wasted millions.",
			in:      "new data",
			source:  "The report",
			content: []string{"new data"},
		},
		{
			name:    "a bare plural addressee before a clause with no that",
			text:    "Ada Morrow told senators the ferry would resume in May.",
			in:      "ferry would resume",
			source:  "Ada Morrow",
			content: []string{"the ferry would resume in May"},
		},
		{
			name:    "an occasion's noun in -ing after the addressee",
			text:    "Ada Morrow told a Senate Armed Services Committee hearing on Thursday that the ferry was unsafe.",
			in:      "ferry was unsafe",
			source:  "Ada Morrow",
			verb:    "told",
			content: []string{"the ferry was unsafe"},
		},
		{
			name:    "an occasion's noun in -ing with a modifier and an acronym",
			text:    "The envoy told a closed-door U.N. Security Council hearing that the ferry was unsafe.",
			in:      "ferry was unsafe",
			source:  "The envoy",
			verb:    "told",
			content: []string{"the ferry was unsafe"},
		},
		{
			name:    "a cue closing an adverbial clause reports no main clause",
			text:    "Later in the show, after the Morrow interview concluded, Roe stated of the ferry that the pier \"wasn't safe.\"",
			in:      "wasn't safe",
			source:  "Roe",
			verb:    "stated",
			content: []string{"the pier \"wasn't safe.\""},
		},
		{
			name:    "an adverbial clause with a phrase of time ends at its comma",
			text:    "Although last week Ada Morrow said the pier was unsafe, the council approved it.",
			in:      "pier was unsafe",
			source:  "Ada Morrow",
			content: []string{"the pier was unsafe"},
		},
		{
			name:    "an adverbial clause's cue leaves a later quotation to the main clause",
			text:    "Although in September she said the pier was a mistake, at the meeting this week she said she did not believe it amounted to \"an error in judgement.\"",
			in:      "pier was a mistake",
			source:  "she",
			content: []string{"the pier was a mistake"},
		},
		{
			name:    "as X reported, the clause after the comma is reported",
			text:    "And, as the Gazette previously reported, the ferry carried more passengers than allowed.",
			in:      "more passengers",
			source:  "the Gazette",
			content: []string{"the ferry carried more passengers than allowed"},
		},
		{
			name:    "an aside between dashes inside the reported clause",
			text:    "Ada Morrow argued that every candidate - including Tom Doe - favored a new pier.",
			in:      "favored a new pier",
			source:  "Ada Morrow",
			content: []string{"every candidate - including Tom Doe - favored a new pier"},
		},
		{
			name:    "a single dash still ends the reported clause",
			text:    "Ada Morrow said the pier was unsafe — a view the council rejects.",
			in:      "pier was unsafe",
			source:  "Ada Morrow",
			content: []string{"the pier was unsafe"},
		},
		{
			name:    "made the point that",
			text:    "Ada Morrow also made the point that the pier would make the town \"a harbour again\" within a year.",
			in:      "harbour again",
			source:  "Ada Morrow",
			verb:    "made the point",
			content: []string{"the pier would make the town \"a harbour again\" within a year"},
		},
		{
			name:   "Will as a given name",
			text:   "\"We will win,\" said Will Estrada.",
			in:     "We will win",
			source: "Will Estrada",
		},
		{
			name:   "Will as a given name before an apposition",
			text:   "Will Estrada, the chairman, said the party would win.",
			in:     "party would win",
			source: "Will Estrada, the chairman,",
		},
		{
			name:    "an aside set off by commas between the cue and that",
			text:    "The director stated, while testifying before the council, that the pier was unsafe.",
			in:      "pier was unsafe",
			source:  "The director",
			content: []string{"the pier was unsafe"},
		},
		{
			name:    "an apposition between dashes before the cue",
			text:    "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.",
			in:      "last-minute decision",
			source:  "Jason Sims — a teacher from Mount Pleasant —",
			content: []string{"he made a last-minute decision"},
		},
		{
			name:    "a percentage as the subject",
			text:    "Among Trump voters, 74 percent said they are set on voting for him, while 22 percent said they might change their minds.",
			in:      "set on voting",
			source:  "74 percent",
			content: []string{"they are set on voting for him"},
		},
		{
			name:   "Will as a surname after a given name",
			text:   "George Will wrote that the party was lost.",
			in:     "party was lost",
			source: "George Will",
		},
		{
			name:   "Will as a surname inside a sentence",
			text:   "He praised the speech, which Will claims affirmed \"the foundations of the republic.\"",
			in:     "foundations of the republic",
			source: "Will",
		},
		{
			name:    "a relative clause with its own cue ends the report",
			text:    "Ada Morrow said the town must defeat Tom Doe, who she blasted as a \"bully and demagogue\" last week.",
			in:      "town must defeat",
			source:  "Ada Morrow",
			content: []string{"the town must defeat Tom Doe"},
		},
		{
			name:    "May as a surname",
			text:    "Theresa May, the prime minister, said the plan would fail.",
			in:      "would fail",
			source:  "Theresa May, the prime minister,",
			content: []string{"the plan would fail"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

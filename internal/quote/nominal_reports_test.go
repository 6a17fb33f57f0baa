package quote

import "testing"

// TestNominalReports covers a speech, belief or finding noun with a
// possessor as a sentence's subject ("The agency's warning that ... came
// too late", "The senator's answer was that ..."): the possessor keeps its determiner, and a passive or
// participle inside the "that" clause is no second verb.
func TestNominalReports(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "lower-case possessor keeps its article",
			text:    "The agency's warning that the river would flood came too late.",
			in:      "the river would flood",
			source:  "The agency's",
			content: []string{"the river would flood"},
		},
		{
			name:    "a participle after be is no second verb",
			text:    "His insistence that the budget was balanced angered the council.",
			in:      "the budget was",
			source:  "His",
			content: []string{"the budget was balanced"},
		},
		{
			name:    "a participle after a modal and be is no second verb",
			text:    "The minister's statement that no jobs would be lost was welcomed by the union.",
			in:      "no jobs would",
			source:  "The minister's",
			content: []string{"no jobs would be lost"},
		},
		{
			name:    "a finding noun reports its that clause",
			text:    "The committee's conclusion that the fire was an accident ended the inquiry.",
			in:      "the fire was an accident",
			source:  "The committee's",
			content: []string{"the fire was an accident"},
		},
		{
			name:    "an announcement reports its that clause",
			text:    "The mayor's announcement that the ferry would resume in May drew cheers.",
			in:      "the ferry would resume",
			source:  "The mayor's",
			content: []string{"the ferry would resume in May"},
		},
		{
			name:   "a name's possessive takes no article",
			text:   "Moreau's prediction that the harbour would reopen by June came true.",
			in:     "the harbour would reopen",
			source: "Moreau's",
		},
		{
			name:    "an answer noun reports through was that",
			text:    "The Florida senator's answer was that the ferry would resume because the pier was repaired.",
			in:      "the ferry would resume",
			source:  "The Florida senator's",
			content: []string{"the ferry would resume because the pier was repaired"},
		},
		{
			name:    "an answer noun reports a quotation through was that",
			text:    "Her view is that \"the harbour is the town's future.\"",
			in:      "harbour is",
			source:  "Her",
			content: []string{"the harbour is the town's future."},
		},
		{
			name:   "a finding noun before a quotation leaves it to the outer cue",
			text:   "The candidates say they were battered by the inspector's conclusion that her actions were \"extremely careless.\"",
			in:     "extremely careless",
			source: "The candidates",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestClauseTime covers a phrase of time ending a reported clause that
// has a verb of its own: it dates that clause, not the saying.
func TestClauseTime(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "after a modal",
			text:    "Varga predicted the ferry would win on Sunday.",
			in:      "the ferry would win",
			source:  "Varga",
			content: []string{"the ferry would win on Sunday"},
		},
		{
			name:    "after that and be",
			text:    "The mayor predicted that turnout would be high on Sunday.",
			in:      "turnout would be high",
			source:  "The mayor",
			content: []string{"turnout would be high on Sunday"},
		},
		{
			name:    "an object with no verb still loses the time of saying",
			text:    "Roe called him the founder of the movement on Wednesday.",
			in:      "the founder",
			source:  "Roe",
			content: []string{"him the founder of the movement"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestInterruptingVerbFirst covers a finite verb-first cue set off by
// commas inside the clause it reports ("The ferry, said Varga, would
// resume in May.").
func TestInterruptingVerbFirst(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "name after said",
			text:    "The ferry, said Varga, would resume in May.",
			in:      "would resume",
			source:  "Varga",
			verb:    "said",
			content: []string{"The ferry", "would resume in May"},
		},
		{
			name:    "role phrase with a prepositional phrase",
			text:    "The bridge, added a spokesman for the council, will reopen next week.",
			in:      "will reopen",
			source:  "a spokesman for the council",
			content: []string{"The bridge", "will reopen next week"},
		},
		{
			name:    "a time phrase after the speaker",
			text:    "Prices, said Okonkwo on Monday, would fall by spring.",
			in:      "would fall",
			source:  "Okonkwo",
			content: []string{"Prices", "would fall by spring"},
		},
		{
			name:   "a participle with a day is no cue",
			text:   "The deal, announced Friday, would last four years.",
			in:     "would last",
			absent: true,
		},
		{
			name:   "an -ing participle is no interrupting cue",
			text:   "The Gazette, citing records, reported that the pier was unsafe.",
			in:     "the pier was unsafe",
			source: "The Gazette",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

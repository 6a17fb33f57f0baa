package quote

import "testing"

// TestRound11Rules covers the rules of round 11, on reported speech: a
// lower-case possessive inside a speaker phrase ("the harbour master's
// deputy"); a reported clause opened by a contracted pronoun ("she'll"),
// a pronoun of quantity ("none of ...") or a lower-case noun phrase up to
// its auxiliary ("members of the board should ..."); more verbs that
// report through their object ("cited", "dismissed", "condemned") or a
// bare clause ("shows", "cautioned"); and a pronoun followed by its verb
// after ", said" is the subject of the reported clause, not a trailing
// speaker.
func TestRound11Rules(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "possessive noun inside a trailing speaker phrase",
			text:    "The ferry will run again next week, the harbour master's deputy said.",
			in:      "ferry will run",
			source:  "the harbour master's deputy",
			content: []string{"The ferry will run again next week"},
		},
		{
			name:    "possessive noun inside a leading speaker phrase",
			text:    "The harbour master's deputy said the ferry will run again next week.",
			in:      "ferry will run",
			source:  "The harbour master's deputy",
			content: []string{"the ferry will run again next week"},
		},
		{
			name:    "contracted pronoun opens the clause",
			text:    "Ada Kestrel said she’ll leave the insults to the others.",
			in:      "leave the insults",
			source:  "Ada Kestrel",
			content: []string{"she’ll leave the insults to the others"},
		},
		{
			name:    "pronoun of quantity opens the clause",
			text:    "The clerk said none of the other names were printed on the ballots.",
			in:      "none of the other",
			source:  "The clerk",
			content: []string{"none of the other names were printed on the ballots"},
		},
		{
			name:    "lower-case noun phrase up to its auxiliary",
			text:    "He said members of the water board should not weigh in on the vote.",
			in:      "members of the water board",
			source:  "He",
			content: []string{"members of the water board should not weigh in on the vote"},
		},
		{
			name:    "adjective and noun up to the auxiliary",
			text:    "Tom Hale said economic stagnation is the source of the anger.",
			in:      "economic stagnation",
			source:  "Tom Hale",
			content: []string{"economic stagnation is the source of the anger"},
		},
		{
			name:   "lower-case words without a verb after them are no clause",
			text:   "He said yesterday afternoon in town.",
			in:     "afternoon",
			absent: true,
		},
		{
			name:    "cited reports its object",
			text:    "The mayor cited rising costs at the dam as the reason for the delay.",
			in:      "rising costs",
			source:  "The mayor",
			verb:    "cited",
			content: []string{"rising costs at the dam as the reason for the delay"},
		},
		{
			name:    "dismissed reports its object",
			text:    "Ann Lee dismissed the claims about the budget.",
			in:      "claims about the budget",
			source:  "Ann Lee",
			verb:    "dismissed",
			content: []string{"the claims about the budget"},
		},
		{
			name:   "condemned reports its object",
			text:   "The council condemned the attack on the ferry terminal.",
			in:     "attack on the ferry",
			source: "The council",
			verb:   "condemned",
		},
		{
			name:    "shows takes a bare clause",
			text:    "A new survey shows most residents oppose the toll.",
			in:      "residents oppose",
			source:  "A new survey",
			verb:    "shows",
			content: []string{"most residents oppose the toll"},
		},
		{
			name:    "cautioned takes a bare clause",
			text:    "The engineer cautioned the repairs could take a year.",
			in:      "repairs could take",
			source:  "The engineer",
			content: []string{"the repairs could take a year"},
		},
		{
			name:   "pronoun and verb after a verb-first cue are the clause's",
			text:   "Six papers in the valley, including the Mill Gazette, said he isn’t fit to run the authority.",
			in:     "Six papers",
			absent: true,
		},
		{
			name:    "verb-first trailing cue with a name still works",
			text:    "The ferry will run again next week, said Ann Lee, the harbour master.",
			in:      "ferry will run",
			source:  "Ann Lee, the harbour master",
			content: []string{"The ferry will run again next week"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

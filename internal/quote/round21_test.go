package quote

import "testing"

// TestRound21Precision covers round 21: verbs reporting through their
// object that are followed by a preposition or conjunction, shouted or
// participle labels before a headline's colon, "add" with an indefinite
// object or a figure, a naming participle after an indefinite subject, and
// a verb-first cue whose pronoun opens a reported clause.
func TestRound21Precision(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "attack noun before a preposition",
			text:   "Arson attacks in the harbour district have doubled since May.",
			in:     "harbour district",
			absent: true,
		},
		{
			name:   "stance verb form before a conjunction",
			text:   "The fishing fleet drew praise and some blame from the inspectors last year.",
			in:     "inspectors",
			absent: true,
		},
		{
			name:    "stance verb with its object keeps its report",
			text:    "The mayor attacked the new toll plan on Monday.",
			in:      "toll plan",
			source:  "The mayor",
			verb:    "attacked",
			content: []string{"the new toll plan"},
		},
		{
			name:   "description with as keeps its report",
			text:   "The builder described the delay as a scandal.",
			in:     "scandal",
			source: "The builder",
			verb:   "described",
		},
		{
			name:   "shouted label before a headline colon",
			text:   "DEVELOPING: Ferry Fares Will Double Next Spring.\n\nThe harbour board met on Monday.",
			in:     "Ferry Fares",
			absent: true,
		},
		{
			name:   "participle label before a headline colon",
			text:   "Uncovered: The Town Paid Twice For The Same Bridge.\n\nThe council met on Monday.",
			in:     "Town Paid",
			absent: true,
		},
		{
			name:    "a name before a headline colon still speaks",
			text:    "Mayor Olsen: The Bridge Tolls Must Go.\n\nThe mayor spoke on Monday.",
			in:      "Bridge Tolls",
			source:  "Mayor Olsen",
			content: []string{"The Bridge Tolls Must Go"},
		},
		{
			name:   "add with an indefinite object and a goal",
			text:   "The baker added a new oven to the shop last winter.",
			in:     "oven",
			absent: true,
		},
		{
			name:   "add with a figure",
			text:   "The county has added 4,000 jobs in two years.",
			in:     "jobs",
			absent: true,
		},
		{
			name:    "add with an indefinite subject and a verb of its own",
			text:    "The baker added a second oven would cost too much.",
			in:      "oven would cost",
			source:  "The baker",
			verb:    "added",
			content: []string{"a second oven would cost too much"},
		},
		{
			name:   "naming participle after an indefinite subject",
			text:   "A local charity called Open Doors, run by two nurses, is raising money for the clinic.",
			in:     "Open Doors",
			absent: true,
		},
		{
			name:   "naming participle before a finite verb",
			text:   "A brass band called Tin Roof played until midnight.",
			in:     "Tin Roof",
			absent: true,
		},
		{
			name:   "indefinite subject calling someone something keeps its cue",
			text:   "A neighbour called Smith a liar on Monday.",
			in:     "liar",
			source: "A neighbour",
			verb:   "called",
		},
		{
			name:   "verb-first cue whose pronoun opens a clause closes no quotation",
			text:   "Roe, who calls the levy a \u201cswindle,\u201d said he will vote against it.",
			in:     "Roe, who calls",
			absent: true,
		},
		{
			name:    "verb-first cue with a lone pronoun still closes its quotation",
			text:    "\u201cWe will rebuild the pier,\u201d said he.",
			in:      "rebuild the pier",
			source:  "he",
			verb:    "said",
			content: []string{"We will rebuild the pier"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

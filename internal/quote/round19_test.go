package quote

import "testing"

// TestRound19ClauseOpenings covers round 19: a reported clause that opens
// on a gerund phrase or on a prepositional phrase after "that", and
// "referring to" reporting its object.
func TestRound19ClauseOpenings(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "gerund phrase subject with a finite verb after it",
			text:    "The coach said winning the cup was the best moment of his career.",
			in:      "winning the cup",
			source:  "The coach",
			verb:    "said",
			content: []string{"winning the cup was the best moment of his career"},
		},
		{
			name:   "no gerund clause without a finite verb",
			text:   "The coach said nothing about winning the cup.",
			in:     "winning",
			absent: true,
		},
		{
			name:   "preposition ending in -ing is no gerund",
			text:   "The coach said during the final that the team was tired.",
			in:     "team was tired",
			source: "The coach",
			verb:   "said",
		},
		{
			name:    "that and a by-phrase",
			text:    "Residents argue that by closing the bridge, the council is cutting the village off.",
			in:      "closing the bridge",
			source:  "Residents",
			verb:    "argue",
			content: []string{"by closing the bridge, the council is cutting the village off"},
		},
		{
			name:    "that, a comma and a prepositional phrase",
			text:    "The mayor said that, by next spring, the ferry would run again.",
			in:      "ferry would run",
			source:  "The mayor",
			content: []string{"by next spring, the ferry would run again"},
		},
		{
			name:   "unchanged: agent phrase after a passive cue is no clause",
			text:   "The plan announced yesterday by the minister was welcomed.",
			in:     "the minister",
			absent: true,
		},
		{
			name:    "referring to after a quotation",
			text:    `"They never listened," the farmer said, referring to the water board.`,
			in:      "water board",
			source:  "the farmer",
			verb:    "referring",
			content: []string{"the water board"},
		},
		{
			name:    "referring to after reported speech",
			text:    "The mayor said the budget was a mess, referring to the harbour plan.",
			in:      "harbour plan",
			source:  "The mayor",
			verb:    "referring",
			content: []string{"the harbour plan"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

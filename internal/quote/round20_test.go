package quote

import "testing"

// TestRound20PluralSubjects covers round 20: a plural head after a comma
// or an opening conjunction, quantifier subjects ("few believe that"),
// and belief verbs that trail or interrupt the clause they report.
func TestRound20PluralSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "plural head after an opening conjunction",
			text:    "But local farmers insist the new canal will flood their fields.",
			in:      "canal will flood",
			source:  "local farmers",
			verb:    "insist",
			content: []string{"the new canal will flood their fields"},
		},
		{
			name:    "plural head after an opening phrase and a comma",
			text:    "Despite the delays, rail engineers say the tunnel will open in May.",
			in:      "tunnel will open",
			source:  "rail engineers",
			verb:    "say",
			content: []string{"the tunnel will open in May"},
		},
		{
			name:   "plural head after a comma with no reporting verb",
			text:   "Despite the delays, rail engineers built the tunnel in May.",
			in:     "tunnel",
			absent: true,
		},
		{
			name:    "few with that",
			text:    "Few believe that the ferry will keep running next winter.",
			in:      "ferry will keep",
			source:  "Few",
			verb:    "believe",
			content: []string{"the ferry will keep running next winter"},
		},
		{
			name:    "most with a determiner opening the clause",
			text:    "Most think the harbour toll is far too high.",
			in:      "harbour toll",
			source:  "Most",
			verb:    "think",
			content: []string{"the harbour toll is far too high"},
		},
		{
			name:   "quantifier before a noun use of the verb form",
			text:   "The results caused some worry in the village hall.",
			in:     "village hall",
			absent: true,
		},
		{
			name:    "trailing belief verb",
			text:    "The old mill changed hands twice in the 1990s, land records show.",
			in:      "mill changed hands",
			source:  "land records",
			verb:    "show",
			content: []string{"The old mill changed hands twice in the 1990s"},
		},
		{
			name:    "interrupting belief verb",
			text:    "The second bridge, the planners believe, would halve the traffic.",
			in:      "halve the traffic",
			source:  "the planners",
			verb:    "believe",
			content: []string{"The second bridge", "would halve the traffic"},
		},
		{
			name:   "belief verb with an object after a comma is no trailing cue",
			text:   "Though the mayor backed the plan, the council has shown little interest.",
			in:     "mayor backed",
			absent: true,
		},
		{
			name:   "belief verb after an auxiliary is no trailing cue",
			text:   "The hall was packed on Friday, the organisers had hoped.",
			in:     "hall was packed",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

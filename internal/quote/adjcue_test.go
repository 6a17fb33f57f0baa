package quote

// This file holds the tests of stance cues that are no verb (adjcue.go).

import "testing"

// TestNonVerbStanceCues pins the stance cues that are no verb: an adjective
// after "be" reports what follows "that" or "of" ("was adamant that", "has
// been openly critical of"), with no speaker for an impersonal "it"; "made
// no secret of" reports its object; a possessed speech noun reports its
// "that" clause and an attack noun its target.
func TestNonVerbStanceCues(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "stance adjective with that",
			text:    "Aino Reyes was adamant that the school would reopen in May.",
			in:      "school would reopen",
			source:  "Aino Reyes",
			verb:    "was adamant",
			content: []string{"the school would reopen in May"},
		},
		{
			name:    "stance adjective with of after an adverb",
			text:    "The guild has been openly critical of the new licensing rules.",
			in:      "licensing rules",
			source:  "The guild",
			content: []string{"the new licensing rules"},
		},
		{
			name:   "impersonal it is no stance",
			text:   "It is certain that the fair will move to the east field.",
			in:     "fair will move",
			absent: true,
		},
		{
			name:    "made no secret of",
			text:    "Okafor made no secret of his dislike for the new timetable.",
			in:      "dislike",
			source:  "Okafor",
			verb:    "made no secret of",
			content: []string{"his dislike for the new timetable"},
		},
		{
			name:    "possessed speech noun before that",
			text:    "Her insistence that the well was clean drew a sharp reply from the council.",
			in:      "well was clean",
			source:  "Her",
			content: []string{"the well was clean"},
		},
		{
			name:    "attack noun before its target",
			text:    "Reyes's criticism of the harbour fees won her many votes.",
			in:      "harbour fees",
			source:  "Reyes's",
			content: []string{"the harbour fees"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

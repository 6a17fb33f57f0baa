package quote

import "testing"

// TestRound15OuterCue covers round 15: a cue closing its sentence after a
// comma ("..., according to Y.", "..., Y reported.", "..., reported Y.")
// reports the whole clause before it when that clause holds a reporting
// verb of its own, and the outer speaker is the source.
func TestRound15OuterCue(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "according to after a reported clause",
			text:    "Most anglers say they would pay a higher fee to restock the lake, according to a county survey.",
			in:      "higher fee",
			source:  "a county survey",
			content: []string{"Most anglers say they would pay a higher fee to restock the lake"},
		},
		{
			name:    "subject and verb after a reported clause",
			text:    "The mayor told council members she would veto the budget, the Ridgefield Courier reported.",
			in:      "veto the budget",
			source:  "the Ridgefield Courier",
			content: []string{"The mayor told council members she would veto the budget"},
		},
		{
			name:    "verb first after a clause with a quoted phrase",
			text:    "The harbour master noted the pier was \"falling apart\" after the storm, reported the Bayside Gazette.",
			in:      "falling apart",
			source:  "the Bayside Gazette",
			content: []string{"The harbour master noted the pier was \"falling apart\" after the storm"},
		},
		{
			name:   "second trailing cue after a quotation and its speaker",
			text:   "\"We will not close the clinic,\" said Dana Ortiz, the director, reports the Valley Herald.",
			in:     "close the clinic",
			source: "the Valley Herald",
		},
		{
			name:   "unchanged: a relative clause in the apposition",
			text:   "\"We will not close the clinic,\" said Dana Ortiz, a director who has argued for years.",
			in:     "close the clinic",
			source: "Dana Ortiz, a director who has argued for years",
		},
		{
			name:    "unchanged: a clause with no reporting verb of its own",
			text:    "The bridge will reopen to traffic in early June, the county engineer said.",
			in:      "bridge will reopen",
			source:  "the county engineer",
			content: []string{"The bridge will reopen to traffic in early June"},
		},
		{
			name:    "unchanged: a cue inside a clause with no trailing cue",
			text:    "Most anglers say they would pay a higher fee to restock the lake.",
			in:      "higher fee",
			source:  "Most anglers",
			content: []string{"they would pay a higher fee to restock the lake"},
		},
		{
			name:   "unchanged: told names an addressee, not a speaker",
			text:   "\"It is too early to tell,\" Ortiz said, and told reporters in Salem.",
			in:     "too early",
			source: "Ortiz",
		},
		{
			name:   "unchanged: a long tail after the comma is no closing cue",
			text:   "The council said the plan failed, and the mayor said the budget would need to be redrawn before the summer recess.",
			in:     "plan failed",
			source: "The council",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

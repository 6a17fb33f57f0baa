package quote

import "testing"

// TestRound16Coordinated covers round 16: a coordinated cue takes the
// subject of a coordinated clause with its own subject and verb.
func TestRound16Coordinated(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "comma and a new subject",
			text:   "A few parents asked for a recount, and the school board firmly rejected the request and said it would \"stand by the result.\"",
			in:     "stand by the result",
			source: "the school board",
		},
		{
			name:   "and a subject pronoun without a comma",
			text:   "The coach praised the team on Friday and she once again thanked the fans and said \"this town carried us.\"",
			in:     "this town carried",
			source: "she",
		},
		{
			name:    "reported clause ends before a coordinated clause",
			text:    "Parents said the vote was unfair, and the school board rejected their request.",
			in:      "vote was unfair",
			source:  "Parents",
			content: []string{"the vote was unfair"},
		},
		{
			name:    "unchanged: a coordinated clause with no verb of its own",
			text:    "Parents said the vote was unfair, and the fees too high.",
			in:      "vote was unfair",
			source:  "Parents",
			content: []string{"the vote was unfair, and the fees too high"},
		},
		{
			name:   "unchanged: coordinated objects",
			text:   "The coach praised the players and the fans and said \"this town carried us.\"",
			in:     "this town carried",
			source: "The coach",
		},
		{
			name:   "unchanged: a reported clause before the cue",
			text:   "The coach said that the team played well, and the fans cheered, and added \"this town carried us.\"",
			in:     "this town carried",
			source: "The coach",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

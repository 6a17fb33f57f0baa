package quote

import "testing"

// TestRound22Subordinate covers round 22: a concessive or causal clause
// with its own subject pronoun that carries a quotation ("..., although she
// made it clear that "..."", "even though he found "..."") reports its own
// subject's words, not the main clause's; without a quotation, without a
// comma before "because", or with a noun subject nothing changes.
func TestRound22Subordinate(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "although with made it clear",
			text:   `The mayor signed the budget, although she made it clear that she has "deep worries" about the cuts.`,
			in:     "deep worries",
			source: "she",
		},
		{
			name:    "main clause keeps its object",
			text:    `The mayor endorsed the budget, although she made it clear that she has "deep worries" about the cuts.`,
			in:      "the budget",
			source:  "The mayor",
			verb:    "endorsed",
			content: []string{"the budget"},
		},
		{
			name:   "even though without a comma",
			text:   `The inspector closed the case on Monday even though he found "plenty of problems" in the records.`,
			in:     "plenty of problems",
			source: "he",
			verb:   "found",
		},
		{
			name:   "because after a comma with a trailing dash",
			text:   `In 2009, he opposed the merger, because he thought it "risks ruining the town" - a view he later dropped.`,
			in:     "ruining the town",
			source: "he",
			verb:   "thought",
		},
		{
			name:   "because inside a reported clause stays in it",
			text:   `The mayor said the plan failed because it "ignored the harbour" entirely.`,
			in:     "ignored the harbour",
			source: "The mayor",
			verb:   "said",
		},
		{
			name:   "opening subordinate clause of a report is unchanged",
			text:   `The coach said, although it rained, that the match was "a triumph" for the club.`,
			in:     "a triumph",
			source: "The coach",
			verb:   "said",
		},
		{
			name:   "noun subject after although speaks through its own cue",
			text:   `The mayor signed the budget, although the council called it "a bad deal" for the town.`,
			in:     "a bad deal",
			source: "the council",
			verb:   "called",
		},
		{
			name:   "coordinated report is unchanged",
			text:   `The mayor signed the budget and said it was "a bad deal" for the town.`,
			in:     "a bad deal",
			source: "The mayor",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

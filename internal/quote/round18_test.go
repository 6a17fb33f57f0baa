package quote

import "testing"

// TestRound18OuterReports covers round 18: reported clauses that open on a
// subordinate clause, "made clear" as a cue, and speaker phrases
// interrupted by a time phrase, an interjected phrase or a participle.
func TestRound18OuterReports(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "reported clause opening on if",
			text:   "She said, if elected, she would ask the mayor to lead a \"clean water\" initiative.",
			in:     "clean water",
			source: "She",
			verb:   "said",
		},
		{
			name:   "that clause opening on although",
			text:   "Garcia noted that although the problem is old, he wrote his first report on it \"years before anyone listened.\"",
			in:     "years before anyone",
			source: "Garcia",
			verb:   "noted",
		},
		{
			name:   "that clause opening on even if",
			text:   "The coach said that even if the team loses, he will keep \"every single starter\" next season.",
			in:     "every single starter",
			source: "The coach",
			verb:   "said",
		},
		{
			name:   "made clear",
			text:   "The mayor made clear on Monday that the plan was \"dead on arrival.\"",
			in:     "dead on arrival",
			source: "The mayor",
			verb:   "made clear",
		},
		{
			name:   "time phrase ending on ago before the cue",
			text:   "The ministry less than a month ago said for the first time that \"classified\" files had been lost.",
			in:     "classified",
			source: "The ministry",
		},
		{
			name:   "interjected prepositional phrase with a comma inside",
			text:   "Moreno, during a campaign stop in Dayton, Ohio, said she was \"ready to fight for every job.\"",
			in:     "every job",
			source: "Moreno",
		},
		{
			name:   "participle and its object before the cue",
			text:   "A senior official speaking to the Gazette said, \"The review is far from over.\"",
			in:     "far from over",
			source: "A senior official",
		},
		{
			name:   "unchanged: apposition with a prepositional phrase",
			text:   "Smith, a spokesman for the group in Ohio, said the plan was \"a disgrace.\"",
			in:     "a disgrace",
			source: "Smith, a spokesman for the group in Ohio,",
		},
		{
			name:   "unchanged: a clause not opening on a subordinator keeps a second report apart",
			text:   "Smith said the vote was close, Jones said it was \"a landslide.\"",
			in:     "a landslide",
			source: "Jones",
		},
		{
			name:   "unchanged: made a clear choice",
			text:   "She made a clear choice when she told voters, \"I will not run again.\"",
			in:     "not run again",
			source: "she",
		},
		{
			name:   "unchanged: a time word before the cue",
			text:   "The ministry on Monday said that \"classified\" files had been lost.",
			in:     "classified",
			source: "The ministry",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

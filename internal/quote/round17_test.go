package quote

import "testing"

// TestRound17TrailingSpeakers covers round 17: speaker phrases after a
// quotation closed on a comma that the trailing cue used to miss, and
// naming constructions that report nothing.
func TestRound17TrailingSpeakers(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "verb form modifying a title",
			text:   "\"We are taking our hands off the wheel and telling them what to do,\" state Sen. Mark Hale said about halfway through the debate.",
			in:     "hands off the wheel",
			source: "state Sen. Mark Hale",
		},
		{
			name:   "gerund modifying a role",
			text:   "\"The city has never been prouder of the work we have done together,\" former planning director Ann Pike wrote to the mayor.",
			in:     "never been prouder",
			source: "former planning director Ann Pike",
		},
		{
			name:   "apposition opening on now and an age",
			text:   "\"If we had waited, I would have been sitting in a cell for a long time,\" Mr. Harlow, now 77 and retired in Dayton, Ohio, said by telephone.",
			in:     "sitting in a cell",
			source: "Mr. Harlow, now 77 and retired in Dayton, Ohio,",
		},
		{
			name:   "states ending its clause",
			text:   "\"Leave is available after one full year of work at the company,\" the handbook states.",
			in:     "Leave is available",
			source: "the handbook",
		},
		{
			name:   "state before a prepositional phrase",
			text:   "\"The town has been fighting the same floods for over two decades now,\" the planners state in the report.",
			in:     "same floods",
			source: "the planners",
		},
		{
			name:   "noun phrase with a determined prepositional phrase",
			text:   "\"We have to fix the roads before the winter comes,\" a narrator in the video says.",
			in:     "fix the roads",
			source: "a narrator in the video",
		},
		{
			name:   "unchanged: state as a noun modifier",
			text:   "\"We will look at every option before the vote,\" state lawmakers said on Monday.",
			in:     "every option",
			source: "state lawmakers",
		},
		{
			name:   "unchanged: a cue with a clause of its own after the phrase",
			text:   "\"Nobody saw it coming,\" one of the lawyers for the city said the two cases were different.",
			in:     "Nobody saw it",
			source: "",
		},
		{
			name:   "unchanged: a modifier and a role after the comma",
			text:   "\"We will not back down from this fight,\" longtime party chairman Ann Pike said in a speech.",
			in:     "back down",
			source: "longtime party chairman Ann Pike",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestRound17Naming covers round 17: a quotation named by a participle
// after a noun governed by a preposition, or by a noun after a determiner
// and a participle, has no speaker.
func TestRound17Naming(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "participle after a noun after a preposition",
			text:   "The film is an adaptation of a show called \"Runners,\" written by a local troupe, that mocks bankers.",
			in:     "Runners",
			absent: true,
		},
		{
			name:   "noun after a determiner and a participle",
			text:   "She also maneuvered around the loaded term, \"deep state,\" which critics want leaders to use.",
			in:     "deep state",
			absent: true,
		},
		{
			name:   "unchanged: a finite naming verb",
			text:   "The group has dubbed the plan \"a raid on savings\" in its ads.",
			in:     "a raid on savings",
			source: "The group",
		},
		{
			name:    "unchanged: participle-like adjective before a subject",
			text:    "The embattled mayor says he will not resign.",
			in:      "will not resign",
			source:  "The embattled mayor",
			content: []string{"he will not resign"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

import "testing"

// TestContentBoundaries checks where content starts and which cue keeps a
// quotation followed by a reporting participle.
func TestContentBoundaries(t *testing.T) {
	for _, tc := range []sourceCase{
		{
			name:    "embedded quotation keeps the cue of its clause before a participle",
			text:    `Smith said last week that the plan was "a disgrace," adding that the council "must start again."`,
			in:      "a disgrace",
			source:  "Smith",
			verb:    "said",
			content: []string{`the plan was "a disgrace,"`},
		},
		{
			name:    "the participle reports what follows it",
			text:    `Smith said last week that the plan was "a disgrace," adding that the council "must start again."`,
			in:      "must start again",
			source:  "Smith",
			verb:    "adding",
			content: []string{`the council "must start again."`},
		},
		{
			name:    "participle after a direct quote with its own cue",
			text:    `"We will win," Smith said, adding that the team "never gave up."`,
			in:      "never gave up",
			source:  "Smith",
			verb:    "adding",
			content: []string{`the team "never gave up."`},
		},
		{
			name:   "a quotation set off by a colon keeps the cue before it",
			text:   `Rubio fired back: "If they sue us, they will lose," referencing the large number of voters in the region.`,
			in:     "they will lose",
			source: "Rubio",
			verb:   "fired back",
		},
		{
			name:   "according to after a quotation is no participle",
			text:   `Roe wrote to the firm, threatening "a major lawsuit," according to a copy of the letter.`,
			in:     "a major lawsuit",
			source: "a copy of the letter",
			verb:   "according to",
		},
		{
			name:    "a reported clause's that is no content",
			text:    "The mayor told reporters that the bridge would reopen in May.",
			in:      "bridge",
			source:  "The mayor",
			content: []string{"the bridge would reopen in May"},
		},
		{
			name:    "particle of the cue verb is no content",
			text:    "Jane Roe called for a ban on the sale of fireworks in the city.",
			in:      "fireworks",
			source:  "Jane Roe",
			content: []string{"a ban on the sale of fireworks in the city"},
		},
		{
			name:    "to say after the cue is no content",
			text:    `The governor went on to say, "We will rebuild the school before winter."`,
			in:      "rebuild",
			source:  "The governor",
			content: []string{`We will rebuild the school before winter.`},
		},
	} {
		t.Run(tc.name, tc.run)
	}
}

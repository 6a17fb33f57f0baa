package quote

import "testing"

// TestRound10Rules covers the rules of round 10: a second quotation that
// opens inside a reporting participle's clause (`"...," X said, adding
// that "..."`) is a new attribution by the same speaker, not a second
// piece of the first quote; and a speaker phrase whose apposition ends on
// an abbreviation ("Tom Hale, R-Ky., said") or that holds a past
// participle phrase (", dressed in a shirt printed with flags,") still
// reaches its cue.
func TestRound10Rules(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "a link that opens no part of the name ends the speaker",
			text:   `"We will rebuild the bridge," said Ann Lee at the time.`,
			in:     "rebuild the bridge",
			source: "Ann Lee",
		},
		{
			name:   "a link to a body stays in the speaker",
			text:   `"It was a costly mistake," said Tom Reed of the Water Council.`,
			in:     "costly mistake",
			source: "Tom Reed of the Water Council",
		},
		{
			name:    "a time phrase between cue and quotation is no content",
			text:    `The mayor said on Monday, "We will rebuild the bridge before winter."`,
			in:      "rebuild the bridge",
			source:  "The mayor",
			content: []string{"We will rebuild the bridge before winter."},
		},
		{
			name:    "a prepositional phrase set off by commas is no content",
			text:    `She said, in a speech to supporters, "Nobody will be left behind."`,
			in:      "left behind",
			source:  "She",
			content: []string{"Nobody will be left behind."},
		},
		{
			name:    "a reported clause before a quotation stays content",
			text:    `He said the plan had failed, "and nobody wants to admit it."`,
			in:      "nobody wants",
			source:  "He",
			content: []string{`the plan had failed, "and nobody wants to admit it."`},
		},
		{
			name:    "first quotation keeps only its own piece",
			text:    `"The budget is not new," said Ann Lee, adding that "we have balanced it for years."`,
			in:      "budget is not new",
			source:  "Ann Lee",
			verb:    "said",
			content: []string{"The budget is not new"},
		},
		{
			name:    "quotation in a participle's clause is that participle's content",
			text:    `"The budget is not new," said Ann Lee, adding that "we have balanced it for years."`,
			in:      "balanced it",
			source:  "Ann Lee",
			verb:    "adding",
			content: []string{`"we have balanced it for years."`},
		},
		{
			name:    "participle after a trailing cue with the speaker first",
			text:    `"Nobody reads the minutes," Tom Ward said, noting that the clerk "files them in a drawer."`,
			in:      "drawer",
			source:  "Tom Ward",
			verb:    "noting",
			content: []string{`the clerk "files them in a drawer."`},
		},
		{
			name:    "a quotation set off by a comma after the cue is still the second piece",
			text:    `"The roads," Tom Ward said, "are in a terrible state."`,
			in:      "The roads",
			source:  "Tom Ward",
			content: []string{"The roads", "are in a terrible state."},
		},
		{
			name:   "party and state apposition before a reported clause",
			text:   `Tom Hale, R-Ky., said the bill was "dead on arrival."`,
			in:     "dead on arrival",
			source: "Tom Hale, R-Ky.,",
			verb:   "said",
		},
		{
			name:   "party and state apposition before a direct quote",
			text:   `Sen. Mara Quist, D-Ore., said, "We will not vote for it."`,
			in:     "We will not vote",
			source: "Sen. Mara Quist, D-Ore.,",
			verb:   "said",
		},
		{
			name:   "town and state apposition before a told cue",
			text:   `Ann Bell of Dover, Del., told reporters the plan was "a mess."`,
			in:     "a mess",
			source: "Ann Bell of Dover, Del.,",
			verb:   "told",
		},
		{
			name:   "past participle phrase in an apposition may hold another past form",
			text:   `Tom Hale, dressed in a shirt printed with flags, said the bill was "dead."`,
			in:     "dead",
			source: "Tom Hale, dressed in a shirt printed with flags,",
			verb:   "said",
		},
		{
			name:   "a past form after a comma without a preposition is no participle phrase",
			text:   `Tom Hale, Ann Lee and Ed Cole signed, and the clerk said it was "done at last."`,
			in:     "done at last",
			source: "the clerk",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

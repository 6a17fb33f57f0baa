package quote

import "testing"

// TestRestrictiveRelativeSubject covers a subject holding a restrictive
// "who" clause: a speech verb in the clause reports only up to the main
// clause's verb, and that verb's speaker is the noun phrase with its
// relative clause.
func TestRestrictiveRelativeSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "relative report ends before the main verb",
			text:    `At the clinic, a woman who said her son had been hurt told reporters, "There is glass all over the road."`,
			in:      "son had been hurt",
			source:  "who",
			verb:    "said",
			content: []string{"her son had been hurt"},
		},
		{
			name:    "main verb's direct quote goes to the noun phrase",
			text:    `At the clinic, a woman who said her son had been hurt told reporters, "There is glass all over the road."`,
			in:      "glass all over",
			source:  "a woman who said her son had been hurt",
			verb:    "told",
			content: []string{"There is glass all over the road."},
		},
		{
			name:    "relative report with a pronoun subject in its clause",
			text:    `A driver who said he saw the crash said the van was speeding.`,
			in:      "saw the crash",
			source:  "who",
			content: []string{"he saw the crash"},
		},
		{
			name:    "main reported speech after a relative report",
			text:    `A driver who said he saw the crash said the van was speeding.`,
			in:      "van was speeding",
			source:  "A driver who said he saw the crash",
			verb:    "said",
			content: []string{"the van was speeding"},
		},
		{
			name:    "main verb that reports nothing ends the relative report",
			text:    `Voters who said the harbour was their top issue backed Halvorsen by a wide margin.`,
			in:      "top issue",
			source:  "who",
			content: []string{"the harbour was their top issue"},
		},
		{
			name:    "auxiliary after a participle is the main verb",
			text:    `People who say the count was rigged have marched in Dunmore.`,
			in:      "count was rigged",
			source:  "who",
			content: []string{"the count was rigged"},
		},
		{
			name:    "an addressee before the relative report",
			text:    `A witness who told police he had seen the van said it was white.`,
			in:      "was white",
			source:  "A witness who told police he had seen the van",
			content: []string{"it was white"},
		},
		{
			name:    "clause nested in the relative report after a bare-clause verb",
			text:    `A nurse who said managers knew the ward was full told the inquiry that nobody listened.`,
			in:      "ward was full",
			source:  "who",
			content: []string{"managers knew the ward was full"},
		},
		{
			name:    "asking not to be named: the whole phrase speaks",
			text:    `A man who asked not to be named said the road was closed.`,
			in:      "road was closed",
			source:  "A man who asked not to be named",
			verb:    "said",
			content: []string{"the road was closed"},
		},
		{
			name:   "relative clause with no report keeps its noun as head",
			text:   `Residents who fled the valley said the water had risen overnight.`,
			in:     "water had risen",
			source: "Residents who fled the valley",
		},
		{
			name:    "hyphenated participle inside the relative report",
			text:    `Doctors who thought she was too involved in so-called reforms resigned.`,
			in:      "too involved",
			source:  "who",
			content: []string{"she was too involved in so-called reforms"},
		},
		{
			name:    "an object relative with no main verb after it keeps its clause",
			text:    `She interviewed a resident who said she knew the man was lying.`,
			in:      "man was lying",
			source:  "who",
			content: []string{"she knew the man was lying"},
		},
		{
			name:   "a comma-set relative still ends at its comma",
			text:   `The nurse, who said she had worked for 30 hours, said the ward was full.`,
			in:     "ward was full",
			source: "The nurse, who said she had worked for 30 hours,",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

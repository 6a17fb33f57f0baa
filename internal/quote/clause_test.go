package quote

// This file holds the tests of participle and coordinated cues: whose
// subject they take (clause.go) and what they report.

import "testing"

// TestCoordinatedCueSubject pins the speaker of a coordinated cue ("... and
// said"): the subject of the clause it is coordinated with, even after an
// irregular past form, and that of a later coordinated clause with its own
// subject and verb (", and the school board rejected ... and said", "and
// she thanked ... and said"); coordinated objects and a reported clause
// before the cue keep the first subject.
func TestCoordinatedCueSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "irregular past before a coordinated cue",
			text:   `Asked whether she would run again, Mary Stone shook her head and said, "Never again."`,
			in:     "Never again",
			source: "Mary Stone",
		},
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
			name:   "coordinated objects keep the first subject",
			text:   "The coach praised the players and the fans and said \"this town carried us.\"",
			in:     "this town carried",
			source: "The coach",
		},
		{
			name:   "a reported clause before the cue keeps the first subject",
			text:   "The coach said that the team played well, and the fans cheered, and added \"this town carried us.\"",
			in:     "this town carried",
			source: "The coach",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestParticipleAfterTrailingCue pins that a second quotation opening
// inside a reporting participle's clause after a trailing cue (`"...," said
// Ann Lee, adding that "..."`) is that participle's own report by the same
// speaker, while the first quotation keeps only its own piece; a quotation
// set off by a comma right after the cue is still the second piece of the
// first quote.
func TestParticipleAfterTrailingCue(t *testing.T) {
	tests := []sourceCase{
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
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestReferringToReportsObject pins that ", referring to X" reports X, with
// the subject of the cue before it as speaker, after a quotation and after
// reported speech.
func TestReferringToReportsObject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "referring to after a quotation",
			text:    `"They never listened," the farmer said, referring to the water board.`,
			in:      "water board",
			source:  "the farmer",
			verb:    "referring",
			content: []string{"the water board"},
		},
		{
			name:    "referring to after reported speech",
			text:    "The mayor said the budget was a mess, referring to the harbour plan.",
			in:      "harbour plan",
			source:  "The mayor",
			verb:    "referring",
			content: []string{"the harbour plan"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

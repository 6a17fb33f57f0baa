package quote

// This file holds the tests of headlines as attributions.

import "testing"

// TestHeadlineCues pins how a headline (a short first line before more
// text) reports: in title case its capitalised verbs are verbs ("Harbour
// Chief Says ..."), and "Speaker: what was said" reports what follows the
// colon, unless a label stands before the colon ("Analysis:", capitals, a
// shouted or participle label). Capitalised verb forms and colons in body
// paragraphs are no headline.
func TestHeadlineCues(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "title-case headline with a reporting verb",
			text:    "Harbour Chief Says Ferry Will Sail By June.\n\nThe harbour chief spoke on Monday.",
			in:      "Ferry Will Sail",
			source:  "Harbour Chief",
			content: []string{"Ferry Will Sail By June"},
		},
		{
			name:   "capitalised verb form in a body sentence stays a name",
			text:   "The ferry left.\n\nShe moved to the United States in May and Says Street was renamed.",
			in:     "Street was renamed",
			absent: true,
		},
		{
			name:    "speaker and colon headline",
			text:    "Mayor Olsen: The Bridge Tolls Must Go.\n\nThe mayor spoke on Monday.",
			in:      "Bridge Tolls",
			source:  "Mayor Olsen",
			content: []string{"The Bridge Tolls Must Go"},
		},
		{
			name:   "label before a colon is no speaker",
			text:   "Analysis: The Bridge Tolls Must Go.\n\nThe mayor spoke on Monday.",
			in:     "Bridge Tolls",
			absent: true,
		},
		{
			name:   "capitals before a colon are a label",
			text:   "FERRY NEWS: The Bridge Tolls Must Go.\n\nThe mayor spoke on Monday.",
			in:     "Bridge Tolls",
			absent: true,
		},
		{
			name:   "colon in a body paragraph is no headline",
			text:   "The ferry left.\n\nMayor Olsen: The Bridge Tolls Must Go.",
			in:     "Bridge Tolls",
			absent: true,
		},
		{
			name:   "shouted label before a headline colon",
			text:   "DEVELOPING: Ferry Fares Will Double Next Spring.\n\nThe harbour board met on Monday.",
			in:     "Ferry Fares",
			absent: true,
		},
		{
			name:   "participle label before a headline colon",
			text:   "Uncovered: The Town Paid Twice For The Same Bridge.\n\nThe council met on Monday.",
			in:     "Town Paid",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

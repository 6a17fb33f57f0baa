package quote

import "testing"

// TestRound12Rules covers the rules of round 12, on reported speech: a
// single-word object of a stance verb; a "that" after an addressee, a time
// or an adverb; a reporting verb after "to" ("continued to insist that");
// "who" after a negated cue; headlines in title case and "Speaker: ..."
// headlines; subjects with a lower-case head and a prepositional phrase;
// the evidential "seem"; and reported clauses that end before ", but".
func TestRound12Rules(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "single-word object of a stance verb",
			text:    "The union has praised Halvorsen but has not said more.",
			in:      "Halvorsen",
			source:  "The union",
			content: []string{"Halvorsen"},
		},
		{
			name:    "addressee and time before that",
			text:    "Mira Toll told the Gazette last spring that she would stay on the board.",
			in:      "stay on the board",
			source:  "Mira Toll",
			content: []string{"she would stay on the board"},
		},
		{
			name:    "adverbs between commas before that",
			text:    "He admitted, somewhat sheepishly, that the ferry had never been inspected.",
			in:      "ferry had never",
			source:  "He",
			content: []string{"the ferry had never been inspected"},
		},
		{
			name:    "long ago before that",
			text:    "The planners recognized long ago that the canal would silt up.",
			in:      "canal would silt",
			source:  "The planners",
			content: []string{"the canal would silt up"},
		},
		{
			name:    "to and an addressee before that",
			text:    "Ola Brandt complained to the town's auditor that the fees were unfair.",
			in:      "fees were unfair",
			source:  "Ola Brandt",
			content: []string{"the fees were unfair"},
		},
		{
			name:    "reporting verb after continued to",
			text:    "The harbour master continued to insist that the pier was safe.",
			in:      "pier was safe",
			source:  "The harbour master",
			content: []string{"the pier was safe"},
		},
		{
			name:    "reporting verb after has to",
			text:    "The coach has to show that the team can win away from home.",
			in:      "team can win",
			source:  "The coach",
			content: []string{"the team can win away from home"},
		},
		{
			name:   "infinitive after a noun is no cue",
			text:   "The right to argue that the vote was rigged is not in doubt.",
			in:     "vote was rigged",
			absent: true,
		},
		{
			name:    "who after a negated cue",
			text:    "The mayor did not say who had signed the contract.",
			in:      "had signed",
			source:  "The mayor",
			content: []string{"who had signed the contract"},
		},
		{
			name:   "who after a plain cue is no question",
			text:   "The clerk said who knows.",
			in:     "knows",
			absent: true,
		},
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
			name:    "lower-case head with a prepositional phrase",
			text:    "Supporters of higher tolls say there is no other source of funds.",
			in:      "no other source",
			source:  "Supporters of higher tolls",
			content: []string{"there is no other source of funds"},
		},
		{
			name:    "plural head opening the sentence",
			text:    "Brick makers argue that the new rules will close small dairies.",
			in:      "close small dairies",
			source:  "Brick makers",
			content: []string{"the new rules will close small dairies"},
		},
		{
			name:    "evidential seem",
			text:    "The new ferry seemed to please the island's older residents.",
			in:      "please the island",
			source:  "",
			verb:    "seemed",
			content: []string{"The new ferry", "to please the island's older residents"},
		},
		{
			name:    "reported clause ends before but",
			text:    "Lena Fors said the budget was balanced, but the council voted it down.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced"},
		},
		{
			name:    "but before a verb of the same subject goes on",
			text:    "Lena Fors said a crack was no sign of collapse, but should never be ignored.",
			in:      "no sign of collapse",
			source:  "Lena Fors",
			content: []string{"a crack was no sign of collapse, but should never be ignored"},
		},
		{
			name:    "reported clause ends before and with a new subject",
			text:    "Lena Fors said the budget was balanced, and she left the hall.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced"},
		},
		{
			name:    "list with and goes on",
			text:    "Lena Fors said the budget was balanced, the roads were mended, and the school was open.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced, the roads were mended, and the school was open"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

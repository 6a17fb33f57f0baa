package quote

import "testing"

// TestRound14Precision covers the precision rules of round 14: a
// contracted "is" or "has" is no possessive; a subject ending on a
// determiner, a possessive or a figure has lost its noun to the cue word;
// "state" reports only before "that" or a colon; "maintain", and "find"
// or "know" before an indefinite noun phrase, report a clause only when a
// verb follows; a naming participle after an indefinite object names a
// thing; and "said that ..." after a comma opens a clause, not a speaker.
func TestRound14Precision(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "contracted has before the cue",
			text:    "He's said the ferry will run again by May.",
			in:      "ferry will run",
			source:  "He's",
			content: []string{"the ferry will run again by May"},
		},
		{
			name:    "contracted is before a participle cue",
			text:    "She's arguing that the levy is far too high.",
			in:      "levy",
			source:  "She's",
			content: []string{"the levy is far too high"},
		},
		{
			name:    "clause opening on that's",
			text:    "The harbour master said that's the last boat of the season.",
			in:      "last boat",
			source:  "The harbour master",
			content: []string{"that's the last boat of the season"},
		},
		{
			name:    "relative clause on who's",
			text:    "Reyes, who's led the co-op for a decade, said the mill would close.",
			in:      "mill would close",
			source:  "Reyes, who's led the co-op for a decade,",
			content: []string{"the mill would close"},
		},
		{
			name:   "subject ending on a possessive",
			text:   "The museum's reports the usual gains for the year.",
			in:     "usual gains",
			absent: true,
		},
		{
			name:   "subject ending on a figure",
			text:   "On the ferry, the nearly 1,600 attacks on the crew went unreported.",
			in:     "crew",
			absent: true,
		},
		{
			name:    "a share is no headless figure",
			text:    "Six in 10 say the new road is too noisy.",
			in:      "road",
			source:  "Six in 10",
			content: []string{"the new road is too noisy"},
		},
		{
			name:    "an age apposition is no headless figure",
			text:    "Okafor, 58, said the orchard had never flooded before.",
			in:      "orchard",
			source:  "Okafor, 58,",
			content: []string{"the orchard had never flooded before"},
		},
		{
			name:   "states as a noun",
			text:   "The chain now has shops in 12 states where rents are low.",
			in:     "rents",
			absent: true,
		},
		{
			name:   "state before a title",
			text:   "Volunteers met state Sen. Aino Reyes at the grant office.",
			in:     "Reyes",
			absent: true,
		},
		{
			name:    "states that",
			text:    "The harbour board states that the fee will rise in June.",
			in:      "fee will rise",
			source:  "The harbour board",
			content: []string{"the fee will rise in June"},
		},
		{
			name:   "maintained with an ordinary object",
			text:   "The ferry line maintained a steady lead over its rivals all year.",
			in:     "steady lead",
			absent: true,
		},
		{
			name:    "maintained that",
			text:    "The clerk maintained that the ledger was accurate.",
			in:      "ledger",
			source:  "The clerk",
			content: []string{"the ledger was accurate"},
		},
		{
			name:    "maintained a clause with its verb",
			text:    "The clerk maintained the ledger was accurate.",
			in:      "ledger",
			source:  "The clerk",
			content: []string{"the ledger was accurate"},
		},
		{
			name:   "found a way",
			text:   "Okafor found a way to trim the budget.",
			in:     "trim",
			absent: true,
		},
		{
			name:   "knows a lot",
			text:   "Reyes knows a lot about old boats and their engines.",
			in:     "old boats",
			absent: true,
		},
		{
			name:    "found a clause",
			text:    "The audit found a third of the funds were never spent.",
			in:      "funds",
			source:  "The audit",
			content: []string{"a third of the funds were never spent"},
		},
		{
			name:    "found a name with its participle",
			text:    "The survey found Okafor leading by six points.",
			in:      "leading",
			source:  "The survey",
			content: []string{"Okafor leading by six points"},
		},
		{
			name:   "a charity called",
			text:   "She now helps run a charity called Open Doors in the valley.",
			in:     "Open Doors",
			absent: true,
		},
		{
			name:    "called as a naming verb of its subject",
			text:    "A spokesman called Reyes a liar.",
			in:      "liar",
			source:  "A spokesman",
			content: []string{"Reyes a liar"},
		},
		{
			name:   "said that after a comma opens a clause",
			text:   "The mayor's office, which has faced questions for months, said that the records were complete.",
			in:     "The mayor's office",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

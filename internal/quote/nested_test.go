package quote

import "testing"

// TestNestedAttribution covers the choice between two attributions that
// nest: a cue inside a relative clause, a parenthetical cue, "according
// to" after a cue, and a second speaker's report after a conjunction.
func TestNestedAttribution(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "free relative after a reporting verb takes the outer cue",
			text:   `The senator railed against what he calls the "downtown cartel" at the rally.`,
			in:     "downtown cartel",
			source: "The senator",
			verb:   "railed",
		},
		{
			name:   "restrictive relative after a reporting verb takes the outer cue",
			text:   `Helen Park is criticizing an aide who said voters should "stay home" this fall.`,
			in:     "stay home",
			source: "Helen Park",
			verb:   "criticizing",
		},
		{
			name:   "relative after a comma keeps its own cue",
			text:   `The mayor criticized the board, which she said had been "asleep at the wheel" for years.`,
			in:     "asleep at the wheel",
			source: "she",
			verb:   "said",
		},
		{
			name:   "relative with no reporting verb before it keeps its own cue",
			text:   `The fund backed a candidate who said taxes were "far too high" in the state.`,
			in:     "far too high",
			source: "who",
			verb:   "said",
		},
		{
			name:   "parenthetical cue wins over the verb it interrupts",
			text:   `The records show, he said in an interview, that "the two offices worked hand in hand."`,
			in:     "hand in hand",
			source: "he",
			verb:   "said",
		},
		{
			name:   "parenthetical cue after a noun read as a verb",
			text:   `Repair estimates, she added, were "based on an old model."`,
			in:     "old model",
			source: "she",
			verb:   "added",
		},
		{
			name:   "according to after a cue names a document",
			text:   `"We will not back down," the governor will say, according to excerpts of the speech released by her office.`,
			in:     "back down",
			source: "excerpts of the speech released by her office",
		},
		{
			name:   "according to before a quote names a survey",
			text:   `According to a new survey of farmers, "prices have never been this low."`,
			in:     "never been this low",
			source: "a new survey of farmers",
		},
		{
			name:   "second speaker after a conjunction takes the quote",
			text:   `The city has been warning that it will run out of cash, and the treasurer said the "emergency steps" could not last.`,
			in:     "emergency steps",
			source: "the treasurer",
			verb:   "said",
		},
		{
			name:   "second speaker after while takes the quote",
			text:   `Ms. Reed suggested that the rules were unfair, while Mr. Cole said the "stakes are too high" to change them.`,
			in:     "stakes are too high",
			source: "Mr. Cole",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestSubjectSearchPast covers the subject search of participle and
// coordinated cues going past clauses whose subject does not speak.
func TestSubjectSearchPast(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "passive reporting verb does not end the search",
			text:   `The governor has been criticized for using the word, though in a speech last week he used stronger language, saying the group "must be stopped."`,
			in:     "must be stopped",
			source: "he",
			verb:   "saying",
		},
		{
			name:   "active reporting verb still ends the search",
			text:   `The governor criticized the plan in a speech, saying it was "a waste of money."`,
			in:     "waste of money",
			source: "The governor",
			verb:   "saying",
		},
		{
			name:   "opening when-clause subject yields to the main subject",
			text:   `When the mayor asked about the budget, he laughed and said, "Not this year."`,
			in:     "Not this year",
			source: "he",
			verb:   "said",
		},
		{
			name:   "opening clause subject kept when the main clause has none",
			text:   `After the mayor spoke to the council, saying the budget was "in good shape," the meeting ended.`,
			in:     "in good shape",
			source: "the mayor",
			verb:   "saying",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

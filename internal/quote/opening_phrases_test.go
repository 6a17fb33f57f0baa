package quote

import "testing"

// TestOpeningWordNouns covers a rumour or speech noun right after a
// sentence-opening preposition or -ing form ("Amid reports that ...",
// "Growing fears that ..."): a noun reported by no one, not a verb whose
// subject is the opening word.
func TestOpeningWordNouns(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "amid reports that, up to the comma",
			text:    "Amid reports that the ferry had sunk, shares in the operator fell.",
			in:      "the ferry had sunk",
			verb:    "reports",
			content: []string{"the ferry had sunk"},
		},
		{
			name:    "amid fears that",
			text:    "Amid fears that the plant would close, workers gathered at the gate.",
			in:      "the plant would close",
			verb:    "fears",
			content: []string{"the plant would close"},
		},
		{
			name:    "growing fears that, up to the sentence's verb",
			text:    "Growing fears that the bridge would collapse led to its closure.",
			in:      "the bridge would collapse",
			verb:    "fears",
			content: []string{"the bridge would collapse"},
		},
		{
			name:   "control: an opening phrase before a real subject",
			text:   "Amid the storm, Varga said the ferry would not sail.",
			in:     "the ferry would not sail",
			source: "Varga",
			verb:   "said",
		},
		{
			name:   "control: an -ing modifier of a plural subject",
			text:   "Growing numbers of fishermen say the catch has fallen.",
			in:     "the catch has fallen",
			source: "Growing numbers of fishermen",
			verb:   "say",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestApposedSpeakerCircumstance covers a verb-first cue whose speaker
// carries an apposition followed by when or how it was said (`said Varga,
// the mayor, on Monday`): the phrase of time or medium is no part of the
// source.
func TestApposedSpeakerCircumstance(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "a day after the apposition",
			text:   `"The ferry will sail," said Varga, the mayor, on Monday.`,
			in:     "The ferry will sail",
			source: "Varga, the mayor",
		},
		{
			name:   "a medium after a longer apposition",
			text:   `"The ferry will sail," said Anna Varga, a spokeswoman for the port, in a statement.`,
			in:     "The ferry will sail",
			source: "Anna Varga, a spokeswoman for the port",
		},
		{
			name:   "control: an of phrase stays in the apposition",
			text:   `"The ferry will sail," said Varga, the mayor of Dover.`,
			in:     "The ferry will sail",
			source: "Varga, the mayor of Dover",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestParticiplePhraseBeforeThat covers an -ing cue with a short phrase
// of time or medium before its "that" ("saying in a statement that ..."):
// the phrase is no part of what was said.
func TestParticiplePhraseBeforeThat(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "saying in a statement that",
			text:    "Varga left the room, saying in a statement that the plan was a success.",
			in:      "the plan was a success",
			source:  "Varga",
			verb:    "saying",
			content: []string{"the plan was a success"},
		},
		{
			name:    "telling an addressee on a day that",
			text:    "Varga defended the plan, telling reporters on Thursday that he viewed it as a success.",
			in:      "he viewed it",
			source:  "Varga",
			verb:    "telling",
			content: []string{"he viewed it as a success"},
		},
		{
			name:    "control: telling an addressee that",
			text:    "Varga left the room, telling reporters that the plan was a success.",
			in:      "the plan was a success",
			source:  "Varga",
			content: []string{"the plan was a success"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestPutItSubject covers "As X put it," with a determined common noun
// that names no listed role ("As one fisherman put it,").
func TestPutItSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "one and a common noun",
			text:    "As one fisherman put it, the sea has been emptied.",
			in:      "the sea has been emptied",
			source:  "one fisherman",
			verb:    "put it",
			content: []string{"the sea has been emptied"},
		},
		{
			name:   "an article and a modifier",
			text:   "As a local baker put it, bread is now a luxury.",
			in:     "bread is now",
			source: "a local baker",
		},
		{
			name:   "control: a clause of time",
			text:   "As it turned out, the town had lost its heart.",
			in:     "the town had lost",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

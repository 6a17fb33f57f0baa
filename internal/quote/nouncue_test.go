package quote

import "testing"

// TestSpeechNounsWithPhrasesStateNoun covers speech nouns with their
// speaker as possessor or "by" agent, participles performed by the phrase
// after "with", -ing cues right after a noun, and "state" as a noun
// modifier.
func TestSpeechNounsWithPhrasesStateNoun(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "possessive pronoun before a speech noun and that",
			text:    `Critics quickly seized on his comment that "the whole law is dead and buried."`,
			in:      "dead and buried",
			source:  "his",
			content: []string{"the whole law is dead and buried."},
		},
		{
			name:    "phrase between the speech noun and that",
			text:    `The debate turned over her remark during the debate that she "would never raise taxes."`,
			in:      "raise taxes",
			source:  "her",
			content: []string{`she "would never raise taxes."`},
		},
		{
			name:   "by agent of a speech noun",
			text:   `The idea drew fire after the suggestion by the mayor that the city "cannot afford" new parks.`,
			in:     "cannot afford",
			source: "the mayor",
		},
		{
			name:    "name with 's before a speech noun and for",
			text:    `Senators ignored the governor's call for "a complete and immediate freeze" on hiring.`,
			in:      "immediate freeze",
			source:  "the governor's",
			content: []string{`"a complete and immediate freeze"`},
		},
		{
			name:   "speech noun as subject of the quotation is no cue",
			text:   `The senator said her remarks "were unfortunate and wrong."`,
			in:     "unfortunate",
			source: "The senator",
			verb:   "said",
		},
		{
			name:   "statement after in is the medium of the verb",
			text:   `Jones said in his statement that the firm "acted in good faith."`,
			in:     "good faith",
			source: "Jones",
			verb:   "said",
		},
		{
			name:   "reporting verb before the possessor reports the noun phrase",
			text:   `Brown called the mayor's comments "deeply offensive" on Tuesday.`,
			in:     "deeply offensive",
			source: "Brown",
			verb:   "called",
		},
		{
			name:   "claim clause ended before the quotation",
			text:   `The aide said his claim that the budget is balanced is "simply false."`,
			in:     "simply false",
			source: "The aide",
			verb:   "said",
		},
		{
			name:   "phrase after with performs the participle",
			text:   `Protesters marched through the city, with many marchers and onlookers chanting "We will not go back."`,
			in:     "not go back",
			source: "many marchers and onlookers",
			verb:   "chanting",
		},
		{
			name:   "participle after a noun and before a colon is a cue",
			text:   `The new ad ends with a narrator saying: "Vote no on the measure."`,
			in:     "Vote no",
			source: "a narrator",
			verb:   "saying",
		},
		{
			name:   "participle after an object keeps the clause subject",
			text:   `Jane Brown held up a sign saying "No more delays for the bridge project."`,
			in:     "No more delays",
			source: "Jane Brown",
			verb:   "saying",
		},
		{
			name:   "state before a bare noun is no cue",
			text:   `She recently wrote an essay for the local paper, mocking Texas state leaders as "asleep" on housing.`,
			in:     "asleep",
			source: "She",
			verb:   "mocking",
		},
		{
			name:   "state before that is a cue",
			text:   `Officials state that the bridge is "perfectly safe" for traffic.`,
			in:     "perfectly safe",
			source: "Officials",
			verb:   "state",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

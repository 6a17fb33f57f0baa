package quote

import "testing"

// TestRound23InfinitiveSay covers round 23: before an infinitive cue, a
// pronoun or quantifier that stands for what is said ("had this to say",
// "has plenty to say") is no speaker; the subject of the sentence speaks
// through the colon. A person before the infinitive ("led her to
// declare") and ordinary cues are unchanged.
func TestRound23InfinitiveSay(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "had this to say with a colon",
			text:   `The harbour board had this to say about the ferry plan: "It will never pay for itself."`,
			in:     "never pay",
			source: "The harbour board",
		},
		{
			name:   "has plenty to say",
			text:   `Jane Roe has plenty to say about the new bridge: "Nobody asked the fishermen."`,
			in:     "Nobody asked",
			source: "Jane Roe",
		},
		{
			name:   "had little to say after a comma",
			text:   `Asked about the strike, the minister had little to say: "We are watching closely."`,
			in:     "watching closely",
			source: "the minister",
		},
		{
			name:   "a person before the infinitive still speaks",
			text:   `The vote count led her to declare that victory was "within reach" for the party.`,
			in:     "within reach",
			source: "her",
			verb:   "declare",
		},
		{
			name:   "an ordinary colon cue is unchanged",
			text:   `The mayor said: "The bridge opens in May."`,
			in:     "bridge opens",
			source: "The mayor",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

// This file holds the tests of reporting verbs after "to" and of reported
// questions.

import "testing"

// TestInfinitiveCueSubject pins the speaker of a reporting verb after "to":
// the subject of the verb governing the infinitive ("continued to insist
// that", "has to show that"), also through a colon when a pronoun or
// quantifier standing for what is said comes before the infinitive ("had
// this to say:", "has plenty to say:"); an object pronoun governing it
// speaks on its own ("led her to declare"); an infinitive after a noun
// ("The right to argue") is no cue.
func TestInfinitiveCueSubject(t *testing.T) {
	tests := []sourceCase{
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
			name:   "an ordinary colon cue",
			text:   `The mayor said: "The bridge opens in May."`,
			in:     "bridge opens",
			source: "The mayor",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestReportedQuestionAfterNegatedCue pins that "who" opens a reported
// question only after a negated cue ("did not say who"), not after a plain
// one.
func TestReportedQuestionAfterNegatedCue(t *testing.T) {
	tests := []sourceCase{
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
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

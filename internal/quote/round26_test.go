package quote

import "testing"

// TestRound26TheNumber covers round 26: "the" and a number word stand
// alone as a plural speaker before a reporting verb ("the two write",
// "The three said"), after a quotation or before one. A number word that
// modifies a noun ("the two reports say") and a verb form ending in -s
// after it are unchanged.
func TestRound26TheNumber(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "after the quotation, present tense",
			text:   `The harbour board met twice. “We cannot find a reason to close the pier,” the two write.`,
			in:     "reason to close",
			source: "the two",
			verb:   "write",
		},
		{
			name:   "after the quotation, past tense",
			text:   `"The ferry will keep running until May," the three said on Monday.`,
			in:     "ferry will keep",
			source: "the three",
			verb:   "said",
		},
		{
			name:   "before a reported clause holding a quotation",
			text:   `The two argue that the levy is "a tax on fishermen."`,
			in:     "tax on fishermen",
			source: "The two",
			verb:   "argue",
		},
		{
			name:   "a number word before a noun is no speaker by itself",
			text:   `"The tide tables are wrong again," the two reports say.`,
			in:     "tide tables",
			source: "the two reports",
			verb:   "say",
		},
		{
			name:   "a plain determiner and a noun still speak",
			text:   `"The pier must stay open all winter," the pair said.`,
			in:     "pier must stay",
			source: "the pair",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestRound26NumberNoun checks that a number word after "the" keeps
// reading as a modifier before a noun that is also a verb form: "the two
// claims" holds no cue.
func TestRound26NumberNoun(t *testing.T) {
	text := `Officials rejected the two claims that the pier was "unsafe for boats."`
	for _, a := range Extract(text) {
		if a.Verb == "claims" {
			t.Fatalf("Extract(%q): %q read as a cue: %+v", text, a.Verb, a)
		}
	}
}

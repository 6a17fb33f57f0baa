package quote

// This file holds the tests of where content opens after its cue (that.go).

import "testing"

// TestProgrammeBeforeThat pins that a programme named between the cue and
// "that" (`said on WHBR's "Morning Desk" on Monday that ...`) is no part of
// the content, with or without a time phrase; a quoted phrase that is what
// was said, and a title not followed by "that", stay in it.
func TestProgrammeBeforeThat(t *testing.T) {
	tests := []contentCase{
		{
			name:    "programme and day before that are left out",
			text:    `The mayor said on WHBR's "Morning Desk" on Monday that the bridge would reopen in May.`,
			in:      "bridge",
			content: []string{"the bridge would reopen in May"},
			source:  "The mayor",
		},
		{
			name:    "programme after told without a day",
			text:    `The coach told WXYZ's "Sports Hour" that the team would move to a new stadium.`,
			in:      "stadium",
			content: []string{"the team would move to a new stadium"},
			source:  "The coach",
		},
		{
			name:    "a title without that stays",
			text:    `The mayor told WHBR's "Morning Desk" the bridge would reopen in May.`,
			in:      "bridge",
			content: []string{`WHBR's "Morning Desk" the bridge would reopen in May`},
			source:  "The mayor",
		},
		{
			name:    "a quoted phrase that is what was said stays",
			text:    `The mayor said the town's "golden era" had ended with the mill's closure.`,
			in:      "golden era",
			content: []string{`the town's "golden era" had ended with the mill's closure`},
			source:  "The mayor",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

// This file holds the tests of cues that precede a quotation
// (cue_before.go): what of the words between cue and quotation is content,
// and headings in capitals as a source.

import "testing"

// TestContentAfterLeadingCue pins what a cue before a quotation reports: a
// time phrase or a prepositional phrase set off by commas between cue and
// quotation is no content, while a reported clause before the quotation is
// part of it.
func TestContentAfterLeadingCue(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "a time phrase between cue and quotation is no content",
			text:    `The mayor said on Monday, "We will rebuild the bridge before winter."`,
			in:      "rebuild the bridge",
			source:  "The mayor",
			content: []string{"We will rebuild the bridge before winter."},
		},
		{
			name:    "a prepositional phrase set off by commas is no content",
			text:    `She said, in a speech to supporters, "Nobody will be left behind."`,
			in:      "left behind",
			source:  "She",
			content: []string{"Nobody will be left behind."},
		},
		{
			name:    "a reported clause before a quotation stays content",
			text:    `He said the plan had failed, "and nobody wants to admit it."`,
			in:      "nobody wants",
			source:  "He",
			content: []string{`the plan had failed, "and nobody wants to admit it."`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestCapitalHeadingSource pins that a heading in capitals of three words
// or more filling its paragraph up to a quotation is the quotation's
// source, while a shorter capitalised lead ("UPDATE NOW") is not.
func TestCapitalHeadingSource(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "heading in capitals names the quoted story",
			text:   "MORNING NEWS.\n\nSTORM FLOODS THE VALLEY “The water rose faster than anyone in town had expected it to.” [Local Times.]",
			in:     "water rose faster",
			source: "STORM FLOODS THE VALLEY",
			verb:   "",
		},
		{
			name:   "two capitalised words are no heading",
			text:   "UPDATE NOW “The water rose faster than anyone in town had expected it to.”",
			in:     "water rose faster",
			source: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

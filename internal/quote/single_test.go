package quote

import "testing"

// TestSingleQuotationMarks pins the British style: speech in single marks
// when they outnumber double ones, apostrophes left alone, and the
// American style (and Penn Treebank clitics) unchanged.
func TestSingleQuotationMarks(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "curly single marks",
			text:    "‘We are ready,’ said Keir Starmer. ‘The country deserves better.’",
			in:      "We are ready",
			source:  "Keir Starmer",
			content: []string{"We are ready", "The country deserves better."},
		},
		{
			name:    "straight single marks",
			text:    "'We will not be intimidated,' the prime minister said.",
			in:      "not be intimidated",
			source:  "the prime minister",
			content: []string{"We will not be intimidated"},
		},
		{
			name:    "a colon cue and an apostrophe inside",
			text:    "Starmer told the BBC: ‘This isn’t a scandal, it’s a disgrace.’",
			in:      "a disgrace",
			source:  "Starmer",
			content: []string{"This isn’t a scandal, it’s a disgrace."},
		},
		{
			name:    "a plural's possessive inside the quotation",
			text:    "‘The students’ union is closed,’ the dean said.",
			in:      "union is closed",
			source:  "the dean",
			content: []string{"The students’ union is closed"},
		},
		{
			name:    "double marks outnumbering single ones: single ones are nested",
			text:    `"He told me, 'I'm not going anywhere,'" Jones said. "We believed him."`,
			in:      "not going anywhere",
			source:  "Jones",
			content: []string{"He told me, 'I'm not going anywhere,'", "We believed him."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

func TestSingleMarksNotInTreebankText(t *testing.T) {
	// Penn Treebank text splits clitics off their words: "I 'm" and
	// "Egypt 's" open no quotation.
	text := "I 'm told Egypt 's army is ready , we 've heard , and they 'll go ."
	if m := singleMarks(text); m != nil {
		t.Errorf("singleMarks(%q) = %v, want nil", text, m)
	}
}

func BenchmarkSingleMarks(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		singleMarks(benchText)
	}
}

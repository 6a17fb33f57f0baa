package quote

import "testing"

// TestOfficeWithOf covers speaker phrases after a verb-first cue whose
// office is named in lower case with "of" before the holder's name
// ("said chief of staff Jane Roe") or alone after a role ("said the chief
// of staff"), found by a probe of direct-quotation speakers.
func TestOfficeWithOf(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "role of a noun before a name",
			text:   `"We must act," said chief of staff Ada Morrow.`,
			in:     "We must act",
			source: "chief of staff Ada Morrow",
			verb:   "said",
		},
		{
			name:   "modified role of a noun before a name, with an apposition",
			text:   `"We must act," said former secretary of state Ada Morrow, who praised the plan.`,
			in:     "We must act",
			source: "former secretary of state Ada Morrow, who praised the plan",
		},
		{
			name:   "unlisted noun of a plural before a name",
			text:   `"Thanks for coming," said master of ceremonies Piet Varga, a retired engineer.`,
			in:     "Thanks for coming",
			source: "master of ceremonies Piet Varga, a retired engineer",
		},
		{
			name:   "determined role of a noun alone",
			text:   `"We must act," said the chief of staff.`,
			in:     "We must act",
			source: "the chief of staff",
		},
		{
			name:   "a time word after the office is no name",
			text:   `"We must act," said the head of state Monday.`,
			in:     "We must act",
			source: "the head",
		},
		{
			name:   "a determined object of of keeps its phrase",
			text:   `"We must act," said the head of the council.`,
			in:     "We must act",
			source: "the head of the council",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestOfficeWithOfMention checks that the holder's name, not the office,
// is the mention the speaker resolves from.
func TestOfficeWithOfMention(t *testing.T) {
	text := `"We must act," said chief of staff Ada Morrow.`
	atts := Extract(text)
	if len(atts) != 1 {
		t.Fatalf("Extract(%q) = %d attributions, want 1", text, len(atts))
	}
	m := atts[0].Mention
	if got := text[m.Start:m.End]; got != "Ada Morrow" {
		t.Errorf("mention = %q, want %q", got, "Ada Morrow")
	}
}

package quote

import "testing"

// TestRound25RelativeCue covers round 25: the object of a cue like
// "praise" ends before a relative clause that holds a reporting verb of
// its own ("praised Smith, who has vowed to ..."), so the relative pronoun
// speaks under that verb. A relative clause with no reporting verb stays
// in the object, and a relative speaker before a quotation is unchanged.
func TestRound25RelativeCue(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "relative clause with an adverb and a quotation",
			text:   `On the radio, Roe praised the bishop Tom Fenwick, who has publicly vowed not to shop at the big chain stores this year because of the company’s “disregard for small farmers and their families.”`,
			in:     "disregard for small",
			source: "who",
			verb:   "vowed",
		},
		{
			name:    "the praising keeps only its object",
			text:    `On the radio, Roe praised the bishop Tom Fenwick, who has publicly vowed not to shop at the big chain stores this year because of the company’s “disregard for small farmers and their families.”`,
			in:      "bishop",
			source:  "Roe",
			verb:    "praised",
			content: []string{"the bishop Tom Fenwick"},
		},
		{
			name:   "relative clause without a reporting verb stays in the object",
			text:   `Roe praised the plan, which will keep the harbour open for "working families."`,
			in:     "working families",
			source: "Roe",
			verb:   "praised",
		},
		{
			name:   "relative speaker right before a quotation is unchanged",
			text:   `Roe praised Tom Fenwick, who said "the harbour stays open."`,
			in:     "harbour stays open",
			source: "who",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestRound25RelativeSpeakerResolved checks that the relative pronoun
// made the speaker resolves to the name before its comma.
func TestRound25RelativeSpeakerResolved(t *testing.T) {
	text := `On the radio, Roe praised the bishop Tom Fenwick, who has publicly vowed not to shop at the big chain stores this year because of the company’s “disregard for small farmers and their families.”`
	for _, a := range Extract(text) {
		if a.Verb == "vowed" {
			if a.Speaker != "Tom Fenwick" {
				t.Fatalf("Speaker = %q, want %q", a.Speaker, "Tom Fenwick")
			}
			return
		}
	}
	t.Fatalf("Extract(%q): no attribution with verb %q", text, "vowed")
}

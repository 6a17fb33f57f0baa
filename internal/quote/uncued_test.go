package quote

// This file holds the tests of cue-less quotations that go on with what
// came before them (uncued.go).

import "testing"

// TestContinuedReportIsDirect pins that reported speech which a cue-less
// quotation in the next sentence goes on with is direct, since its content
// now holds quoted words; reported speech alone stays indirect.
func TestContinuedReportIsDirect(t *testing.T) {
	tests := []contentCase{
		{
			name:    "quotation after reported speech makes it direct",
			text:    `The baker says the oven should be replaced soon. "It burns every third loaf, and nobody wants burnt bread."`,
			in:      "oven",
			content: []string{"the oven should be replaced soon", "It burns every third loaf, and nobody wants burnt bread."},
			direct:  true,
			source:  "The baker",
		},
		{
			name:    "reported speech alone stays indirect",
			text:    `The baker says the oven should be replaced soon. Customers have stopped coming.`,
			in:      "oven",
			content: []string{"the oven should be replaced soon"},
			direct:  false,
			source:  "The baker",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

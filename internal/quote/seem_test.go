package quote

// This file holds the tests of the evidential "seem" (seem.go).

import "testing"

// TestSeemReportsImpression pins that "X seemed to ..." is an impression
// with no speaker, whose content is the subject and the infinitive.
func TestSeemReportsImpression(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "evidential seem",
			text:    "The new ferry seemed to please the island's older residents.",
			in:      "please the island",
			source:  "",
			verb:    "seemed",
			content: []string{"The new ferry", "to please the island's older residents"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

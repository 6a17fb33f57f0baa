package quote

// This file holds tests of speaker resolution (resolve.go) for speakers
// that other rules introduce.

import "testing"

// TestRelativeSpeakerResolution pins that a relative pronoun made the
// speaker of a relative clause's reporting verb ("..., who has publicly
// vowed ...") resolves to the name before its comma. Each case picks the
// attribution by its cue verb.
func TestRelativeSpeakerResolution(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		verb    string // picks the first attribution with this cue
		speaker string
	}{
		{
			name:    "who after a name and a comma",
			text:    `On the radio, Roe praised the bishop Tom Fenwick, who has publicly vowed not to shop at the big chain stores this year because of the company’s “disregard for small farmers and their families.”`,
			verb:    "vowed",
			speaker: "Tom Fenwick",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, a := range Extract(tc.text) {
				if a.Verb == tc.verb {
					if a.Speaker != tc.speaker {
						t.Fatalf("Extract(%q): Speaker = %q, want %q", tc.text, a.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Fatalf("Extract(%q): no attribution with verb %q", tc.text, tc.verb)
		})
	}
}

package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound24Boundaries covers round 24: reported speech that a cue-less
// quotation goes on with is direct; a verb spelt like a speech noun
// ("calls", "claims") does not end its clause at the quotation; and the
// programme a statement was made on ("told CBS's "Evening Report" that
// ...") is no part of the content. The cases where nothing must change
// are marked so.
func TestRound24Boundaries(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		in      string // picks the first attribution whose content holds it
		content []string
		direct  bool
		source  string // "*": not checked
	}{
		{
			name:    "quotation after reported speech makes it direct",
			text:    `The baker says the oven should be replaced soon. "It burns every third loaf, and nobody wants burnt bread."`,
			in:      "oven",
			content: []string{"the oven should be replaced soon", "It burns every third loaf, and nobody wants burnt bread."},
			direct:  true,
			source:  "The baker",
		},
		{
			name:    "unchanged: reported speech alone stays indirect",
			text:    `The baker says the oven should be replaced soon. Customers have stopped coming.`,
			in:      "oven",
			content: []string{"the oven should be replaced soon"},
			direct:  false,
			source:  "The baker",
		},
		{
			name:    "present naming verb keeps the rest of its clause",
			text:    `Jane Roe calls the new pier "a gift" for the fishing fleet.`,
			in:      "a gift",
			content: []string{`the new pier "a gift" for the fishing fleet`},
			source:  "Jane Roe",
		},
		{
			name:    "unchanged: past naming verb keeps the rest of its clause",
			text:    `The harbour master called the new pier "a gift" for the fishing fleet.`,
			in:      "a gift",
			content: []string{`the new pier "a gift" for the fishing fleet`},
			source:  "The harbour master",
		},
		{
			name:    "unchanged: a speech noun ends with its quotation",
			text:    `The council rejected the mayor's claims that the pier was "unsafe" in a long meeting.`,
			in:      "unsafe",
			content: []string{`the pier was "unsafe"`},
			source:  "*",
		},
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
			name:    "unchanged: a quoted phrase that is what was said stays",
			text:    `The mayor said the town's "golden era" had ended with the mill's closure.`,
			in:      "golden era",
			content: []string{`the town's "golden era" had ended with the mill's closure`},
			source:  "The mayor",
		},
		{
			name:    "unchanged: a title without that stays",
			text:    `The mayor told WHBR's "Morning Desk" the bridge would reopen in May.`,
			in:      "bridge",
			content: []string{`WHBR's "Morning Desk" the bridge would reopen in May`},
			source:  "The mayor",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			atts := Extract(tc.text)
			checkOffsets(t, tc.text, atts)
			all := got(tc.text, atts)
			var w *want
			for i := range all {
				if strings.Contains(strings.Join(all[i].Content, " "), tc.in) {
					w = &all[i]
					break
				}
			}
			if w == nil {
				t.Fatalf("Extract(%q): no attribution holds %q; got %+v", tc.text, tc.in, all)
			}
			if diff := cmp.Diff(tc.content, w.Content); diff != "" {
				t.Errorf("Extract(%q): content (-want +got):\n%s", tc.text, diff)
			}
			if w.Direct != tc.direct {
				t.Errorf("Extract(%q): direct = %v, want %v", tc.text, w.Direct, tc.direct)
			}
			if tc.source != "*" && w.Source != tc.source {
				t.Errorf("Extract(%q): source = %q, want %q", tc.text, w.Source, tc.source)
			}
		})
	}
}

package quote

// This file holds contentCase, the table harness for tests that check
// whether an attribution is direct as well as its content and source.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// contentCase checks the attribution whose content holds a given piece of
// text: its content fragments, whether it is direct, and its source.
type contentCase struct {
	name string
	text string
	// in picks the attribution: the first whose content contains it.
	in string
	// content is the expected list of content fragments.
	content []string
	// direct is the expected Direct flag.
	direct bool
	// source is the expected Source text; "*" leaves it unchecked.
	source string
}

func (tc contentCase) run(t *testing.T) {
	t.Helper()
	all, w := holding(t, tc.text, tc.in)
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
}

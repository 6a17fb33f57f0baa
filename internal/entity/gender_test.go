package entity

import (
	"strings"
	"testing"
)

func TestGender(t *testing.T) {
	tests := []struct {
		name string
		want byte
	}{
		{"Angela Merkel", 'f'},
		{"Chancellor Angela Merkel", 'f'},
		{"Vladimir Putin", 'm'},
		{"President Vladimir Putin", 'm'},
		{"Mr. John Roe", 'm'},
		{"Putin", 0},        // a lone surname
		{"Angela", 0},       // a lone word: no claim
		{"Jean Roe", 0},     // used for both
		{"Robin Cook", 0},   // used for both
		{"Xavier Quill", 0}, // not in the list
		{"ANNE ROE", 'f'},   // any case
	}
	for _, tc := range tests {
		if got := Gender(tc.name); got != tc.want {
			t.Errorf("Gender(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestGivenNamesDisjoint checks that no name is listed for both genders.
func TestGivenNamesDisjoint(t *testing.T) {
	seen := map[string]string{}
	section := ""
	for _, l := range splitLines(givenNamesTxt) {
		switch l {
		case "[f]", "[m]":
			section = l
			continue
		}
		if section == "" {
			continue
		}
		for _, w := range fields(l) {
			if s, ok := seen[w]; ok && s != section {
				t.Errorf("%q listed as %s and %s", w, s, section)
			}
			seen[w] = section
		}
	}
	if len(seen) < 300 {
		t.Errorf("%d given names read, want at least 300", len(seen))
	}
}

func splitLines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func fields(s string) []string { return strings.Fields(s) }

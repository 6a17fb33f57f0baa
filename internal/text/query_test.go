package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		name string
		q    string
		want []string
	}{
		{"words", "oil spill", []string{"oil", "spill"}},
		{"phrases", `"oil spill" "spill clean-up"`, []string{"oil spill", "spill clean-up"}},
		{"mixed", `bp "oil  spill" gulf`, []string{"bp", "oil spill", "gulf"}},
		{"curly", "\u201coil spill\u201d rig", []string{"oil spill", "rig"}},
		{"operators", "oil OR spill AND NOT rig", []string{"oil", "spill", "rig"}},
		{"operator inside phrase", `"war OR peace"`, []string{"war OR peace"}},
		{"lowercase or is a word", "black or white", []string{"black", "or", "white"}},
		{"punctuation around", "(Putin), U.S.", []string{"Putin", "U.S"}},
		{"unclosed quote", `egypt "tahrir square`, []string{"egypt", "tahrir square"}},
		{"empty", ` "" , `, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, QueryTerms(tt.q)); diff != "" {
				t.Errorf("QueryTerms(%q) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func FuzzQueryTerms(f *testing.F) {
	for _, s := range []string{`"oil spill" rig`, "a OR b", "\u201cx", `""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, term := range QueryTerms(q) {
			if term == "" || term != strings.TrimSpace(term) {
				t.Fatalf("QueryTerms(%q) gave untrimmed or empty term %q", q, term)
			}
		}
	})
}

package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"honorific", "Mr. Putin", "Putin"},
		{"honorific without period", "Mr Putin", "Putin"},
		{"title", "President Putin", "Putin"},
		{"stacked titles", "former Sen. Ted Cruz", "Ted Cruz"},
		{"party tag", "Sen. Ted Cruz (R-Texas)", "Ted Cruz"},
		{"possessive", "Putin's", "Putin"},
		{"curly possessive", "Putin’s", "Putin"},
		{"title alone stays", "President", "President"},
		{"initial kept", "George W. Bush", "George W. Bush"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		name          string
		mention, full string
		want          bool
	}{
		{"surname", "Putin", "Vladimir Putin", true},
		{"titled surname", "President Putin", "Vladimir Putin", true},
		{"honorific", "Mr Putin", "Vladimir Vladimirovich Putin", true},
		{"same", "Vladimir Putin", "Vladimir Putin", true},
		{"other first name", "Bill Clinton", "Hillary Clinton", false},
		{"initial", "G. Bush", "George Bush", true},
		{"other surname", "Putin", "Vladimir Lenin", false},
		{"longer mention", "Vladimir Putin", "Putin", false},
		{"suffix must match", "Donald Trump", "Donald Trump Jr.", false},
		{"suffix matches", "Trump Jr.", "Donald Trump Jr.", true},
		{"family name first", "Ban", "Ban Ki-moon", true},
		{"family name first, titled", "Mr Ban", "Ban Ki-moon", true},
		{"given name of a family-first name", "Ki-moon", "Ban Ki-moon", false},
		{"hyphenated surname", "Bennett-Jones", "Owen Bennett-Jones", true},
		{"first part of a hyphenated surname", "Owen", "Owen Bennett-Jones", false},
		{"acronym", "NOAA", "National Oceanic and Atmospheric Administration", true},
		{"acronym of the first words only", "CDC", "Centers for Disease Control and Prevention", false},
		{"initials of a person's name", "JR", "Jane Roe", false},
		{"acronym in lower case", "noaa", "National Oceanic and Atmospheric Administration", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compatible(tt.mention, tt.full); got != tt.want {
				t.Errorf("Compatible(%q, %q) = %v, want %v", tt.mention, tt.full, got, tt.want)
			}
		})
	}
}

func TestResolverCanonical(t *testing.T) {
	var r Resolver
	for _, m := range []string{"Putin", "Mr Putin", "Vladimir Putin", "President Putin", "Hillary Clinton", "Bill Clinton"} {
		r.Add(m)
	}
	tests := []struct{ mention, want string }{
		{"Putin", "Vladimir Putin"},
		{"Mr Putin", "Vladimir Putin"},
		{"President Putin", "Vladimir Putin"},
		{"Vladimir Putin", "Vladimir Putin"},
		{"Bill Clinton", "Bill Clinton"},
		{"Mrs. Hillary Clinton", "Hillary Clinton"},
		{"Merkel", "Merkel"},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			if got := r.Canonical(tt.mention); got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.mention, got, tt.want)
			}
		})
	}
}

func TestAliasesAndMatcher(t *testing.T) {
	if diff := cmp.Diff([]string{"Vladimir Vladimirovich Putin", "Vladimir Putin", "Putin"}, Aliases("President Vladimir Vladimirovich Putin")); diff != "" {
		t.Errorf("Aliases (-want +got):\n%s", diff)
	}
	m := NewMatcher("Vladimir Putin")
	tests := []struct {
		text string
		want bool
	}{
		{"Mr Putin arrived.", true},
		{"President Putin's plane landed.", true},
		{"Vladimir Putin spoke.", true},
		{"Putinism is a word.", false},
		{"Rasputin was a monk.", false},
		{"Nobody came.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := m.Match(tt.text); got != tt.want {
				t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
	if !Same("Putin", "Vladimir Putin") || !Same("Vladimir Putin", "Mr. Putin") || Same("Bill Clinton", "Hillary Clinton") {
		t.Error("Same gives wrong answers")
	}
}

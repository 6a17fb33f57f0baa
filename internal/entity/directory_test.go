package entity

import (
	"slices"
	"testing"
)

func TestDirectoryCanonical(t *testing.T) {
	var d Directory
	for _, u := range []struct {
		name string
		n    int
	}{
		{"Vladimir Putin", 40}, {"Putin", 5}, {"President Vladimir Vladimirovich Putin", 1},
		{"Hillary Clinton", 30}, {"Bill Clinton", 12}, {"Clinton", 3},
		{"George W. Bush", 20}, {"George H. W. Bush", 2}, {"Bush", 4},
		{"Angela Merkel", 2}, {"Merkel", 9},
		{"Jean-Claude Juncker", 4}, {"Juncker", 3},
		{"Mr. Juncker", 1}, // same name as "Juncker": 4 uses in all
	} {
		d.Add(u.name, u.n)
	}
	tests := []struct{ name, want string }{
		{"Putin", "Vladimir Putin"},            // most used fuller form, not the fullest
		{"Mr Putin", "Vladimir Putin"},         // titles do not count
		{"Vladimir Putin", "Vladimir Putin"},   // rarer fuller form does not absorb it
		{"Clinton", "Clinton"},                 // two people
		{"Bill Clinton", "Bill Clinton"},       // nothing fuller
		{"George W. Bush", "George W. Bush"},   // the rarer compatible form stays apart
		{"Bush", "George W. Bush"},             // chain W. ⊂ H. W.: one person by compatibility, most used wins
		{"Merkel", "Merkel"},                   // the full name is used less than the surname
		{"Juncker", "Jean-Claude Juncker"},     // tie in uses (4): the fuller one
		{"Mr. Juncker", "Jean-Claude Juncker"}, // recorded under the same key as "Juncker"
		{"Macron", "Macron"},                   // unknown
		{"", ""},                               // not a name
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.Canonical(tt.name); got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	if got, want := d.Len(), 13; got != want {
		t.Errorf("Len() = %d, want %d (\"Mr. Juncker\" and \"Juncker\" are one name)", got, want)
	}
}

func TestDirectoryMatching(t *testing.T) {
	var d Directory
	d.Add("National Oceanic and Atmospheric Administration", 3)
	d.Add("Vladimir Putin", 2)
	d.Add("Putin", 1)
	tests := []struct {
		name string
		want []string
	}{
		{"NOAA", []string{"National Oceanic and Atmospheric Administration"}},
		{"Putin", []string{"Vladimir Putin", "Putin"}},
		{"Mr. Putin", []string{"Vladimir Putin", "Putin"}},
		{"Anna Smith", nil},
	}
	for _, tt := range tests {
		if got := d.Matching(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Matching(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDirectoryWholeWordsAdded pins that a fuller name adding whole words
// absorbs a name used up to twice as often, and a chain of names ends at
// the fullest, while one adding an initial stays apart.
func TestDirectoryWholeWordsAdded(t *testing.T) {
	var d Directory
	d.Add("Owen Dempsey", 14)
	d.Add("Owen John Dempsey", 13)
	d.Add("Dempsey", 2)
	d.Add("George W. Bush", 20)
	d.Add("George H. W. Bush", 12)
	d.Add("Ann Lee", 30)
	d.Add("Ann Mary Lee", 10)
	for _, tt := range []struct{ name, want string }{
		{"Owen Dempsey", "Owen John Dempsey"},
		{"Dempsey", "Owen John Dempsey"},
		{"George W. Bush", "George W. Bush"},
		{"Ann Lee", "Ann Lee"}, // used three times as often
	} {
		if got := d.Canonical(tt.name); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

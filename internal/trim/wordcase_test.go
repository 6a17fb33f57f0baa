package trim

import "testing"

func TestWordCaseCommon(t *testing.T) {
	var wc WordCase
	for range 10 {
		wc.Observe("Teams began the rescue of the crew in Lowen on Monday .")
	}
	wc.Observe("The crew thanked Rescue services in Lowen .") // capitalised once after a lower-case word
	for range 4 {
		wc.Observe("Teams said the delay was over .")
	}
	wc.Observe("Officials said Delay was a concern .")
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Rescue", true},   // lower case ten times, capitalised once
		{"delay", false},   // lower case four times: too little evidence
		{"rescue", true},   // any case asks the same
		{"Lowen", false},   // never in lower case
		{"Teams", false},   // only ever a line's first word
		{"crew", true},     // eleven times in lower case
		{"Monday", false},  // a name
		{"unknown", false}, // never seen
	} {
		if got := wc.Common(tt.w); got != tt.want {
			t.Errorf("Common(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	var zero *WordCase
	if zero.Common("rescue") {
		t.Error("nil WordCase: Common = true")
	}
}

func TestWordCaseNamesStayNames(t *testing.T) {
	// A word the text capitalises after lower-case words as often as it
	// writes it in lower case is no common word.
	var wc WordCase
	for range 5 {
		wc.Observe("Crews cleared the harbour before dawn .")
		wc.Observe("The ferry sailed for Harbour Point at dawn .")
	}
	if wc.Common("Harbour") {
		t.Error("Common(Harbour) = true for a word capitalised half the time")
	}
}

func TestLeadStartIn(t *testing.T) {
	var wc WordCase
	for range 5 {
		wc.Observe("Teams began the rescue of the crew , and medical help reached the harbour .")
	}
	tests := []struct {
		name, in, lead string
	}{
		{"lead opening on a common word", "Survivors found in harbour rubble Rescue teams searching the harbour are still finding people alive .",
			"Rescue teams searching the harbour are still finding people alive ."},
		{"standfirst and lead", "Misery in harbour hospital Medical help is slowly reaching the injured , but many still wait .",
			"Medical help is slowly reaching the injured , but many still wait ."},
		{"name after a lower-case word", "Survivors were found in Lowen rubble and taken to hospital on Monday night .", ""},
		{"common word after a possessive", "The council praised its Rescue teams for the work in the harbour on Monday night .", ""},
		{"common word before a name", "Survivors said that Rescue Lowen had found them in the harbour on Monday .", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			off := LeadStartIn(tt.in, &wc)
			got := ""
			if off > 0 {
				got = tt.in[off:]
			}
			if got != tt.lead {
				t.Errorf("LeadStartIn(%q) lead = %q, want %q", tt.in, got, tt.lead)
			}
			if LeadStart(tt.in) != 0 {
				t.Errorf("LeadStart(%q) finds a lead without word cases", tt.in)
			}
		})
	}
}

func BenchmarkWordCaseObserve(b *testing.B) {
	line := "Teams began the rescue of the crew in Lowen on Monday , and Medical help reached the harbour ."
	var wc WordCase
	for b.Loop() {
		wc.Observe(line)
	}
}

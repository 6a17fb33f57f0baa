package quote

// This file holds the tests of naming cues ("called him a "liar"") and of
// naming participles ("a show called "..."") that are no cue.

import "testing"

// TestNamingCueExtent pins the content of a naming cue: it runs to the end
// of its clause unless its quotation closes on its own punctuation; "called
// for" is a demand, not a name; a finite naming verb is a cue, also with an
// indefinite subject ("A spokesman called Reyes a liar").
func TestNamingCueExtent(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "a name that goes on after its quotation",
			text:    `Tom Smith called the mayor a "reckless gambler" for betting the budget on a casino.`,
			in:      "reckless gambler",
			source:  "Tom Smith",
			content: []string{`the mayor a "reckless gambler" for betting the budget on a casino`},
		},
		{
			name:    "a name that closes on its own comma ends there",
			text:    `Tom Smith called the plan "a gamble," a jab at his rivals.`,
			in:      "gamble",
			source:  "Tom Smith",
			content: []string{`the plan "a gamble,"`},
		},
		{
			name:    "call for is a demand, not a name",
			text:    `She called for more "flexibility" for local schools to hire teachers.`,
			in:      "flexibility",
			source:  "She",
			content: []string{`more "flexibility" for local schools to hire teachers`},
		},
		{
			name:    "called as a naming verb of its subject",
			text:    "A spokesman called Reyes a liar.",
			in:      "liar",
			source:  "A spokesman",
			content: []string{"Reyes a liar"},
		},
		{
			name:   "a finite naming verb is a cue",
			text:   "The group has dubbed the plan \"a raid on savings\" in its ads.",
			in:     "a raid on savings",
			source: "The group",
		},
		{
			name:   "indefinite subject calling someone something keeps its cue",
			text:   "A neighbour called Smith a liar on Monday.",
			in:     "liar",
			source: "A neighbour",
			verb:   "called",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNamingParticipleIsNoCue pins that a naming participle after a noun
// ("a charity called Open Doors", "a show called "Runners"") names a thing
// and reports nothing, also after an indefinite subject before a comma or a
// finite verb, and that a quoted term after a determiner and a participle
// ("the loaded term, "deep state,"") has no speaker; a participle-like
// adjective before a subject ("The embattled mayor says") stays in the
// speaker.
func TestNamingParticipleIsNoCue(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "a charity called",
			text:   "She now helps run a charity called Open Doors in the valley.",
			in:     "Open Doors",
			absent: true,
		},
		{
			name:   "participle after a noun after a preposition",
			text:   "The film is an adaptation of a show called \"Runners,\" written by a local troupe, that mocks bankers.",
			in:     "Runners",
			absent: true,
		},
		{
			name:   "noun after a determiner and a participle",
			text:   "She also maneuvered around the loaded term, \"deep state,\" which critics want leaders to use.",
			in:     "deep state",
			absent: true,
		},
		{
			name:   "naming participle after an indefinite subject",
			text:   "A local charity called Open Doors, run by two nurses, is raising money for the clinic.",
			in:     "Open Doors",
			absent: true,
		},
		{
			name:   "naming participle before a finite verb",
			text:   "A brass band called Tin Roof played until midnight.",
			in:     "Tin Roof",
			absent: true,
		},
		{
			name:    "participle-like adjective before a subject stays in the speaker",
			text:    "The embattled mayor says he will not resign.",
			in:      "will not resign",
			source:  "The embattled mayor",
			content: []string{"he will not resign"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNamingVerbOrSpeechNoun pins that a cue word spelt like a speech noun
// ends its reported clause at the quotation only when it is a noun ("the
// mayor's claims that ... "unsafe""), not when it is a naming verb right
// after its subject ("Jane Roe calls the new pier "a gift" for ..."), which
// keeps the rest of its clause as a past naming verb does; none of these is
// direct speech.
func TestNamingVerbOrSpeechNoun(t *testing.T) {
	tests := []contentCase{
		{
			name:    "present naming verb keeps the rest of its clause",
			text:    `Jane Roe calls the new pier "a gift" for the fishing fleet.`,
			in:      "a gift",
			content: []string{`the new pier "a gift" for the fishing fleet`},
			source:  "Jane Roe",
		},
		{
			name:    "past naming verb keeps the rest of its clause",
			text:    `The harbour master called the new pier "a gift" for the fishing fleet.`,
			in:      "a gift",
			content: []string{`the new pier "a gift" for the fishing fleet`},
			source:  "The harbour master",
		},
		{
			name:    "a speech noun ends with its quotation",
			text:    `The council rejected the mayor's claims that the pier was "unsafe" in a long meeting.`,
			in:      "unsafe",
			content: []string{`the pier was "unsafe"`},
			source:  "*",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

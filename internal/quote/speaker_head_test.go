package quote

// This file holds the tests of speakers whose head is no single name:
// plural nouns, coordinated subjects, quantity words and "the" with a
// number word.

import "testing"

// TestPluralSubjects pins that a plural head speaks before a reporting
// verb: with a prepositional phrase ("Supporters of higher tolls say"),
// opening the sentence ("Brick makers argue"), after an opening conjunction
// or phrase ("But local farmers insist"), and before a base verb form ("Her
// neighbours say"). A plural before a verb that reports nothing, or a
// singular noun before a base form ("a snappy retort and left"), is no
// speaker.
func TestPluralSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "lower-case head with a prepositional phrase",
			text:    "Supporters of higher tolls say there is no other source of funds.",
			in:      "no other source",
			source:  "Supporters of higher tolls",
			content: []string{"there is no other source of funds"},
		},
		{
			name:    "plural head opening the sentence",
			text:    "Brick makers argue that the new rules will close small dairies.",
			in:      "close small dairies",
			source:  "Brick makers",
			content: []string{"the new rules will close small dairies"},
		},
		{
			name:    "plural head after an opening conjunction",
			text:    "But local farmers insist the new canal will flood their fields.",
			in:      "canal will flood",
			source:  "local farmers",
			verb:    "insist",
			content: []string{"the new canal will flood their fields"},
		},
		{
			name:    "plural head after an opening phrase and a comma",
			text:    "Despite the delays, rail engineers say the tunnel will open in May.",
			in:      "tunnel will open",
			source:  "rail engineers",
			verb:    "say",
			content: []string{"the tunnel will open in May"},
		},
		{
			name:   "plural head after a comma with no reporting verb",
			text:   "Despite the delays, rail engineers built the tunnel in May.",
			in:     "tunnel",
			absent: true,
		},
		{
			name:    "plural noun before a base verb",
			text:    "Her neighbours say that the dam leaks every spring.",
			in:      "dam leaks",
			source:  "Her neighbours",
			content: []string{"the dam leaks every spring"},
		},
		{
			name:   "singular noun before a base form stays a noun",
			text:   "He gave a snappy retort and left the room early.",
			in:     "left the room",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestCoordinatedSubjects pins that coordinated subjects speak together
// ("Reyes and Okafor stressed", "Farmers, millers and bakers say"), also
// with a floating "both" or "all" between them and the verb.
func TestCoordinatedSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "two names coordinated",
			text:    "Reyes and Okafor stressed that the ferry would keep running.",
			in:      "ferry would",
			source:  "Reyes and Okafor",
			content: []string{"the ferry would keep running"},
		},
		{
			name:    "list of bare plurals",
			text:    "Farmers, millers and bakers say the new tariff will raise bread prices.",
			in:      "tariff",
			source:  "Farmers, millers and bakers",
			content: []string{"the new tariff will raise bread prices"},
		},
		{
			name:    "floating both",
			text:    "Later, Reyes and Okafor both argued that the bridge needed repairs.",
			in:      "bridge needed",
			source:  "Reyes and Okafor",
			content: []string{"the bridge needed repairs"},
		},
		{
			name:    "floating all after a plural",
			text:    "The harbour pilots all agree that the channel is too shallow.",
			in:      "channel",
			source:  "The harbour pilots",
			content: []string{"the channel is too shallow"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestQuantifierSubjects pins that a quantity word or a standalone
// determiner is the speaker of a verb that takes a clause ("Several said",
// "Many fear", "Few believe that", "Most think the ..."), but not before a
// noun use of a verb form ("some worry").
func TestQuantifierSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "standalone determiner reports a clause",
			text:   `The council members met on Monday. Several said they would prefer that the county handle the roads.`,
			in:     "county handle the roads",
			source: "Several",
		},
		{
			name:    "quantity word before a verb of thought",
			text:    "Many fear Okafor will close the mill before winter.",
			in:      "close the mill",
			source:  "Many",
			content: []string{"Okafor will close the mill before winter"},
		},
		{
			name:    "few with that",
			text:    "Few believe that the ferry will keep running next winter.",
			in:      "ferry will keep",
			source:  "Few",
			verb:    "believe",
			content: []string{"the ferry will keep running next winter"},
		},
		{
			name:    "most with a determiner opening the clause",
			text:    "Most think the harbour toll is far too high.",
			in:      "harbour toll",
			source:  "Most",
			verb:    "think",
			content: []string{"the harbour toll is far too high"},
		},
		{
			name:   "quantifier before a noun use of the verb form",
			text:   "The results caused some worry in the village hall.",
			in:     "village hall",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNumberWordSpeakers pins that "the" and a number word stand alone as a
// plural speaker before a past or base verb form, after a quotation or
// before a clause ("the two write", "The two argue"), while before an -s
// form the number modifies a noun that speaks ("the two reports say").
func TestNumberWordSpeakers(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "after the quotation, present tense",
			text:   `The harbour board met twice. “We cannot find a reason to close the pier,” the two write.`,
			in:     "reason to close",
			source: "the two",
			verb:   "write",
		},
		{
			name:   "after the quotation, past tense",
			text:   `"The ferry will keep running until May," the three said on Monday.`,
			in:     "ferry will keep",
			source: "the three",
			verb:   "said",
		},
		{
			name:   "before a reported clause holding a quotation",
			text:   `The two argue that the levy is "a tax on fishermen."`,
			in:     "tax on fishermen",
			source: "The two",
			verb:   "argue",
		},
		{
			name:   "a number word before a noun is no speaker by itself",
			text:   `"The tide tables are wrong again," the two reports say.`,
			in:     "tide tables",
			source: "the two reports",
			verb:   "say",
		},
		{
			name:   "a plain determiner and a noun still speak",
			text:   `"The pier must stay open all winter," the pair said.`,
			in:     "pier must stay",
			source: "the pair",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNumberWordBeforeNounIsNoCue pins that a number word after "the"
// keeps reading as a modifier before a noun that is also a verb form
// ("the two claims"), so that form is no cue.
func TestNumberWordBeforeNounIsNoCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		verb string // no attribution may have this cue
	}{
		{
			name: "the two claims",
			text: `Officials rejected the two claims that the pier was "unsafe for boats."`,
			verb: "claims",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, a := range Extract(tc.text) {
				if a.Verb == tc.verb {
					t.Fatalf("Extract(%q): %q read as a cue: %+v", tc.text, a.Verb, a)
				}
			}
		})
	}
}

// TestNumberWordBeforeNounReading pins the reading of the sentences of
// TestNumberWordBeforeNounIsNoCue: the verb before the noun phrase is the
// cue, and the whole phrase is what it reports.
func TestNumberWordBeforeNounReading(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "the two claims are what was rejected",
			text:    `Officials rejected the two claims that the pier was "unsafe for boats."`,
			in:      "two claims",
			source:  "Officials",
			verb:    "rejected",
			content: []string{`the two claims that the pier was "unsafe for boats."`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

import "testing"

// TestRound13Rules covers the rules of round 13, on reported speech: the
// clause after "that" keeps its opening adverb and may open on a
// demonstrative subject; coordinated subjects and floating quantifiers; a
// bare noun phrase before a past verb as a reported clause; a plural noun
// before a base verb form; a quantity word before a verb of thought;
// stance adjectives after "be"; "made no secret of"; and possessed speech
// nouns before "that" and attack nouns before their target.
func TestRound13Rules(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "adverb opening the clause after that",
			text:    "The engineer noted that even in dry summers, the reservoir stayed full.",
			in:      "reservoir stayed",
			source:  "The engineer",
			content: []string{"even in dry summers, the reservoir stayed full"},
		},
		{
			name:    "demonstrative that as the clause's subject",
			text:    "Two surveyors said that is far too costly for the village.",
			in:      "too costly",
			source:  "Two surveyors",
			content: []string{"that is far too costly for the village"},
		},
		{
			name:    "that that",
			text:    "Aino Reyes has denied that that was ever the plan.",
			in:      "ever the plan",
			source:  "Aino Reyes",
			content: []string{"that was ever the plan"},
		},
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
		{
			name:    "bare plural before a past verb",
			text:    "Okafor says thousands lost their savings when the bank closed.",
			in:      "lost their savings",
			source:  "Okafor",
			content: []string{"thousands lost their savings when the bank closed"},
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
		{
			name:    "quantity word before a verb of thought",
			text:    "Many fear Okafor will close the mill before winter.",
			in:      "close the mill",
			source:  "Many",
			content: []string{"Okafor will close the mill before winter"},
		},
		{
			name:    "stance adjective with that",
			text:    "Aino Reyes was adamant that the school would reopen in May.",
			in:      "school would reopen",
			source:  "Aino Reyes",
			verb:    "was adamant",
			content: []string{"the school would reopen in May"},
		},
		{
			name:    "stance adjective with of after an adverb",
			text:    "The guild has been openly critical of the new licensing rules.",
			in:      "licensing rules",
			source:  "The guild",
			content: []string{"the new licensing rules"},
		},
		{
			name:   "impersonal it is no stance",
			text:   "It is certain that the fair will move to the east field.",
			in:     "fair will move",
			absent: true,
		},
		{
			name:    "made no secret of",
			text:    "Okafor made no secret of his dislike for the new timetable.",
			in:      "dislike",
			source:  "Okafor",
			verb:    "made no secret of",
			content: []string{"his dislike for the new timetable"},
		},
		{
			name:    "possessed speech noun before that",
			text:    "Her insistence that the well was clean drew a sharp reply from the council.",
			in:      "well was clean",
			source:  "Her",
			content: []string{"the well was clean"},
		},
		{
			name:    "attack noun before its target",
			text:    "Reyes's criticism of the harbour fees won her many votes.",
			in:      "harbour fees",
			source:  "Reyes's",
			content: []string{"the harbour fees"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

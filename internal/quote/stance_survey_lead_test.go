package quote

import "testing"

// TestStanceVerbsSurveysLeads covers stance verbs that report through
// their object or an infinitive, polls as sources, and the words before a
// parenthetical cue.
func TestStanceVerbsSurveysLeads(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "stance verb reports its object",
			text:    `The governor defended his decision to close the bridge for repairs.`,
			in:      "his decision",
			source:  "The governor",
			verb:    "defended",
			content: []string{"his decision to close the bridge for repairs"},
		},
		{
			name:    "refusal reports its infinitive",
			text:    `The company declined to comment on the lawsuit filed last week.`,
			in:      "comment",
			source:  "The company",
			verb:    "declined",
			content: []string{"to comment on the lawsuit filed last week"},
		},
		{
			name:   "stance verb opens a quotation after a colon",
			text:   `The mayor rejected the idea outright: "We will not raise fares this year."`,
			in:     "raise fares",
			source: "The mayor",
		},
		{
			name:    "relative clause content ends at its closing comma",
			text:    `The coach, who declined to comment on the trade, said the team "will be fine."`,
			in:      "comment",
			source:  "who",
			verb:    "declined",
			content: []string{"to comment on the trade"},
		},
		{
			name:   "referring to names what was said",
			text:   `The candidate referred to the rival plan as "a recipe for disaster" during the debate.`,
			in:     "recipe for disaster",
			source: "The candidate",
			verb:   "referred",
		},
		{
			name:    "poll opening the sentence is the source of a share's statement",
			text:    `In a new statewide poll released Monday, 62 percent of farmers said the winter would be "a hard one."`,
			in:      "hard one",
			source:  "a new statewide poll released Monday",
			verb:    "In",
			content: []string{`62 percent of farmers said the winter would be "a hard one."`},
		},
		{
			name:   "poll with a participle detail keeps it",
			text:   `In the latest county survey, conducted in March, the mayor led her rival by nine points.`,
			in:     "nine points",
			source: "the latest county survey, conducted in March",
		},
		{
			name:   "poll gives way to a named speaker in its sentence",
			text:   `In an online poll of 500 voters, the research firm found that turnout would fall sharply.`,
			in:     "turnout would fall",
			source: "the research firm",
			verb:   "found",
		},
		{
			name:    "words before a parenthetical cue start what was said",
			text:    `Repair estimates, she added, were "based on an old model."`,
			in:      "old model",
			source:  "she",
			content: []string{"Repair estimates", `were "based on an old model.`},
		},
		{
			name:    "clause before a parenthetical cue with detail",
			text:    `The records show, he said in an interview, that "the two offices worked hand in hand."`,
			in:      "hand in hand",
			source:  "he",
			content: []string{"The records show", `that "the two offices worked hand in hand."`},
		},
		{
			name:    "opening phrase before a parenthetical cue is not said",
			text:    `In a statement on Friday, the senator said, "We owe the families an answer."`,
			in:      "families an answer",
			source:  "the senator",
			content: []string{"We owe the families an answer."},
		},
		{
			name:    "answer to a question before a parenthetical cue is not said",
			text:    `Asked about the delay, the minister said, "It will be fixed by June."`,
			in:      "fixed by June",
			source:  "the minister",
			content: []string{"It will be fixed by June."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

import "testing"

// TestSetOffQuotesPrecedingCuesSubordinateSubjects covers quotations set
// off from the words before them by a colon, parenthesis or dash, a cue
// introducing a quotation winning over a trailing one, prepositional
// phrases between a cue and "that", and participles performed by the
// subject of a simultaneous subordinate clause.
func TestSetOffQuotesPrecedingCuesSubordinateSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "colon sets the quotation off from the sentence",
			text:    `The old mayor listed the rules his family had always followed: "Manners were simply assumed," he said.`,
			in:      "Manners",
			source:  "he",
			content: []string{"Manners were simply assumed"},
		},
		{
			name:    "parenthesis sets the quotation off",
			text:    `The decision drew protests from the members ("We want our money back," one retiree wrote in a letter).`,
			in:      "money back",
			source:  "one retiree",
			content: []string{"We want our money back"},
		},
		{
			name:    "dash sets the quotation off",
			text:    `The senator compared the governor to a dictator - "He would have admired Franco," the senator said.`,
			in:      "Franco",
			source:  "the senator",
			content: []string{"He would have admired Franco"},
		},
		{
			name:    "words running into the quotation stay reported",
			text:    `The new rules are "a disaster for farmers," the minister said.`,
			in:      "farmers",
			source:  "the minister",
			content: []string{`The new rules are "a disaster for farmers,"`},
		},
		{
			name:   "cue with a comma before the quotation wins over the one after",
			text:   `Smith, a retired judge, warned, "This will not end well," Jones told reporters.`,
			in:     "end well",
			source: "Smith, a retired judge,",
			verb:   "warned",
		},
		{
			name:   "trailing cue kept when no cue introduces the quotation",
			text:   `After a long pause, "This will not end well," Jones told reporters.`,
			in:     "end well",
			source: "Jones",
		},
		{
			name:    "finite cue drops the phrase before that",
			text:    `The mayor insisted in Dover that the plan was "dead on arrival" for the city.`,
			in:      "dead on arrival",
			source:  "The mayor",
			content: []string{`the plan was "dead on arrival" for the city`},
		},
		{
			name:    "prepositional phrase before that is no part of the report",
			text:    `The lawyer wrote in a court filing that the demand was "pointless," because the records were gone.`,
			in:      "pointless",
			source:  "The lawyer",
			content: []string{`the demand was "pointless,"`},
		},
		{
			name:    "phrase after an -ing cue is dropped before that",
			text:    `The mayor was insisting in Dover that the plan was "dead on arrival" for the city.`,
			in:      "dead on arrival",
			source:  "The mayor",
			content: []string{`the plan was "dead on arrival" for the city`},
		},
		{
			name:   "participle after an as clause is done by its subject",
			text:   `The governor, a close ally of the mayor, acknowledged some errors even as he defended the staff, saying, "Most of the report is wrong."`,
			in:     "Most of the report",
			source: "he",
		},
		{
			name:   "participle after a when clause is done by its subject",
			text:   `She laughed at the debate when the candidate closed with a joke, remarking, "May the best one win."`,
			in:     "best one",
			source: "the candidate",
		},
		{
			name:   "participle after an after clause keeps the main subject",
			text:   `The senator apologized for the letters after they came out, saying they were "old and foolish."`,
			in:     "old and foolish",
			source: "The senator",
		},
		{
			name:   "reported clause after the main verb keeps the main subject",
			text:   `The senator said that as he left the hall, saying goodbye, "the city was in good hands."`,
			in:     "good hands",
			source: "The senator",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

package quote

import "testing"

// TestRound9Rules covers the rules of round 9: "that" opening a clause in
// a subject, a verb-first cue before "as", a bare cue up to its sentence
// end, a standalone determiner in reported speech, irregular past forms in
// coordinated cues, headings in capitals, naming cues that go on after
// their quotation, a second "that" clause after a quotation, and links to
// gerunds in speaker phrases.
func TestRound9Rules(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "subject after a reporting verb and that gives way to the outer cue",
			text:   `When Jane Roe noted that Tom Smith refers to the levy as "a fair share," the room went quiet.`,
			in:     "fair share",
			source: "Jane Roe",
		},
		{
			name:   "verb after that with no reporting verb before keeps its subject",
			text:   `The hall grew so loud that Ann Lee, a council member, shouted, "Order, please, order in this room!"`,
			in:     "Order, please",
			source: "Ann Lee, a council member,",
		},
		{
			name:   "result clause subject without a determiner",
			text:   `Leaks were so common in the old building that workers described the roof as "a colander."`,
			in:     "colander",
			source: "workers",
		},
		{
			name:   "verb-first cue before as has an object, not a speaker",
			text:   `Lena Ford, who says her costs were "far too high," described the whole ordeal as painful.`,
			in:     "far too high",
			source: "who",
		},
		{
			name:   "a cue after a quotation closed on a stop reports the next quotation of its sentence",
			text:   `Ann Lee called the mayor a "coward." Tom Smith said the mayor "did what he had to do."`,
			in:     "coward",
			source: "Ann Lee",
		},
		{
			name:   "standalone determiner reports a clause",
			text:   `The council members met on Monday. Several said they would prefer that the county handle the roads.`,
			in:     "county handle the roads",
			source: "Several",
		},
		{
			name:   "irregular past before a coordinated cue",
			text:   `Asked whether she would run again, Mary Stone shook her head and said, "Never again."`,
			in:     "Never again",
			source: "Mary Stone",
		},
		{
			name:   "heading in capitals names the quoted story",
			text:   "MORNING NEWS.\n\nSTORM FLOODS THE VALLEY “The water rose faster than anyone in town had expected it to.” [Local Times.]",
			in:     "water rose faster",
			source: "STORM FLOODS THE VALLEY",
			verb:   "",
		},
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
			name:    "and that after a quotation continues the reported clause",
			text:    `Tom Smith said that his uncle "could be harsh," and that the family had struggled with it.`,
			in:      "could be harsh",
			source:  "Tom Smith",
			content: []string{`his uncle "could be harsh," and that the family had struggled with it`},
		},
		{
			name:   "a link to a gerund joins no speaker phrase",
			text:   `Ann Lee has praised the board and accused the mayor of making empty promises by using the phrase "a new dawn" in every speech.`,
			in:     "new dawn",
			source: "Ann Lee",
			verb:   "accused",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestCapsHeadingNeedsThreeWords checks that a short capitalised lead is
// no heading.
func TestCapsHeadingNeedsThreeWords(t *testing.T) {
	sourceCase{
		name:   "two capitalised words are no heading",
		text:   "UPDATE NOW “The water rose faster than anyone in town had expected it to.”",
		in:     "water rose faster",
		source: "",
	}.run(t)
}

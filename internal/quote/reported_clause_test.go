package quote

// This file holds the tests of where a reported clause starts and ends
// (indirect.go).

import "testing"

// TestReportedClauseSubject pins the subjects a bare reported clause may
// open on: a contracted pronoun ("she'll"), a pronoun of quantity ("none
// of"), a lower-case noun phrase up to its auxiliary, a bare plural before
// a past verb, and a gerund phrase followed by a finite verb. Lower-case
// words with no verb after them, a gerund with no finite verb, and a
// preposition ending in -ing ("during") open no clause.
func TestReportedClauseSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "contracted pronoun opens the clause",
			text:    "Ada Kestrel said she’ll leave the insults to the others.",
			in:      "leave the insults",
			source:  "Ada Kestrel",
			content: []string{"she’ll leave the insults to the others"},
		},
		{
			name:    "pronoun of quantity opens the clause",
			text:    "The clerk said none of the other names were printed on the ballots.",
			in:      "none of the other",
			source:  "The clerk",
			content: []string{"none of the other names were printed on the ballots"},
		},
		{
			name:    "lower-case noun phrase up to its auxiliary",
			text:    "He said members of the water board should not weigh in on the vote.",
			in:      "members of the water board",
			source:  "He",
			content: []string{"members of the water board should not weigh in on the vote"},
		},
		{
			name:    "adjective and noun up to the auxiliary",
			text:    "Tom Hale said economic stagnation is the source of the anger.",
			in:      "economic stagnation",
			source:  "Tom Hale",
			content: []string{"economic stagnation is the source of the anger"},
		},
		{
			name:   "lower-case words without a verb after them are no clause",
			text:   "He said yesterday afternoon in town.",
			in:     "afternoon",
			absent: true,
		},
		{
			name:    "bare plural before a past verb",
			text:    "Okafor says thousands lost their savings when the bank closed.",
			in:      "lost their savings",
			source:  "Okafor",
			content: []string{"thousands lost their savings when the bank closed"},
		},
		{
			name:    "gerund phrase subject with a finite verb after it",
			text:    "The coach said winning the cup was the best moment of his career.",
			in:      "winning the cup",
			source:  "The coach",
			verb:    "said",
			content: []string{"winning the cup was the best moment of his career"},
		},
		{
			name:   "no gerund clause without a finite verb",
			text:   "The coach said nothing about winning the cup.",
			in:     "winning",
			absent: true,
		},
		{
			name:   "preposition ending in -ing is no gerund",
			text:   "The coach said during the final that the team was tired.",
			in:     "team was tired",
			source: "The coach",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestThatClauseOpening pins where the clause after "that" opens and what
// may stand between the cue and "that": an adverb opening the clause stays
// in it, "that" followed by an auxiliary is the clause's subject ("said
// that is", "denied that that was"), a prepositional phrase after "that"
// stays in it, and an addressee, a time or adverbs set off by commas may
// come before "that". A "by" phrase right after a passive cue is an agent,
// not a clause.
func TestThatClauseOpening(t *testing.T) {
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
			name:    "addressee and time before that",
			text:    "Mira Toll told the Gazette last spring that she would stay on the board.",
			in:      "stay on the board",
			source:  "Mira Toll",
			content: []string{"she would stay on the board"},
		},
		{
			name:    "adverbs between commas before that",
			text:    "He admitted, somewhat sheepishly, that the ferry had never been inspected.",
			in:      "ferry had never",
			source:  "He",
			content: []string{"the ferry had never been inspected"},
		},
		{
			name:    "long ago before that",
			text:    "The planners recognized long ago that the canal would silt up.",
			in:      "canal would silt",
			source:  "The planners",
			content: []string{"the canal would silt up"},
		},
		{
			name:    "to and an addressee before that",
			text:    "Ola Brandt complained to the town's auditor that the fees were unfair.",
			in:      "fees were unfair",
			source:  "Ola Brandt",
			content: []string{"the fees were unfair"},
		},
		{
			name:    "that and a by-phrase",
			text:    "Residents argue that by closing the bridge, the council is cutting the village off.",
			in:      "closing the bridge",
			source:  "Residents",
			verb:    "argue",
			content: []string{"by closing the bridge, the council is cutting the village off"},
		},
		{
			name:    "that, a comma and a prepositional phrase",
			text:    "The mayor said that, by next spring, the ferry would run again.",
			in:      "ferry would run",
			source:  "The mayor",
			content: []string{"by next spring, the ferry would run again"},
		},
		{
			name:   "agent phrase after a passive cue is no clause",
			text:   "The plan announced yesterday by the minister was welcomed.",
			in:     "the minister",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestReportedClauseStopsAtNarrator pins that a reported clause ends before
// ", but" or ", and" followed by a clause of the narrator's own (a new
// subject with its verb, or a second speaker's report after a comma), but
// goes on over a verb of the same subject, a list of clauses, a coordinated
// part with no verb of its own, and ", and that" after a quotation.
func TestReportedClauseStopsAtNarrator(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "reported clause ends before but",
			text:    "Lena Fors said the budget was balanced, but the council voted it down.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced"},
		},
		{
			name:    "but before a verb of the same subject goes on",
			text:    "Lena Fors said a crack was no sign of collapse, but should never be ignored.",
			in:      "no sign of collapse",
			source:  "Lena Fors",
			content: []string{"a crack was no sign of collapse, but should never be ignored"},
		},
		{
			name:    "reported clause ends before and with a new subject",
			text:    "Lena Fors said the budget was balanced, and she left the hall.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced"},
		},
		{
			name:    "list with and goes on",
			text:    "Lena Fors said the budget was balanced, the roads were mended, and the school was open.",
			in:      "budget was balanced",
			source:  "Lena Fors",
			content: []string{"the budget was balanced, the roads were mended, and the school was open"},
		},
		{
			name:    "reported clause ends before a coordinated clause",
			text:    "Parents said the vote was unfair, and the school board rejected their request.",
			in:      "vote was unfair",
			source:  "Parents",
			content: []string{"the vote was unfair"},
		},
		{
			name:    "a coordinated clause with no verb of its own stays in the clause",
			text:    "Parents said the vote was unfair, and the fees too high.",
			in:      "vote was unfair",
			source:  "Parents",
			content: []string{"the vote was unfair, and the fees too high"},
		},
		{
			name:   "a second report after a comma stays apart",
			text:   "Smith said the vote was close, Jones said it was \"a landslide.\"",
			in:     "a landslide",
			source: "Jones",
		},
		{
			name:    "and that after a quotation continues the reported clause",
			text:    `Tom Smith said that his uncle "could be harsh," and that the family had struggled with it.`,
			in:      "could be harsh",
			source:  "Tom Smith",
			content: []string{`his uncle "could be harsh," and that the family had struggled with it`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestSubordinateClauseOpening pins that a reported clause opening on a
// subordinate clause ("if elected", "although ...", "even if ..."), after
// "that" or not, goes on past the comma closing it, so the main clause's
// quotation belongs to the outer report.
func TestSubordinateClauseOpening(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "reported clause opening on if",
			text:   "She said, if elected, she would ask the mayor to lead a \"clean water\" initiative.",
			in:     "clean water",
			source: "She",
			verb:   "said",
		},
		{
			name:   "that clause opening on although",
			text:   "Garcia noted that although the problem is old, he wrote his first report on it \"years before anyone listened.\"",
			in:     "years before anyone",
			source: "Garcia",
			verb:   "noted",
		},
		{
			name:   "that clause opening on even if",
			text:   "The coach said that even if the team loses, he will keep \"every single starter\" next season.",
			in:     "every single starter",
			source: "The coach",
			verb:   "said",
		},
		{
			name:   "subordinate clause between the cue and that",
			text:   `The coach said, although it rained, that the match was "a triumph" for the club.`,
			in:     "a triumph",
			source: "The coach",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestConcessiveClauseQuotation pins that a concessive or causal clause
// ("..., although she ...", "even though he ...", ", because he ...") with
// its own subject pronoun and verb and a quotation is that pronoun's
// report, ending the main clause's report before it. A "because" inside a
// reported clause, a noun subject with a cue of its own and a plain
// coordinated report keep their cue.
func TestConcessiveClauseQuotation(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "although with made it clear",
			text:   `The mayor signed the budget, although she made it clear that she has "deep worries" about the cuts.`,
			in:     "deep worries",
			source: "she",
		},
		{
			name:    "main clause keeps its object",
			text:    `The mayor endorsed the budget, although she made it clear that she has "deep worries" about the cuts.`,
			in:      "the budget",
			source:  "The mayor",
			verb:    "endorsed",
			content: []string{"the budget"},
		},
		{
			name:   "even though without a comma",
			text:   `The inspector closed the case on Monday even though he found "plenty of problems" in the records.`,
			in:     "plenty of problems",
			source: "he",
			verb:   "found",
		},
		{
			name:   "because after a comma with a trailing dash",
			text:   `In 2009, he opposed the merger, because he thought it "risks ruining the town" - a view he later dropped.`,
			in:     "ruining the town",
			source: "he",
			verb:   "thought",
		},
		{
			name:   "because inside a reported clause stays in it",
			text:   `The mayor said the plan failed because it "ignored the harbour" entirely.`,
			in:     "ignored the harbour",
			source: "The mayor",
			verb:   "said",
		},
		{
			name:   "noun subject after although speaks through its own cue",
			text:   `The mayor signed the budget, although the council called it "a bad deal" for the town.`,
			in:     "a bad deal",
			source: "the council",
			verb:   "called",
		},
		{
			name:   "a coordinated report keeps the main subject",
			text:   `The mayor signed the budget and said it was "a bad deal" for the town.`,
			in:     "a bad deal",
			source: "The mayor",
			verb:   "said",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

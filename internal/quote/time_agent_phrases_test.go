package quote

import "testing"

// TestTimeAndAgentPhrases covers a phrase of time between a cue and what
// it reports ("saying on Thursday he ...", "reports on Monday that ..."),
// a work named with its participle, time and authors before the verb
// ("a poll released on Sunday by X shows", "A study by X and Y found"),
// "concerns" and "worries" as nobody's fears, and the end of a noun's
// "that" clause at the next full verb ("that managers lied was denied").
func TestTimeAndAgentPhrases(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "-ing cue, time phrase, bare clause",
			text:    "The minister issued a statement saying on Thursday he viewed the deal as fair.",
			in:      "viewed the deal",
			source:  "The minister",
			content: []string{"he viewed the deal as fair"},
		},
		{
			name:    "short bare clause after a time phrase is no time tail",
			text:    "Varga said on Thursday he would resign.",
			in:      "resign",
			source:  "Varga",
			content: []string{"he would resign"},
		},
		{
			name:    "control: short clause after that",
			text:    "Varga said on Thursday that he would resign.",
			in:      "resign",
			source:  "Varga",
			content: []string{"he would resign"},
		},
		{
			name:    "report noun, time phrase, that",
			text:    "There were reports on Monday that the mayor would resign.",
			in:      "mayor",
			source:  "",
			verb:    "reports",
			content: []string{"the mayor would resign"},
		},
		{
			name:    "report noun, last week, that",
			text:    "The reports last week that the bank was failing proved false.",
			in:      "bank",
			source:  "",
			content: []string{"the bank was failing"},
		},
		{
			name:   "control: relative that after the time phrase",
			text:   "The reports on Monday that reached the ministry were long.",
			in:     "ministry",
			absent: true,
		},
		{
			name:    "trailing work with participle, time and author",
			text:    "Support for the plan has fallen, a poll released on Sunday by the Daily Courier shows.",
			in:      "Support",
			source:  "a poll released on Sunday by the Daily Courier",
			content: []string{"Support for the plan has fallen"},
		},
		{
			name:   "trailing work with an authoring participle",
			text:   "Most voters back the deal, a survey conducted by the Gazette showed.",
			in:     "Most voters",
			source: "a survey conducted by the Gazette",
		},
		{
			name:   "opening work with participle, time and author",
			text:   "A report published on Monday by the Harbour Institute found that rents rose sharply.",
			in:     "rents",
			source: "A report published on Monday by the Harbour Institute",
		},
		{
			name:   "work by two authors",
			text:   "A study by Varga and Moreau found that sleep improves memory.",
			in:     "sleep",
			source: "A study by Varga and Moreau",
		},
		{
			name:   "control: two speakers",
			text:   "Varga and Moreau found that sleep improves memory.",
			in:     "sleep",
			source: "Varga and Moreau",
		},
		{
			name:    "growing concerns that",
			text:    "Growing concerns that the dam might fail led to evacuations.",
			in:      "dam",
			source:  "",
			content: []string{"the dam might fail"},
		},
		{
			name:    "amid worries that",
			text:    "Amid worries that inflation would rise, the bank acted.",
			in:      "inflation",
			source:  "",
			content: []string{"inflation would rise"},
		},
		{
			name:   "control: concerns with a relative that",
			text:   "The concerns that he raised were ignored.",
			in:     "raised",
			absent: true,
		},
		{
			name:    "by-agent noun clause ends before the next full verb",
			text:    "The allegation by the union that managers lied was denied.",
			in:      "managers",
			source:  "the union",
			content: []string{"managers lied"},
		},
		{
			name:    "possessor noun clause ends before the next full verb",
			text:    "Her claim that managers lied was denied.",
			in:      "managers",
			source:  "Her",
			content: []string{"managers lied"},
		},
		{
			name:    "control: auxiliary clause then the next verb",
			text:    "The claim by Varga that the vote was rigged was false.",
			in:      "vote",
			source:  "Varga",
			content: []string{"the vote was rigged"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

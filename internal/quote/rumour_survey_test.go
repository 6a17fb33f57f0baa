package quote

import "testing"

// TestSourcelessReports covers a report, rumour or fear named by no one
// ("There were reports that ...", "Speculation that ... grew"): its
// "that" clause is reported with no source, as PolNeAR marks it, and a
// relative "that" reports nothing.
func TestSourcelessReports(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "there were reports that",
			text:    "There were reports that the ferry had sunk off the cape.",
			in:      "the ferry had sunk",
			verb:    "reports",
			content: []string{"the ferry had sunk off the cape"},
		},
		{
			name:    "a rumour noun opening the sentence",
			text:    "Rumours that the plant would close spread through the town.",
			in:      "the plant would close",
			verb:    "Rumours",
			content: []string{"the plant would close"},
		},
		{
			name:    "speculation with a time phrase after the main verb",
			text:    "Speculation that Varga would run for mayor grew on Monday.",
			in:      "Varga would run",
			verb:    "Speculation",
			content: []string{"Varga would run for mayor"},
		},
		{
			name: "after a preposition",
			text: "Shares fell on speculation that the bank would cut rates.",
			in:   "the bank would cut",
			verb: "speculation",
		},
		{
			name: "with a modifier and a passive main verb",
			text: "Persistent rumors that Varga was ill were denied by his office.",
			in:   "Varga was ill",
			verb: "rumors",
		},
		{
			name:   "a relative that with its verb first is no report",
			text:   "Rumours that spread online were quickly denied.",
			in:     "spread online",
			absent: true,
		},
		{
			name:   "a relative that lacking its object is no report",
			text:   "The reports that the ministry published were long.",
			in:     "the ministry published",
			absent: true,
		},
		{
			name:   "a fact is no report",
			text:   "The fact that the ferry sank shocked the town.",
			in:     "the ferry sank",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestAgentNounReports covers a speech noun whose "by" agent speaks
// ("The claim by Varga that ..."), up to the sentence's own verb.
func TestAgentNounReports(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "the claim by a name",
			text:    "The claim by Varga that the ferry was safe was false.",
			in:      "the ferry was safe",
			source:  "Varga",
			verb:    "claim",
			content: []string{"the ferry was safe"},
		},
		{
			name:    "a modal passive inside the clause",
			text:    "The claim by the ministry that no jobs would be lost was welcomed.",
			in:      "no jobs would",
			source:  "the ministry",
			content: []string{"no jobs would be lost"},
		},
		{
			name:   "a plural noun opening the sentence",
			text:   "Claims by the opposition that the budget was padded were rejected.",
			in:     "the budget was padded",
			source: "the opposition",
			verb:   "Claims",
		},
		{
			name:   "a relative that after the agent is no report",
			text:   "A report by the auditor that covered ten years was published.",
			in:     "covered ten",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestWorkSources covers a study, survey or poll named with its author
// ("A survey by the Gazette found ..."): the whole phrase is the source,
// as a subject, after "according to" and trailing its clause.
func TestWorkSources(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "a survey by X as subject",
			text:    "A survey by the Gazette found that most residents support the ferry.",
			in:      "most residents",
			source:  "A survey by the Gazette",
			verb:    "found",
			content: []string{"most residents support the ferry"},
		},
		{
			name:   "of phrase before the author",
			text:   "A survey of 500 fishermen by the Gazette found that catches had fallen.",
			in:     "catches had fallen",
			source: "A survey of 500 fishermen by the Gazette",
		},
		{
			name:   "trailing its clause",
			text:   "Fish stocks have fallen by half, a study by the Harbour Institute showed.",
			in:     "Fish stocks",
			source: "a study by the Harbour Institute",
			verb:   "showed",
		},
		{
			name:   "after a trailing according to",
			text:   "Most residents support the ferry, according to a survey by the Gazette.",
			in:     "Most residents",
			source: "a survey by the Gazette",
		},
		{
			name:    "after an opening according to, up to its comma",
			text:    "According to a study by Varga and Moreau, the harbour is silting up.",
			in:      "the harbour is",
			source:  "a study by Varga and Moreau",
			content: []string{"the harbour is silting up"},
		},
		{
			name:   "a passive by phrase is no work",
			text:   "The plan was drafted by the Gazette staff, who said it was fair.",
			in:     "it was fair",
			source: "who",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestCircumstanceAfterSpeaker covers a verb-first cue after a quotation
// whose speaker is followed by when or how it was said: that phrase is no
// part of the source.
func TestCircumstanceAfterSpeaker(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "a weekday",
			text:   `"The ferry will sail," said Varga on Sunday.`,
			in:     "The ferry will sail",
			source: "Varga",
		},
		{
			name:   "a medium",
			text:   `"We are ready," said Ana Varga in a statement.`,
			in:     "We are ready",
			source: "Ana Varga",
		},
		{
			name:   "after a role and its link",
			text:   `"We are ready," said a spokesman for the ministry on Friday.`,
			in:     "We are ready",
			source: "a spokesman for the ministry",
		},
		{
			name:   "a place stays",
			text:   `"We are ready," said Varga of Dunmore.`,
			in:     "We are ready",
			source: "Varga of Dunmore",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

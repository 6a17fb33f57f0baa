package quote

import "testing"

// TestNewswireForms covers attribution forms found missing by a probe
// with hand-made newswire sentences: party labels in a subject's
// apposition, a noun phrase with its own verb after a verb-first cue, a
// bare plural addressee of "tell", a belief verb with an auxiliary
// trailing its clause, "long" between an auxiliary and the cue,
// "wonder" with a reported question, "per" as a source cue, and a passive
// object verb whose by agent reports its subject.
func TestNewswireForms(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "party label in the apposition of a reported-speech subject",
			text:    `Ada Morrow, R-Ky., said the bill was dead.`,
			in:      "bill was dead",
			source:  "Ada Morrow, R-Ky.,",
			verb:    "said",
			content: []string{"the bill was dead"},
		},
		{
			name:   "titled subject with a party label",
			text:   `Sen. Ada Morrow, D-Vt., said that the bill was dead.`,
			in:     "bill was dead",
			source: "Sen. Ada Morrow, D-Vt.,",
		},
		{
			name:   "a noun phrase with a verb after said is no trailing speaker",
			text:   `The agency, part of the interior ministry, said the shaft was safe.`,
			in:     "part of the interior ministry",
			absent: true,
		},
		{
			name:   "a trailing verb-first speaker still ends its clause",
			text:   `The reforms will pass by summer, said the minister.`,
			in:     "reforms will pass",
			source: "the minister",
		},
		{
			name:    "bare plural addressee of told",
			text:    `Nora Lind told investors that profits had doubled.`,
			in:      "profits had doubled",
			source:  "Nora Lind",
			verb:    "told",
			content: []string{"profits had doubled"},
		},
		{
			name:    "modified plural addressee and a time phrase",
			text:    `Nora Lind told fellow lawmakers on Monday that the plan was dead.`,
			in:      "plan was dead",
			source:  "Nora Lind",
			content: []string{"the plan was dead"},
		},
		{
			name:    "belief verb with an auxiliary trails its clause",
			text:    `The ferry would resume in May, the organisers had hoped.`,
			in:      "ferry would resume",
			source:  "the organisers",
			verb:    "hoped",
			content: []string{"The ferry would resume in May"},
		},
		{
			name:   "passive belief verb trailing a clause has no speaker",
			text:   `The ferry would resume in May, it was believed.`,
			in:     "ferry would resume",
			absent: true,
		},
		{
			name:    "long after an auxiliary",
			text:    `The mayor has long argued that the ferry is essential.`,
			in:      "ferry is essential",
			source:  "The mayor",
			verb:    "argued",
			content: []string{"the ferry is essential"},
		},
		{
			name:   "long after an auxiliary in a trailing cue",
			text:   `The ferry is too slow, critics have long complained.`,
			in:     "ferry is too slow",
			source: "critics",
		},
		{
			name:    "wondered whether",
			text:    `Residents wondered whether anyone was listening.`,
			in:      "anyone was listening",
			source:  "Residents",
			verb:    "wondered",
			content: []string{"whether anyone was listening"},
		},
		{
			name:    "per opening a sentence",
			text:    `Per the ministry, the ferry will resume on Monday.`,
			in:      "ferry will resume",
			source:  "the ministry",
			verb:    "Per",
			content: []string{"the ferry will resume on Monday"},
		},
		{
			name:    "per closing a sentence, with a by phrase",
			text:    `The firm hid its losses, per a report by the auditor.`,
			in:      "hid its losses",
			source:  "a report by the auditor",
			verb:    "per",
			content: []string{"The firm hid its losses"},
		},
		{
			name:   "per as a unit",
			text:   `Per capita income rose sharply, and rents rose 5 per cent.`,
			in:     "income rose",
			absent: true,
		},
		{
			name:   "per before a clause that goes on",
			text:   `The firm hid its losses, per the auditor who was hired last year.`,
			in:     "hid its losses",
			absent: true,
		},
		{
			name:    "passive object verb with a by agent reports its subject",
			text:    `The claim was denied by the company.`,
			in:      "The claim",
			source:  "the company",
			verb:    "denied",
			content: []string{"The claim"},
		},
		{
			name:   "passive object verb with a person as subject reports nothing",
			text:   `He was praised by the mayor.`,
			in:     "He",
			absent: true,
		},
		{
			name:   "asked about a topic, set off by commas, is no cue",
			text:   `Piet Varga, asked about the storm, said: "We are ready."`,
			in:     "We are ready",
			source: "Piet Varga, asked about the storm,",
		},
		{
			name:   "asking not to be named is no report",
			text:   `The talks had failed, said an official who asked not to be named.`,
			in:     "to be named",
			absent: true,
		},
		{
			name:   "asked with its object still reports",
			text:   `She asked whether the ferry would run.`,
			in:     "whether the ferry would run",
			source: "She",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

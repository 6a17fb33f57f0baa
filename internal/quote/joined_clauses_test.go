package quote

import "testing"

// TestJoinedClauseSubject covers a participle cue in the second of two
// independent clauses joined by a semicolon or a lone dash: its speaker
// is that clause's subject, not the first clause's.
func TestJoinedClauseSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "semicolon before a name",
			text:    "Ada Morrow said the pier was safe; Piet Varga disagreed, saying it was rotten.",
			in:      "it was rotten",
			source:  "Piet Varga",
			verb:    "saying",
			content: []string{"it was rotten"},
		},
		{
			name:   "semicolon before a pronoun",
			text:   "Morrow praised the plan; he disagreed, saying it was costly.",
			in:     "it was costly",
			source: "he",
		},
		{
			name:   "lone dash before a name",
			text:   "Morrow said the pier was safe -- Varga disagreed, saying it was rotten.",
			in:     "it was rotten",
			source: "Varga",
		},
		{
			name:   "semicolon in a list of verbs keeps the subject",
			text:   "Ada Morrow was booed at the pier; was mocked in the press; and replied, saying the critics were wrong.",
			in:     "critics were wrong",
			source: "Ada Morrow",
		},
		{
			name:   "dash before an indefinite phrase keeps the subject",
			text:   "Ada Morrow left the pier -- a sign of her anger -- and spoke later, saying the plan was dead.",
			in:     "plan was dead",
			source: "Ada Morrow",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestRulingVerbs covers "ruled", "decreed", "determined" and "held",
// which report a "that" clause (past a short time phrase) and nothing
// else.
func TestRulingVerbs(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "ruled that",
			text:    "A judge ruled that the levy was illegal.",
			in:      "levy was illegal",
			source:  "A judge",
			verb:    "ruled",
			content: []string{"the levy was illegal"},
		},
		{
			name:    "ruled with a time phrase before that",
			text:    "The court ruled on Monday that the strike was lawful.",
			in:      "strike was lawful",
			source:  "The court",
			content: []string{"the strike was lawful"},
		},
		{
			name:    "decreed that",
			text:    "The council decreed that shops must close by ten.",
			in:      "shops must close",
			source:  "The council",
			content: []string{"shops must close by ten"},
		},
		{
			name:    "held that",
			text:    "The appeals court held that the law was void.",
			in:      "law was void",
			source:  "The appeals court",
			content: []string{"the law was void"},
		},
		{
			name:   "ruled without that reports nothing",
			text:   "The king ruled for forty years.",
			in:     "forty years",
			absent: true,
		},
		{
			name:   "held with an object and a relative that reports nothing",
			text:   "The club held a meeting that lasted an hour.",
			in:     "lasted an hour",
			absent: true,
		},
		{
			name:   "held with an object before a quotation reports nothing",
			text:   `Police held two men "for questioning."`,
			in:     "two men",
			absent: true,
		},
		{
			name:   "a ruling that is a noun",
			text:   "The ruling that paved the way for the tolls came in May.",
			in:     "paved the way",
			absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNarratorAside covers a remark of the narrator's on how a report was
// made, after a comma closing the reported clause: it is cut from the
// content.
func TestNarratorAside(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "though she gave no date",
			text:    "Ada Morrow said the ferry would resume, though she gave no date.",
			in:      "ferry would resume",
			source:  "Ada Morrow",
			content: []string{"the ferry would resume"},
		},
		{
			name:    "though with an auxiliary",
			text:    "Ada Morrow said the ferry would resume soon, though she has provided no timetable.",
			in:      "ferry would resume",
			content: []string{"the ferry would resume soon"},
			source:  "Ada Morrow",
		},
		{
			name:    "without giving details",
			text:    "Ada Morrow said the ferry would resume, without giving details.",
			in:      "ferry would resume",
			source:  "Ada Morrow",
			content: []string{"the ferry would resume"},
		},
		{
			name:    "while giving no figures",
			text:    "Ada Morrow said costs had risen, while giving no figures.",
			in:      "costs had risen",
			source:  "Ada Morrow",
			content: []string{"costs had risen"},
		},
		{
			name:    "a concession of the speaker's stays",
			text:    "Varga said the mill would reopen, though it would need repairs.",
			in:      "mill would reopen",
			source:  "Varga",
			content: []string{"the mill would reopen, though it would need repairs"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

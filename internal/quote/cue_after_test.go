package quote

// This file holds the tests of cues that follow what they report
// (cue_after.go): the speaker phrase after a quotation, trailing cues that
// must not take a clause of their own, and outer cues closing a sentence.

import "testing"

// TestTrailingSpeakers pins the speaker phrase of a cue that follows a
// quotation or a reported clause: lower-case words before a title or role
// stay in it even when they are verb forms ("state Sen. Mark Hale", "former
// planning director Ann Pike"), as do an apposition opening on "now" and an
// age, a determined "in" or "of" phrase ("a narrator in the video"), a link
// to a body ("of the Water Council") and a lower-case possessive; a link
// that names nothing ("at the time") ends it, and a cue that takes a clause
// of its own after the phrase is no trailing cue.
func TestTrailingSpeakers(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "inverted speaker before a clause of time",
			text:   "\"We really can win on Tuesday,\" said Hal Brenner as he closed out the rally.",
			in:     "can win on Tuesday",
			source: "Hal Brenner",
		},
		{
			name:   "inverted role before a clause of time",
			text:   "\"Nobody leaves until the count is done,\" said the chairwoman as she gavelled the session open.",
			in:     "Nobody leaves",
			source: "the chairwoman",
		},
		{
			name:   "verb form modifying a title",
			text:   "\"We are taking our hands off the wheel and telling them what to do,\" state Sen. Mark Hale said about halfway through the debate.",
			in:     "hands off the wheel",
			source: "state Sen. Mark Hale",
		},
		{
			name:   "gerund modifying a role",
			text:   "\"The city has never been prouder of the work we have done together,\" former planning director Ann Pike wrote to the mayor.",
			in:     "never been prouder",
			source: "former planning director Ann Pike",
		},
		{
			name:   "apposition opening on now and an age",
			text:   "\"If we had waited, I would have been sitting in a cell for a long time,\" Mr. Harlow, now 77 and retired in Dayton, Ohio, said by telephone.",
			in:     "sitting in a cell",
			source: "Mr. Harlow, now 77 and retired in Dayton, Ohio,",
		},
		{
			name:   "noun phrase with a determined prepositional phrase",
			text:   "\"We have to fix the roads before the winter comes,\" a narrator in the video says.",
			in:     "fix the roads",
			source: "a narrator in the video",
		},
		{
			name:   "a modifier and a role after the comma",
			text:   "\"We will not back down from this fight,\" longtime party chairman Ann Pike said in a speech.",
			in:     "back down",
			source: "longtime party chairman Ann Pike",
		},
		{
			name:   "a cue with a clause of its own after the phrase is no trailing cue",
			text:   "\"Nobody saw it coming,\" one of the lawyers for the city said the two cases were different.",
			in:     "Nobody saw it",
			source: "",
		},
		{
			name:   "a link that opens no part of the name ends the speaker",
			text:   `"We will rebuild the bridge," said Ann Lee at the time.`,
			in:     "rebuild the bridge",
			source: "Ann Lee",
		},
		{
			name:   "a link to a body stays in the speaker",
			text:   `"It was a costly mistake," said Tom Reed of the Water Council.`,
			in:     "costly mistake",
			source: "Tom Reed of the Water Council",
		},
		{
			name:    "possessive noun inside a trailing speaker phrase",
			text:    "The ferry will run again next week, the harbour master's deputy said.",
			in:      "ferry will run",
			source:  "the harbour master's deputy",
			content: []string{"The ferry will run again next week"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestTrailingCueTakesNoClause pins that a cue after a quotation is no
// trailing cue when what follows it is a clause of its own: a verb-first
// cue before "as" (it has an object), a cue after a quotation closed on a
// stop that goes on to the next quotation, a pronoun and verb after ",
// said" or ", said that", and a lone pronoun that goes on into a clause. A
// verb-first cue followed by a name, or by a lone pronoun that ends the
// sentence, still closes its quotation.
func TestTrailingCueTakesNoClause(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "verb-first cue before as has an object, not a speaker",
			text:   `Lena Ford, who says her costs were "far too high," described the whole ordeal as painful.`,
			in:     "far too high",
			source: "who",
		},
		{
			name:   "a cue after a quotation closed on a stop leaves that quotation to its own speaker",
			text:   `Ann Lee called the mayor a "coward." Tom Smith said the mayor "did what he had to do."`,
			in:     "coward",
			source: "Ann Lee",
		},
		{
			name:   "a cue after a quotation closed on a stop reports the next quotation of its sentence",
			text:   `Ann Lee called the mayor a "coward." Tom Smith said the mayor "did what he had to do."`,
			in:     "did what he had to do",
			source: "Tom Smith",
		},
		{
			name:   "pronoun and verb after a verb-first cue are the clause's",
			text:   "Six papers in the valley, including the Mill Gazette, said he isn’t fit to run the authority.",
			in:     "Six papers",
			absent: true,
		},
		{
			name:   "said that after a comma opens a clause",
			text:   "The mayor's office, which has faced questions for months, said that the records were complete.",
			in:     "The mayor's office",
			absent: true,
		},
		{
			name:   "verb-first cue whose pronoun opens a clause closes no quotation",
			text:   "Roe, who calls the levy a \u201cswindle,\u201d said he will vote against it.",
			in:     "Roe, who calls",
			absent: true,
		},
		{
			name:   "the relative clause before a verb-first cue is its own naming report",
			text:   "Roe, who calls the levy a \u201cswindle,\u201d said he will vote against it.",
			in:     "levy",
			source: "who",
			verb:   "calls",
		},
		{
			name:    "verb-first trailing cue with a name still works",
			text:    "The ferry will run again next week, said Ann Lee, the harbour master.",
			in:      "ferry will run",
			source:  "Ann Lee, the harbour master",
			content: []string{"The ferry will run again next week"},
		},
		{
			name:    "verb-first cue with a lone pronoun still closes its quotation",
			text:    "\u201cWe will rebuild the pier,\u201d said he.",
			in:      "rebuild the pier",
			source:  "he",
			verb:    "said",
			content: []string{"We will rebuild the pier"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestOuterCues pins that a cue closing its sentence after a comma ("...,
// according to Y.", "..., Y reported.", "..., reported Y.") reports the
// whole clause before it, and Y is the source, when that clause holds a
// reporting verb of its own, also after a quotation and its own trailing
// cue. A clause with no reporting verb, an apposition's relative clause,
// "told" naming an addressee and a long tail after the comma keep their own
// cue.
func TestOuterCues(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "according to after a reported clause",
			text:    "Most anglers say they would pay a higher fee to restock the lake, according to a county survey.",
			in:      "higher fee",
			source:  "a county survey",
			content: []string{"Most anglers say they would pay a higher fee to restock the lake"},
		},
		{
			name:    "subject and verb after a reported clause",
			text:    "The mayor told council members she would veto the budget, the Ridgefield Courier reported.",
			in:      "veto the budget",
			source:  "the Ridgefield Courier",
			content: []string{"The mayor told council members she would veto the budget"},
		},
		{
			name:    "verb first after a clause with a quoted phrase",
			text:    "The harbour master noted the pier was \"falling apart\" after the storm, reported the Bayside Gazette.",
			in:      "falling apart",
			source:  "the Bayside Gazette",
			content: []string{"The harbour master noted the pier was \"falling apart\" after the storm"},
		},
		{
			name:   "second trailing cue after a quotation and its speaker",
			text:   "\"We will not close the clinic,\" said Dana Ortiz, the director, reports the Valley Herald.",
			in:     "close the clinic",
			source: "the Valley Herald",
		},
		{
			name:   "a relative clause in the apposition is no outer cue",
			text:   "\"We will not close the clinic,\" said Dana Ortiz, a director who has argued for years.",
			in:     "close the clinic",
			source: "Dana Ortiz, a director who has argued for years",
		},
		{
			name:    "a clause with no reporting verb of its own keeps its trailing cue",
			text:    "The bridge will reopen to traffic in early June, the county engineer said.",
			in:      "bridge will reopen",
			source:  "the county engineer",
			content: []string{"The bridge will reopen to traffic in early June"},
		},
		{
			name:    "a cue inside a clause with no trailing cue keeps its clause",
			text:    "Most anglers say they would pay a higher fee to restock the lake.",
			in:      "higher fee",
			source:  "Most anglers",
			content: []string{"they would pay a higher fee to restock the lake"},
		},
		{
			name:   "told after a trailing cue names an addressee, not a speaker",
			text:   "\"It is too early to tell,\" Ortiz said, and told reporters in Salem.",
			in:     "too early",
			source: "Ortiz",
		},
		{
			name:   "a long tail after the comma is no closing cue",
			text:   "The council said the plan failed, and the mayor said the budget would need to be redrawn before the summer recess.",
			in:     "plan failed",
			source: "The council",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

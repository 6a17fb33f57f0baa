package quote

// This file holds the tests of the speaker phrase found before a cue
// (speaker.go): where it starts and ends, which contractions and "that"
// clauses it must not swallow, and when a subject has lost its noun.

import (
	"strings"
	"testing"
)

// TestLeadingSpeakerPhrase pins where a speaker phrase standing before its
// cue starts and ends: a lower-case possessive stays inside it ("the
// harbour master's deputy"), while a time phrase ("a month ago", "on
// Monday", "In September Ada Morrow said"), a prepositional phrase set off by commas and an -ing participle
// with its object, all between the head and the cue, leave the head as the
// speaker. Without these the speaker would be cut short or swallow the
// detail.
func TestLeadingSpeakerPhrase(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "possessive noun inside a leading speaker phrase",
			text:    "The harbour master's deputy said the ferry will run again next week.",
			in:      "ferry will run",
			source:  "The harbour master's deputy",
			content: []string{"the ferry will run again next week"},
		},
		{
			name:   "time phrase ending on ago before the cue",
			text:   "The ministry less than a month ago said for the first time that \"classified\" files had been lost.",
			in:     "classified",
			source: "The ministry",
		},
		{
			name:   "a time word before the cue",
			text:   "The ministry on Monday said that \"classified\" files had been lost.",
			in:     "classified",
			source: "The ministry",
		},
		{
			name:   "a verb form used as a noun before a role",
			text:   "In early October, Trump's Virginia state director, Jane Roe, reached out to the firm, writing in an email: \"We want to use this.\"",
			in:     "We want to use this",
			source: "Trump's Virginia state director, Jane Roe,",
		},
		{
			name:   "a title in quotation marks inside an apposition",
			text:   "Ada Morrow, the co-author of \"Going Viral,\" said the days when the nation had one story are gone.",
			in:     "the nation had one story",
			source: "Ada Morrow, the co-author of \"Going Viral,\"",
		},
		{
			name:   "a title in quotation marks and more words inside an apposition",
			text:   "Hemsley, the co-author of \"Going Viral,\" about the rapid spread of information, said the days when the nation had a unifying story are gone.",
			in:     "the nation had a unifying story",
			source: "Hemsley, the co-author of \"Going Viral,\" about the rapid spread of information,",
		},
		{
			name:   "a free relative's subject with an apposition",
			text:   "He fiercely protected the delegates at the last contested convention in 1976, in what Jane Roe, treasurer for the campaign, called \"hand-to-hand combat.\"",
			in:     "hand-to-hand combat",
			source: "Jane Roe, treasurer for the campaign,",
		},
		{
			name:   "an aside with the question put to the speaker",
			text:   "Jon Smith, asked whether he would run, said he would not.",
			in:     "he would not",
			source: "Jon Smith, asked whether he would run,",
		},
		{
			name:   "an aside with the question put to the speaker before a quotation",
			text:   "Jon Smith, asked whether he would run, replied: \"No, not this time.\"",
			in:     "not this time",
			source: "Jon Smith, asked whether he would run,",
		},
		{
			name:   "asked after an apposition is the sentence's verb",
			text:   "Smith, delivering Cross' speech, asked the Cleveland crowd \"If Hillary Clinton can't give us the truth, why should we give her the presidency?\"",
			in:     "give her the presidency",
			source: "Smith, delivering Cross' speech,",
		},
		{
			name:   "a verb form used as a noun before a role, then an apposition",
			text:   "Minnesota state delegate Mary Susan, clad in a red cape, said the convention could fail.",
			in:     "convention could fail",
			source: "Minnesota state delegate Mary Susan, clad in a red cape,",
		},
		{
			name:   "a participle's agent with a number is no speaker",
			text:   "A letter signed by 50 senators said the deal was flawed.",
			in:     "deal was flawed",
			source: "A letter",
		},
		{
			name:   "a month after a preposition before the name",
			text:   "In September Ada Morrow said the ferry would resume.",
			in:     "ferry would resume",
			source: "Ada Morrow",
		},
		{
			name:   "a weekday after a preposition before the name",
			text:   "The town was hit again, and on Saturday Tunisia condemned the shelling as \"extremely dangerous.\"",
			in:     "extremely dangerous",
			source: "Tunisia",
		},
		{
			name:   "interjected prepositional phrase with a comma inside",
			text:   "Moreno, during a campaign stop in Dayton, Ohio, said she was \"ready to fight for every job.\"",
			in:     "every job",
			source: "Moreno",
		},
		{
			name:   "participle and its object before the cue",
			text:   "A senior official speaking to the Gazette said, \"The review is far from over.\"",
			in:     "far from over",
			source: "A senior official",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestThatOpensClauseNotSpeaker pins that a "that" before a name or a noun
// opens a clause rather than a speaker phrase: after a reporting verb the
// outer verb is the cue ("noted that Smith refers to ..."), elsewhere the
// speaker starts after "that" ("so loud that Ann Lee shouted"); and a link
// to a gerund ("accused the mayor of making ...") joins no speaker phrase.
func TestThatOpensClauseNotSpeaker(t *testing.T) {
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

// TestContractedAuxiliaries pins that a contracted "is" or "has" ("He's
// said", "She's arguing", "that's", "who's") is read as an auxiliary, not
// as a possessive: the speaker keeps its contraction and a clause may open
// on one.
func TestContractedAuxiliaries(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "contracted has before the cue",
			text:    "He's said the ferry will run again by May.",
			in:      "ferry will run",
			source:  "He's",
			content: []string{"the ferry will run again by May"},
		},
		{
			name:    "contracted is before a participle cue",
			text:    "She's arguing that the levy is far too high.",
			in:      "levy",
			source:  "She's",
			content: []string{"the levy is far too high"},
		},
		{
			name:    "clause opening on that's",
			text:    "The harbour master said that's the last boat of the season.",
			in:      "last boat",
			source:  "The harbour master",
			content: []string{"that's the last boat of the season"},
		},
		{
			name:    "relative clause on who's",
			text:    "Reyes, who's led the co-op for a decade, said the mill would close.",
			in:      "mill would close",
			source:  "Reyes, who's led the co-op for a decade,",
			content: []string{"the mill would close"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestHeadlessSubjects pins that a subject ending on a possessive or a
// figure ("The museum's reports", "the nearly 1,600 attacks") has lost its
// noun to the cue word, which is then a noun reporting nothing, while a
// share ("Six in 10") and an age after a comma ("Okafor, 58,") stay
// speakers.
func TestHeadlessSubjects(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "subject ending on a possessive",
			text:   "The museum's reports the usual gains for the year.",
			in:     "usual gains",
			absent: true,
		},
		{
			name:   "subject ending on a figure",
			text:   "On the ferry, the nearly 1,600 attacks on the crew went unreported.",
			in:     "crew",
			absent: true,
		},
		{
			name:    "a share is no headless figure",
			text:    "Six in 10 say the new road is too noisy.",
			in:      "road",
			source:  "Six in 10",
			content: []string{"the new road is too noisy"},
		},
		{
			name:    "an age apposition is no headless figure",
			text:    "Okafor, 58, said the orchard had never flooded before.",
			in:      "orchard",
			source:  "Okafor, 58,",
			content: []string{"the orchard had never flooded before"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestRelativeClauseInSubject pins a subject that carries a relative
// clause or examples set off by commas before its cue: "which" opens such
// a clause as "who" does ("The ministry, which oversees the ports, said
// ..."), "including" and "like" open examples ("Six papers, including the
// Gazette, said"), and the phrase stays in the speaker. A time phrase
// before the examples is never the speaker. When the relative clause follows a
// longer apposition, the phrase starts at the apposition's head, not at the
// noun the clause describes.
func TestRelativeClauseInSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "which clause after an organisation, bare reported clause",
			text:    "The ministry, which oversees the ports, said the ferry would resume on Monday.",
			in:      "ferry would resume",
			source:  "The ministry, which oversees the ports,",
			content: []string{"the ferry would resume on Monday"},
		},
		{
			name:   "which clause after an organisation, that clause",
			text:   "The mayor's office, which has faced questions for months, said that the records were complete.",
			in:     "records were complete",
			source: "The mayor's office, which has faced questions for months,",
		},
		{
			name:   "which clause after an organisation, direct quotation",
			text:   `The company, which is based in Dover, said: "The plant will stay open."`,
			in:     "plant will stay open",
			source: "The company, which is based in Dover,",
		},
		{
			name:   "which clause closing a longer apposition",
			text:   "Jane Roe, policy director of the Harbour Fund, which organised the letter, said the plan had failed.",
			in:     "plan had failed",
			source: "Jane Roe, policy director of the Harbour Fund, which organised the letter,",
		},
		{
			name:   "examples after including belong to the subject",
			text:   "Six papers in the valley, including the Mill Gazette, said he isn't fit to run the authority.",
			in:     "fit to run",
			source: "Six papers in the valley, including the Mill Gazette,",
		},
		{
			name:   "examples after like belong to the subject",
			text:   "The harbour's oldest firms, like Roe and Sons, say the new quay came too late.",
			in:     "came too late",
			source: "The harbour's oldest firms, like Roe and Sons,",
		},
		{
			name:   "a time phrase before including is no speaker",
			text:   "Veterans interviewed at the rally this week, including Tom Reed, said they had no problem with the plan.",
			in:     "no problem",
			absent: true,
		},
		{
			name:   "who clause, unchanged",
			text:   "Tom Reed, who has faced questions for months, said the records were complete.",
			in:     "records were complete",
			source: "Tom Reed, who has faced questions for months,",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNamesWithArabicArticle pins names whose last part follows a
// lower-case Arabic article joined by a hyphen ("al-Masri", "el-Amin"):
// the part belongs to the name, so the speaker is not cut before it.
func TestNamesWithArabicArticle(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "speaker-first name ending on al-",
			text:   `Abdel Rahman al-Masri said: "The crossing will stay open."`,
			in:     "crossing will stay open",
			source: "Abdel Rahman al-Masri",
		},
		{
			name:   "verb-first name ending on el-",
			text:   `"We will not leave," said Omar el-Amin.`,
			in:     "We will not leave",
			source: "Omar el-Amin",
		},
		{
			name:   "a hyphenated lower-case word is no name",
			text:   `The at-risk families, the charity said, "need shelter now."`,
			in:     "need shelter now",
			source: "the charity",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestVerbFormBeforeRole: a verb form used as a noun before a role stays
// in the speaker phrase ("state director", "press secretary"), but a
// conjunction before a titled name does not join two titled names.
func TestVerbFormBeforeRole(t *testing.T) {
	for _, tc := range []struct {
		text, in, mention, speaker string
	}{
		{"Trump's Virginia state director, Jane Roe, reached out to the firm, writing in an email: \"We want to use this.\"", "want to use", "Trump's Virginia state director", "Jane Roe"},
		{"\"This is not a solution,\" Secretary of Homeland Security Jane Roe and Secretary of the Interior Tom Doe said in a joint statement.", "not a solution", "Tom Doe", "Tom Doe"},
	} {
		var a *Attribution
		atts := Extract(tc.text)
		for i := range atts {
			for _, c := range atts[i].Content {
				if strings.Contains(tc.text[c.Start:c.End], tc.in) {
					a = &atts[i]
				}
			}
		}
		if a == nil || !a.Mention.Valid() {
			t.Errorf("Extract(%q): no attribution with a mention holding %q: %+v", tc.text, tc.in, atts)
			continue
		}
		if got := tc.text[a.Mention.Start:a.Mention.End]; got != tc.mention || a.Speaker != tc.speaker {
			t.Errorf("Extract(%q): mention %q speaker %q, want %q %q", tc.text, got, a.Speaker, tc.mention, tc.speaker)
		}
	}
}

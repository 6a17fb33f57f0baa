package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sourceCase checks the attribution whose content holds a given piece of
// text: its source phrase, and optionally its cue and fragments.
type sourceCase struct {
	name string
	text string
	// in picks the attribution: the first whose content contains it.
	in string
	// source is the expected Source text ("" for none).
	source string
	// verb, when set, is the expected Verb.
	verb string
	// content, when set, is the expected list of content fragments.
	content []string
	// absent means no attribution may contain in.
	absent bool
}

// holding extracts text's attributions, checking their offsets, and
// returns them with the first whose content contains in (nil if none).
func holding(t *testing.T, text, in string) ([]want, *want) {
	t.Helper()
	atts := Extract(text)
	checkOffsets(t, text, atts)
	all := got(text, atts)
	for i := range all {
		if strings.Contains(strings.Join(all[i].Content, " "), in) {
			return all, &all[i]
		}
	}
	return all, nil
}

func (tc sourceCase) run(t *testing.T) {
	t.Helper()
	all, w := holding(t, tc.text, tc.in)
	if tc.absent {
		if w != nil {
			t.Fatalf("Extract(%q): %q attributed, want nothing: %+v", tc.text, tc.in, *w)
		}
		return
	}
	if w == nil {
		t.Fatalf("Extract(%q): no attribution holds %q; got %+v", tc.text, tc.in, all)
	}
	if w.Source != tc.source {
		t.Errorf("Extract(%q): source = %q, want %q (%+v)", tc.text, w.Source, tc.source, *w)
	}
	if tc.verb != "" && w.Verb != tc.verb {
		t.Errorf("Extract(%q): verb = %q, want %q", tc.text, w.Verb, tc.verb)
	}
	if tc.content != nil {
		if diff := cmp.Diff(tc.content, w.Content); diff != "" {
			t.Errorf("Extract(%q): content (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestParticipleSubject covers the subject of participle and coordinated
// cues (mainSubject) and the sentence openings it skips.
func TestParticipleSubject(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "participle after an object takes the subject",
			text:   `Anna Smith issued a statement saying the plan was "a grave mistake."`,
			in:     "grave mistake",
			source: "Anna Smith",
			verb:   "saying",
		},
		{
			name:   "participle after a comma in a subordinate clause",
			text:   `It was a long night, as Tom Jones repeated the charge, saying the count was "rigged from the start."`,
			in:     "rigged from the start",
			source: "Tom Jones",
		},
		{
			name:   "participle after a reporting verb takes its subject",
			text:   `"We will win," Maria Lopez said, adding: "Nobody can stop us now."`,
			in:     "Nobody can stop us",
			source: "Maria Lopez",
			verb:   "adding",
		},
		{
			name:   "a second participle keeps the first subject",
			text:   `Tom Jones pushed back on Monday, saying the bill was sound but had failed - and arguing that voters wanted "a fresh start for everyone."`,
			in:     "a fresh start",
			source: "Tom Jones",
		},
		{
			name:   "clause after that does not replace the subject",
			text:   `Anna Smith rejected the claim that she was to blame, saying "the failure belongs to the board."`,
			in:     "the failure belongs",
			source: "Anna Smith",
		},
		{
			name:   "dateline and introductory phrase are skipped",
			text:   `SPRINGFIELD, Ill. — In response to the vote, the mayor of the city rallied his staff, saying: "We have work to do."`,
			in:     "We have work to do",
			source: "the mayor of the city",
		},
		{
			name:   "place and time after the introductory phrase",
			text:   `At a rally in Dover, Delaware, on Sunday, Maria Lopez tried to explain her vote, saying "it was the right call for the state."`,
			in:     "right call",
			source: "Maria Lopez",
		},
		{
			name:   "progressive -ing form keeps the subject before it",
			text:   `Tom Jones was saying that the plan "cannot work at all."`,
			in:     "cannot work",
			source: "Tom Jones",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestCueForms covers the cue verbs and cue shapes added to the lexicon and
// the rules that find them.
func TestCueForms(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "phrasal verb shot back",
			text:   `"That is simply false," Maria Lopez shot back.`,
			in:     "simply false",
			source: "Maria Lopez",
			verb:   "shot back",
		},
		{
			name:   "phrasal verb went on at the end of the cue",
			text:   `"And that is the whole story," Maria Lopez went on.`,
			in:     "the whole story",
			source: "Maria Lopez",
			verb:   "went on",
		},
		{
			name:   "put it",
			text:   `As the coach Tom Jones put it, "we lost the game in the first ten minutes."`,
			in:     "we lost the game",
			source: "the coach Tom Jones",
		},
		{
			name:   "answered is a reporting verb",
			text:   `"Not this year," Anna Smith answered.`,
			in:     "Not this year",
			source: "Anna Smith",
			verb:   "answered",
		},
		{
			name:   "lower-case modifiers before the name stay in the source",
			text:   `"The count is final," county election chief Tom Jones said.`,
			in:     "The count is final",
			source: "county election chief Tom Jones",
		},
		{
			name:   "former stays in the source",
			text:   `"We are not done," former senator Maria Lopez said.`,
			in:     "We are not done",
			source: "former senator Maria Lopez",
		},
		{
			name:   "role apposition before the name",
			text:   `"She is a fighter," a longtime friend, Anna Smith, told reporters.`,
			in:     "She is a fighter",
			source: "a longtime friend, Anna Smith,",
			verb:   "told",
		},
		{
			name:   "long apposition before a cue far from the quote",
			text:   `"The rules are clear," Tom Jones, an attorney for one of the three groups that filed suit over the law, said in a statement.`,
			in:     "The rules are clear",
			source: "Tom Jones, an attorney for one of the three groups that filed suit over the law,",
		},
		{
			name:   "verb-first cue with a determiner and a plain noun",
			text:   `"It was hard to come back to work," said the designer, who asked not to be named.`,
			in:     "hard to come back",
			source: "the designer, who asked not to be named",
		},
		{
			name:   "verb-first cue keeps the appositions that describe the speaker",
			text:   `"It is a good deal," said Anna Smith, a lawyer in Dover, who has followed the case.`,
			in:     "a good deal",
			source: "Anna Smith, a lawyer in Dover, who has followed the case",
		},
		{
			name:    "cue without a comma before a name",
			text:    `"The race is wide open" Tom Jones said. "Anyone can win it."`,
			in:      "wide open",
			source:  "Tom Jones",
			content: []string{"The race is wide open", "Anyone can win it."},
		},
		{
			name:   "according to after the cue outranks it",
			text:   `"I have no plans," Anna Smith said at the dinner, according to the Daily Planet.`,
			in:     "I have no plans",
			source: "the Daily Planet",
			verb:   "according to",
		},
		{
			name:   "the outer reporting verb outranks a nearer one",
			text:   `Tom Jones said the party would reiterate its support for "our closest allies" abroad.`,
			in:     "closest allies",
			source: "Tom Jones",
			verb:   "said",
		},
		{
			name:   "the outer verb may have adverbials before that",
			text:   `Maria Lopez declared in an interview with a radio station that she found the mayor "very charming."`,
			in:     "very charming",
			source: "Maria Lopez",
			verb:   "declared",
		},
		{
			name:   "a clause closed by a colon names its subject",
			text:   `In reply, the city council issued the following statement: "We regret the delay and will reopen the bridge soon."`,
			in:     "We regret the delay",
			source: "the city council",
		},
		{
			name:   "signature line after a quoted paragraph",
			text:   "\"We will cut taxes for every family in the state.\"\n\n- Anna Smith.\n\nThe claim is false.",
			in:     "We will cut taxes",
			source: "Anna Smith",
		},
		{
			name:   "signature after a dash on the quotation's own line",
			text:   "Readers wrote in.\n\n“The bridge has been shut for a year and nobody cares.” — Tom Reed, 61, a baker in Dover\n\nThe city did not reply.",
			in:     "The bridge has been shut",
			source: "Tom Reed, 61, a baker in Dover",
		},
		{
			name:   "a signature without a full stop ends with its line",
			text:   "“The bridge has been shut for a year.” — Tom Reed, 61, a baker\n\n“Nobody cares about the roads.”\n— Ann Lee, a nurse",
			in:     "Nobody cares",
			source: "Ann Lee, a nurse",
		},
		{
			name:   "a dash inside a running paragraph signs nothing",
			text:   "Readers wrote in.\n\n“The bridge has been shut,” he said — Tom Reed had asked twice.",
			in:     "The bridge has been shut",
			source: "he",
		},
		{
			name:   "a participle phrase inside the subject is skipped",
			text:   `A March 3 letter from the tenants union obtained by the Daily Planet warns that "any further delay will end up in court."`,
			in:     "any further delay",
			source: "A March 3 letter from the tenants union",
			verb:   "warns",
		},
		{
			name:   "several appositions before the cue",
			text:   `"It was not fair," Jane Roe, 67, a retired nurse in Dover, Del., who voted twice, said in an interview.`,
			in:     "It was not fair",
			source: "Jane Roe, 67, a retired nurse in Dover, Del., who voted twice,",
			verb:   "said",
		},
		{
			name:   "name before a colon after a dash",
			text:   "VOTERS WANT MORE - Tom Jones and Anna Smith: \u201cWe found that most voters want a leader who inspires them.\u201d",
			in:     "We found that most voters",
			source: "Tom Jones and Anna Smith",
		},
		{
			name:    "name before a colon after a dash, a cue ahead of it",
			text:    "Pollsters agree - Tom Jones: \u201cKeep on contacting voters as late as possible.\u201d",
			in:      "Keep on contacting",
			source:  "Tom Jones",
			content: []string{"Keep on contacting voters as late as possible."},
		},
		{
			name:   "more from a name after a dash, a cue ahead of it",
			text:   "Polls did predict the caucus - More from Tom Jones: \u201cKeep on contacting voters as late as possible.\u201d",
			in:     "Keep on contacting",
			source: "Tom Jones",
		},
		{
			name:   "capitalised office words before a title after the quotation",
			text:   "\"I have never been prouder,\" former State policy planning director Jane Roe wrote to the governor in a message bearing the subject line \"bravo!\"",
			in:     "never been prouder",
			source: "former State policy planning director Jane Roe",
			verb:   "wrote",
		},
		{
			name:   "a name with no verb ending the paragraph after the quotation",
			text:   "\"This massive bailout is not the solution,\" Sen. Jane Roe (R-Ky.)\n\nThe near-collapse of the financial system was sudden.",
			in:     "massive bailout",
			source: "Sen. Jane Roe (R-Ky.)",
		},
		{
			name:   "no verbless speaker after a quotation inside a sentence",
			text:   "Crowds mocked the \"failing march of his predecessor,\" President Jane Roe.\n\nThe commentary was one of several.",
			in:     "failing march",
			source: "Crowds",
		},
		{
			name:    "a quotation finished by words before a closing cue",
			text:    "\"It is down the road,\" Jane Roe said. \"You can't even begin until you prove to people\" that the pier is safe, she said.",
			in:      "prove to people",
			source:  "she",
			verb:    "said",
			content: []string{"\"You can't even begin until you prove to people\" that the pier is safe"},
		},
		{
			name:    "a quotation left open at its paragraph's end takes the cue after the next paragraph's",
			text:    "\"We need steady hands,\" Jane Roe told the crowd. \"Not a mayor who says he is neutral on Monday.\n\n\"Well, my friends, the pier is not negotiable,\" she said.",
			in:      "neutral on Monday",
			source:  "she",
			verb:    "said",
			content: []string{"Not a mayor who says he is neutral on Monday.", "Well, my friends, the pier is not negotiable"},
		},
		{
			name:    "a name ends before a coordinated verb",
			text:    "Jane Roe called the merger \"a terrible deal\" and ranked Tom Doe among the worst mayors \"in the history of the town.\"",
			in:      "terrible deal",
			source:  "Jane Roe",
			verb:    "called",
			content: []string{"the merger \"a terrible deal\""},
		},
		{
			name:    "the coordinated verb reports the next quotation",
			text:    "Jane Roe called the merger \"a terrible deal\" and ranked Tom Doe among the worst mayors \"in the history of the town.\"",
			in:      "history of the town",
			source:  "Jane Roe",
			verb:    "ranked",
			content: []string{"Tom Doe among the worst mayors \"in the history of the town.\""},
		},
		{
			name:    "a pull quote signed on its last line",
			text:    "The budget passed.\n\n\"I worry that we may see a return of balanced budgets.\nJane Roe, Center for Economic Research.\"\n\nThe vote was close.",
			in:      "balanced budgets",
			source:  "Jane Roe, Center for Economic Research",
			content: []string{"I worry that we may see a return of balanced budgets"},
		},
		{
			name:   "a quotation over lines with its cue after the closing mark is not signed",
			text:   "The flu never spread.\n\n`` One big difference was that it was found at a single base in Ft. .\nDix , New Jersey , '' said Dr. Jane Roe .\n\nThe vote was close.",
			in:     "One big difference",
			source: "Dr. Jane Roe",
		},
		{
			name:   "a last line with a verb signs nothing",
			text:   "The budget passed.\n\n\"I worry that we may see a return of balanced budgets.\nThe crowd cheered loudly.\"\n\nThe vote was close.",
			in:     "balanced budgets",
			source: "",
		},
		{
			name:    "a closing cue with a noun of medium that is also a verb",
			text:    "The party had \"put the biggest crack\" yet in the glass ceiling, she said in a video message to the convention.",
			in:      "biggest crack",
			source:  "she",
			verb:    "said",
			content: []string{"The party had \"put the biggest crack\" yet in the glass ceiling"},
		},
		{
			name:   "an infinitive cue after a phrase of place takes the clause's subject",
			text:   "Tom Doe took to Twitter to call Jane Roe \"totally delusional\" for the accusation.",
			in:     "totally delusional",
			source: "Tom Doe",
			verb:   "call",
		},
		{
			name:   "an infinitive cue after a verb of wanting takes the clause's subject",
			text:   "Tom Doe wanted to call the plan \"a total disaster\" on the air.",
			in:     "total disaster",
			source: "Tom Doe",
			verb:   "call",
		},
		{
			name:   "report before a colon after from",
			text:   "More from the report: \u201cIn general, the samples with longer field periods were more accurate.\u201d",
			in:     "In general",
			source: "the report",
		},
		{
			name:    "three apostrophes close an inner then the outer quotation",
			text:    "''We hear it all the time, 'This case is special,''' Mr. Brown said. ''It is not.''",
			in:      "We hear it",
			source:  "Mr. Brown",
			content: []string{"We hear it all the time, 'This case is special,'", "It is not."},
		},
		{
			name:   "an inner quotation closing before the comma",
			text:   "\u201cThey all say, \u2018Thank you for coming,\u2019\u201d Tom Jones explained.",
			in:     "They all say",
			source: "Tom Jones",
			verb:   "explained",
		},
		{
			name:   "a lone determiner can name the speaker",
			text:   `"Keep an eye on the count," tweeted another.`,
			in:     "Keep an eye",
			source: "another",
		},
		{
			name:   "one of a group",
			text:   `"There is no path left," said one of those advisers.`,
			in:     "no path left",
			source: "one of those advisers",
		},
		{
			name:   "two coordinated roles before the cue",
			text:   `"The state is ready," the Ohio senator and Republican candidate said in a statement.`,
			in:     "The state is ready",
			source: "the Ohio senator and Republican candidate",
		},
		{
			name:   "a verb form between a determiner and its noun",
			text:   `"Welcome to the island!" a welcome message on the website reads.`,
			in:     "Welcome to the island",
			source: "a welcome message on the website",
			verb:   "reads",
		},
		{
			name:   "bare clause after say with a plain noun subject",
			text:   `Maria Lopez says people should be able to vote by mail. "It is their right, and nobody should take it away."`,
			in:     "It is their right",
			source: "Maria Lopez",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestNotCues covers words that look like cues but are not.
func TestNotCues(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "noun after a determiner and an adjective",
			text:   `Tom Jones delivered a snappy retort: "Nobody is tearing this up at all."`,
			in:     "Nobody is tearing",
			source: "Tom Jones",
		},
		{
			name:   "verb form after a preposition",
			text:   `"The deal is done," Anna Smith, secretary of state for the region, said.`,
			in:     "The deal is done",
			source: "Anna Smith, secretary of state for the region,",
			verb:   "said",
		},
		{
			name:   "a phrasal verb before a noun is no cue",
			text:   `Once the Senate goes on recess, Tom Jones said, "I will travel home."`,
			in:     "I will travel home",
			source: "Tom Jones",
			verb:   "said",
		},
		{
			name:   "a phrase ending in an adjective names no speaker",
			text:   `The crowd grew louder as a thunderous chant of "Four more years!" filled the hall.`,
			in:     "Four more years",
			absent: true,
		},
		{
			name:   "a title in quotes is not a quotation",
			text:   `Her new book, "The Long Road Home," went on sale last week.`,
			in:     "The Long Road Home",
			absent: true,
		},
		{
			name:   "a title keeps its small words in lower case",
			text:   `"We will win," Hal Brenner told the Gazette's "State of the Union."`,
			in:     "State of the Union",
			absent: true,
		},
		{
			name:   "the quotation before a programme's title is still reported",
			text:   `"We will win," Hal Brenner told the Gazette's "State of the Union."`,
			in:     "We will win",
			source: "Hal Brenner",
			verb:   "told",
		},
		{
			name:   "an uncued quotation gets no thing as its speaker",
			text:   `The new policy will "leave thousands of families without any help at all this winter."`,
			in:     "leave thousands",
			source: "",
		},
		{
			name:    "embedded uncued quotation takes the clause after the subject's verb",
			text:    `Jane Roe saluted the council for acting on housing "again and again, when nobody else would."`,
			in:      "again and again",
			source:  "Jane Roe",
			verb:    "saluted",
			content: []string{`the council for acting on housing "again and again, when nobody else would."`},
		},
		{
			name:    "an uncued quotation opening after the verb keeps its own span",
			text:    `Jane Roe argued "the council has failed every family waiting for a home in this city."`,
			in:      "the council has failed",
			source:  "Jane Roe",
			content: []string{"the council has failed every family waiting for a home in this city."},
		},
		{
			name:    "a quotation deep in the next sentence does not join the attribution before",
			text:    "He said the budget was \"too small\" for the city. Jane Roe complimented him as \"the kindest man on the whole street\" in a letter.\n",
			in:      "kindest man",
			source:  "Jane Roe",
			content: []string{`him as "the kindest man on the whole street" in a letter`},
		},
		{
			name:   "short uncued phrase takes the subject whose verb is near",
			text:   `The mayor painted the team as "a model for the region" on Friday.`,
			in:     "a model for the region",
			source: "The mayor",
			verb:   "painted",
		},
		{
			name:   "short uncued phrase far from the subject's verb gets no speaker",
			text:   `The mayor hugged everyone at the long dinner for the new hospital team and painted it as "a model for the region" on Friday.`,
			in:     "a model for the region",
			source: "",
		},
		{
			name:   "short uncued phrase gets no speaker",
			text:   `Tom Jones has long opposed what he sees as "government overreach in schools" here.`,
			in:     "government overreach",
			source: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestQuoteContinuation covers quotations that go on with an earlier
// attribution and reported clauses that end at a second report.
func TestQuoteContinuation(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "second piece after adverbials of the cue",
			text:    `"The plan is sound," Anna Smith said in March, "but the money is not there."`,
			in:      "The plan is sound",
			source:  "Anna Smith",
			content: []string{"The plan is sound", "but the money is not there."},
		},
		{
			name:    "a title in the cue sentence is skipped",
			text:    `"We are ready," Tom Jones said on the show "Morning Talk." "The vote is next week."`,
			in:      "We are ready",
			source:  "Tom Jones",
			content: []string{"We are ready", "The vote is next week."},
		},
		{
			name:    "quotation mid-sentence right after a cue sentence",
			text:    `"We were not happy at first," said Maria Lopez. Now, "most of us have changed our minds."`,
			in:      "We were not happy",
			source:  "Maria Lopez",
			content: []string{"We were not happy at first", "most of us have changed our minds."},
		},
		{
			name:   "quotation after reported speech in the sentence before",
			text:   `Tom Jones said the plan "failed" in May. "It was a mess from the start and everyone knew it."`,
			in:     "It was a mess",
			source: "Tom Jones",
		},
		{
			name:   "reported clause ends before a coordinated second report",
			text:   `Anna Smith said the budget was balanced and accused her rival of "making things up as he goes."`,
			in:     "making things up",
			source: "Anna Smith",
			verb:   "accused",
		},
		{
			name:    "a name ends with its quotation",
			text:    `Anna Smith called him a "moderate," a dig at his record.`,
			in:      "moderate",
			source:  "Anna Smith",
			content: []string{`him a "moderate,"`},
		},
		{
			name:   "reported clause ends before a new attribution",
			text:   `Although the board maintained the rule is required by law, Tom Jones said about the vote, "I support the parents in this."`,
			in:     "I support the parents",
			source: "Tom Jones",
			verb:   "said",
		},
		{
			name:    "reported clause ends before which he called",
			text:    `Tom Jones said he backs the new rules, which he called "long overdue."`,
			in:      "he backs the new rules",
			source:  "Tom Jones",
			content: []string{"he backs the new rules"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestGroupPronouns covers "it" and "they" resolved to a group.
func TestGroupPronouns(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"it takes an organisation", `The Justice Department filed a brief on Monday. "We will appeal the ruling," it said.`, "Justice Department"},
		{"they takes a plural group", `Democrats met in the capital on Friday. "We will fight this bill," they said.`, "Democrats"},
		{"an acronym is a group", `NATO met in Brussels. "The alliance is united," it said.`, "NATO"},
		{"no group leaves it unresolved", `The weather was cold. "It was a long day," it said.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts := Extract(tt.text)
			if len(atts) != 1 {
				t.Fatalf("Extract(%q) = %+v, want one attribution", tt.text, got(tt.text, atts))
			}
			if atts[0].Speaker != tt.want {
				t.Errorf("Speaker = %q, want %q", atts[0].Speaker, tt.want)
			}
		})
	}
}

// TestSpeakerForms covers speaker patterns found while raising PolNeAR
// source F1 (issue #6): nested quotation styles, block quotations over
// several paragraphs, participles and bare cues.
func TestSpeakerForms(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "curly quotation nested in a straight one",
			text:    "Anna Smith said:\n\n\"The agency is no longer about “fair play” at all. It is about power.\"",
			in:      "The agency",
			source:  "Anna Smith",
			content: []string{"The agency is no longer about “fair play” at all. It is about power."},
		},
		{
			name:   "straight quotation nested in a curly one",
			text:   `“They called it "a scam" from day one,” Tom Jones said.`,
			in:     "They called it",
			source: "Tom Jones",
		},
		{
			name: "block quotation whose paragraphs open with a mark",
			text: "Dr. Anna Smith wrote:\n\n\"The first point is that the budget is late again this year.\n\n" +
				"\"The second point is that nobody at the agency seems to care about “deadlines” anymore.\n\n" +
				"\"The third point is simple. We need a new plan.\"\n\nThe agency did not reply.",
			in:     "The first point",
			source: "Dr. Anna Smith",
			content: []string{
				"The first point is that the budget is late again this year.",
				"The second point is that nobody at the agency seems to care about “deadlines” anymore.",
				"The third point is simple. We need a new plan.",
			},
		},
		{
			name:   "US is a country before a name",
			text:   `“The state is proud to cast its votes!” US Senator Tom Jones said as the roll call began.`,
			in:     "The state is proud",
			source: "US Senator Tom Jones",
		},
		{
			name:   "a document noun before says",
			text:   `''You are a total failure and everyone knows it!'' the note says.`,
			in:     "You are a total failure",
			source: "the note",
		},
		{
			name:   "speaker without a comma before a participle tail",
			text:   `"The plan is absurd and cruel. No, thanks." Anna Smith tweeted, quoting a reporter.`,
			in:     "The plan is absurd",
			source: "Anna Smith",
		},
		{
			name:   "a negated verb before the participle cue",
			text:   `Tom Jones didn’t seem impressed on Tuesday, telling reporters, “A lot of people want a new chief.”`,
			in:     "A lot of people",
			source: "Tom Jones",
		},
		{
			name:   "participle after a cue takes that cue's subject",
			text:   `Anna Smith spoke at length, telling the board, “We are ready,” she said, adding, “The vote is next.”`,
			in:     "The vote is next",
			source: "she",
		},
		{
			name:   "a name right before a participle performs it",
			text:   `The plan drew fire, with Senator Tom Jones calling it a “wish list.”`,
			in:     "wish list",
			source: "Senator Tom Jones",
		},
		{
			name:   "a document before a participle does not speak",
			text:   `Tom Jones issued a statement saying the vote was “a sham from the start.”`,
			in:     "a sham",
			source: "Tom Jones",
		},
		{
			name:   "time phrase between subject and verb",
			text:   `Senator Anna Smith (D-Ore.) on Saturday criticized the deal signed by the council, saying it goes “nowhere near far enough.”`,
			in:     "nowhere near",
			source: "Senator Anna Smith (D-Ore.)",
		},
		{
			name:   "a bare cue ending the sentence before",
			text:   "Professor Anna Smith agreed. \"Voters are running out of time to find anyone else.\"",
			in:     "Voters are running out",
			source: "Professor Anna Smith",
		},
		{
			name:   "a report by an outlet does not name the next speaker",
			text:   "The mayor will resign, the Daily Planet reported.\n\n\"It is time for a change in this town.\"",
			in:     "It is time for a change",
			source: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

func TestReportedClauseEnd(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "a quotation closing on its comma ends the clause",
			text:    `Anna Smith said the budget was "a total disgrace," a phrase she used twice at the hearing.`,
			in:      "a total disgrace",
			source:  "Anna Smith",
			content: []string{`the budget was "a total disgrace,"`},
		},
		{
			name:    "a time clause after the quotation ends the clause",
			text:    `Tom Jones said the deal was "dead on arrival" before the council voted on Tuesday.`,
			in:      "dead on arrival",
			source:  "Tom Jones",
			content: []string{`the deal was "dead on arrival"`},
		},
		{
			name:    "a contrast clause after the quotation ends the clause",
			text:    `The mayor said the vote was "a mistake" while the board met behind closed doors.`,
			in:      "a mistake",
			source:  "The mayor",
			content: []string{`the vote was "a mistake"`},
		},
		{
			name:    "a prepositional phrase goes on with the clause",
			text:    `Anna Smith said the plan was "a disaster" for everyone in the city.`,
			in:      "a disaster",
			source:  "Anna Smith",
			content: []string{`the plan was "a disaster" for everyone in the city`},
		},
		{
			name:    "a reason clause goes on with the clause",
			text:    `Tom Jones said the rule was "unfair" because it hurt small farms.`,
			in:      "unfair",
			source:  "Tom Jones",
			content: []string{`the rule was "unfair" because it hurt small farms`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestSourceRecallRules covers the speaker rules added for source recall:
// a cue between two quotations goes to the one it introduces, bare cues
// with verbs the lexicon lacks, a capitalised common word as a name,
// subjects found after a preposition, dotted acronyms ending a sentence
// and cues inside an opening prepositional phrase.
func TestSourceRecallRules(t *testing.T) {
	cases := []sourceCase{
		{
			name:   "cue after a closed quotation introduces the next one",
			text:   "The aide sent a note to Jane Roe. \"Why now? Was that on my way to Paris?\" Roe then writes back, \"You look tired.\"\n",
			in:     "You look tired",
			source: "Roe",
		},
		{
			name:   "closed quotation keeps the cue of its own sentence",
			text:   "Roe responds to Doe with, \"Why now? That was on my way to Paris?\" Doe then writes back, \"You look tired.\"\n",
			in:     "Why now",
			source: "Roe",
		},
		{
			name:   "the cue after it goes to the next quotation",
			text:   "Roe responds to Doe with, \"Why now? That was on my way to Paris?\" Doe then writes back, \"You look tired.\"\n",
			in:     "You look tired",
			source: "Doe",
		},
		{
			name:   "interrupted quotation still shares its cue",
			text:   "\"The risk,\" Smith said, \"is that nobody will come to the hearing.\"\n",
			in:     "is that nobody",
			source: "Smith",
		},
		{
			name:   "bare cue with an unlisted verb after a question",
			text:   "The host turned to the wall.\n\n\"Would it be negotiable about the money?\" Hannah pressed.\n",
			in:     "Would it be negotiable",
			source: "Hannah",
			verb:   "pressed",
		},
		{
			name:   "verb-first bare cue with an unlisted verb",
			text:   "The senator spoke first.\n\n\"What sport is he talking about, and who?\" reacted Jones.\n",
			in:     "What sport",
			source: "Jones",
			verb:   "reacted",
		},
		{
			name:   "bare cue needs the quotation's comma",
			text:   "The road was closed.\n\n\"We will build the road.\" Officials started.\n",
			in:     "We will build",
			absent: false,
			source: "",
		},
		{
			name:   "capitalised common word between quotation and cue",
			text:   "The deal was signed.\n\n\"On the political risk, we have assessed this deal carefully,\" Read said.\n",
			in:     "political risk",
			source: "Read",
		},
		{
			name:   "participle subject skips a noun after a preposition",
			text:   "Later on Sunday, Carson shared a syllabus for a psychology class called \"Perception\" on his page, writing \"Allow me to do the research for the reporter.\"\n",
			in:     "Allow me to do",
			source: "Carson",
		},
		{
			name:   "participle subject after a preposition only is dropped",
			text:   "For a group called \"Allies\" on Tuesday, writing \"we will win the vote this week and next.\"\n",
			in:     "we will win",
			source: "",
		},
		{
			name:   "dotted acronym ends a sentence before a pronoun",
			text:   "Cox says the plan distracts from attacks in the U.S. He says Americans don't need any more \"condescending lectures that are devoid of facts.\"\n",
			in:     "condescending lectures",
			source: "He",
		},
		{
			name:   "dotted acronym inside a name keeps the sentence",
			text:   "The U.S. Army said it would \"review every single case\" this year.\n",
			in:     "review every single case",
			source: "The U.S. Army",
		},
		{
			name:   "no cue inside an opening prepositional phrase",
			text:   "In interviews and letters, Smith has argued that the committee has run a \"rigged\" process for insiders.\n",
			in:     "rigged",
			source: "Smith",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, tc.run)
	}
}

// TestQuotedFragmentRules covers the rules that attribute a short quoted
// fragment inside a reported clause: a subject with appositions, a
// determiner standing alone as subject, and the naming verbs "portray"
// and "characterize".
func TestQuotedFragmentRules(t *testing.T) {
	cases := []sourceCase{
		{
			name:    "subject with an age and a role apposition",
			text:    "Jane Roe, 31, a freelance photographer, said the march was the \"perfect opportunity\" to be heard.\n",
			in:      "perfect opportunity",
			source:  "Jane Roe, 31, a freelance photographer,",
			verb:    "said",
			content: []string{`the march was the "perfect opportunity" to be heard`},
		},
		{
			name:   "subject with a parenthetical prepositional phrase",
			text:   "Mr. Doe, in a brief interview on Saturday, said his plane was a \"truly great aircraft.\"\n",
			in:     "truly great aircraft",
			source: "Mr. Doe", // round 18: the interjected phrase is no part of the source
		},
		{
			name:   "appositive subject after an introductory phrase with a naming verb",
			text:   "On Sunday, Sen. Jane Roe (D-Vt.), also a candidate, called the group \"abhorrent\" in a tweet.\n",
			in:     "abhorrent",
			source: "Sen. Jane Roe (D-Vt.), also a candidate,",
			verb:   "called",
		},
		{
			name:   "appositive subject must name a person or a role",
			text:   "The plan, in its current form, said nothing of the \"hard cases\" at all.\n",
			in:     "hard cases",
			absent: true,
		},
		{
			name:    "determiner alone as subject at the start of a sentence",
			text:    "Several said they would rather fund schools through \"block grants\" to states.\n",
			in:      "block grants",
			source:  "Several",
			content: []string{`they would rather fund schools through "block grants" to states`},
		},
		{
			name:   "determiner alone as subject after a semicolon",
			text:   "Voters were worried about the economy; most said they were \"very worried.\"\n",
			in:     "very worried",
			source: "most",
		},
		{
			name:   "determiner before a noun is no subject",
			text:   "Some reports described the vote as a \"landslide\" for the party.\n",
			in:     "landslide",
			source: "Some reports",
		},
		{
			name:   "determiner before a present form stays a noun phrase",
			text:   "Both calls were \"routine\" for the office.\n",
			in:     "routine",
			absent: true,
		},
		{
			name:   "portraying as a naming verb",
			text:   "On Monday, Roe tried to turn the tables, portraying Doe as a \"hypocrite\" on trade.\n",
			in:     "hypocrite",
			source: "Roe",
		},
		{
			name:   "characterized as a naming verb",
			text:   "Doe characterized the deal as \"a betrayal\" of workers.\n",
			in:     "a betrayal",
			source: "Doe",
			verb:   "characterized",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, tc.run)
	}
}

// TestCommonNounSubjects covers speakers named by a common noun (a role,
// a body, a text) and present forms read as nouns inside a noun phrase.
func TestCommonNounSubjects(t *testing.T) {
	cases := []sourceCase{
		{
			name:   "definite person noun with a short quoted phrase",
			text:   "The former first lady calls it her \"responsibility gene\" and smiles.\n",
			in:     "responsibility gene",
			source: "The former first lady",
		},
		{
			name:   "bare plural person noun with a short quoted phrase",
			text:   "In town, people describe the plan as \"a long shot\" at best.\n",
			in:     "a long shot",
			source: "people",
		},
		{
			name:   "definite body noun with a short quoted phrase",
			text:   "Last week the coalition described the remarks as \"divisive\" on Tuesday.\n",
			in:     "divisive",
			source: "the coalition",
		},
		{
			name:   "definite text noun with a short quoted phrase",
			text:   "The affidavit describes the meeting as \"tense\" and brief.\n",
			in:     "tense",
			source: "The affidavit",
		},
		{
			name:   "definite thing with a short quoted phrase is no speaker",
			text:   "The weather made the trip \"an ordeal\" for everyone.\n",
			in:     "an ordeal",
			absent: true,
		},
		{
			name:   "present form after a modifier and a name is a noun",
			text:   "She starred in the TLC reality show \"Cake Boss\" for two seasons, and more.\n",
			in:     "Cake Boss",
			absent: true,
		},
		{
			name:   "present form after two modifiers is a noun",
			text:   "The report faulted the private server email \"setup\" in detail.\n",
			in:     "setup",
			absent: true,
		},
		{
			name:   "present form after a role noun stays a verb",
			text:   "The former campaign spokesman says the race is \"over\" for them.\n",
			in:     "over",
			source: "The former campaign spokesman",
			verb:   "says",
		},
		{
			name:   "a bare speech verb after a body noun stays a verb",
			text:   "\"We will not be silent,\" the local union said.\n",
			in:     "We will not be silent",
			source: "the local union",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, tc.run)
	}
}

// TestPrecisionAndSpeakerRules covers the naming participle, passive
// reporting verbs, coordinated cues after a subordinate clause and
// prepositional objects before a cue.
func TestPrecisionAndSpeakerRules(t *testing.T) {
	cases := []sourceCase{
		{
			name:   "naming participle after a noun names no speaker",
			text:   "The troupe staged a comedy called \"The Long Goodbye\" at the old theater downtown.\n",
			in:     "The Long Goodbye",
			absent: true,
		},
		{
			name:   "naming participle after a noun and a comma",
			text:   "The district adopted a reading program, dubbed \"Books First,\" in every school.\n",
			in:     "Books First",
			absent: true,
		},
		{
			name:   "finite naming verb with an object keeps its speaker",
			text:   "The mayor called the budget \"a total mess\" on Monday.\n",
			in:     "a total mess",
			source: "The mayor",
		},
		{
			name:   "passive question takes the agent as speaker",
			text:   "Mayor Ann Ortiz was asked by moderator Tom Reyes, \"Will you raise taxes next year?\"\n",
			in:     "Will you raise taxes next year?",
			source: "moderator Tom Reyes",
		},
		{
			name:   "passive question without an agent has no speaker",
			text:   "On the radio, Mayor Ann Ortiz was asked, \"Will you raise taxes next year?\"\n",
			in:     "Will you raise taxes next year?",
			source: "",
		},
		{
			name:   "quoted as saying keeps the subject",
			text:   "Councilman Joe Park was quoted as saying, \"We will fix the roads before winter comes.\"\n",
			in:     "We will fix the roads",
			source: "Councilman Joe Park",
		},
		{
			name:   "coordinated cue after a subordinate clause takes the main subject",
			text:   "Governor Lee praised the deal after she met the strikers and said it was \"a fair result\" for all.\n",
			in:     "a fair result",
			source: "Governor Lee",
		},
		{
			name:   "participle after a subordinate clause keeps that clause's subject",
			text:   "The rally ended when the protesters marched off, chanting \"no more cuts\" down the avenue.\n",
			in:     "no more cuts",
			source: "the protesters",
		},
		{
			name:   "object of a preposition before the cue is not its subject",
			text:   "Ms. Grant, who has in the past described the agency as \"a black hole,\" now praises it.\n",
			in:     "a black hole",
			absent: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, tc.run)
	}
}

// TestCueRecallRules covers cues found for quotations that had none: a
// quotation set apart after reported speech, a bare cue with a short
// prepositional tail, verb-first cues after an opening phrase, a relative
// clause left open before the cue, and stray or invisible marks.
func TestCueRecallRules(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "quotation paragraph after reported speech",
			text:   "Maria Lopez said the council had voted against the plan.\n\n\"We could not accept it. The costs were far too high.\"",
			in:     "We could not accept it",
			source: "Maria Lopez",
			verb:   "said",
		},
		{
			name:   "quotation paragraph after a report names no speaker",
			text:   "The plan failed in May, the Daily Planet reported.\n\n\"It was a mess from the very start.\"",
			in:     "It was a mess",
			source: "",
		},
		{
			name:   "quotation paragraph with its own cue keeps it",
			text:   "Maria Lopez said the council had voted against the plan.\n\n\"We could not accept it at all,\" Tom Jones said.",
			in:     "We could not accept it",
			source: "Tom Jones",
		},
		{
			name:   "bare cue with a prepositional tail",
			text:   `Tom Jones said in a statement. "We will appeal the ruling as soon as we can."`,
			in:     "We will appeal",
			source: "Tom Jones",
		},
		{
			name:   "verb first after a conjunction",
			text:   `The talks went well. But, said Tom Jones, "we cannot wait any longer for them."`,
			in:     "we cannot wait",
			source: "Tom Jones",
		},
		{
			name:   "verb first after an opening phrase and a colon",
			text:   `In other words, explained moderator Ann Lee: "What does that have to do with the donations?"`,
			in:     "What does that have",
			source: "moderator Ann Lee",
		},
		{
			name:   "relative clause without its closing comma",
			text:   `"The numbers look bad for the party," Jane Roe, the analyst who founded the survey tweeted on Monday.`,
			in:     "The numbers look bad",
			source: "Jane Roe, the analyst who founded the survey",
			verb:   "tweeted",
		},
		{
			name:   "closing marks used as a pair",
			text:   `He says,” there are many people who never get heard.”`,
			in:     "there are many people",
			source: "He",
		},
		{
			name:   "direction mark before the opening quotation",
			text:   "\u202a”We must act now to protect the park,” wrote Ann Lee.",
			in:     "We must act now",
			source: "Ann Lee",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestSpanChoiceRules covers which mention a participle or coordinated cue
// takes as its source, and quotations that name a work or a show.
func TestSpanChoiceRules(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "reporting verb with an unparsed subject is no boundary crossing",
			text:   `Sen. Ann Lee (D-Ore.), said on Monday that he had not read the bill, but called it a "decent start for talks."`,
			in:     "decent start",
			source: "Sen. Ann Lee (D-Ore.)",
			verb:   "called",
		},
		{
			name:   "subject of a how clause does not replace the main subject",
			text:   `The retired surgeon gave no details about how he planned to cut costs, saying only that he was "reviewing every contract we have."`,
			in:     "reviewing every contract",
			source: "The retired surgeon",
			verb:   "saying",
		},
		{
			name:   "subject of a what clause does not replace the main subject",
			text:   `The mayor never explained what they wanted from the state, saying the request was "simply a formality at this stage."`,
			in:     "simply a formality",
			source: "The mayor",
		},
		{
			name:   "show title after a possessive is no quotation with a cue",
			text:   `Speaking on a radio network's "Morning Hour," Tom Jones said the budget was a "real disaster" for the city.`,
			in:     "Morning Hour",
			absent: true,
		},
		{
			name:   "the cue after a show title reports the clause that follows",
			text:   `Speaking on a radio network's "Morning Hour," Tom Jones said the budget was a "real disaster" for the city.`,
			in:     "real disaster",
			source: "Tom Jones",
			verb:   "said",
		},
		{
			name:   "short chant after a preposition is no quotation with a cue",
			text:   `Greeted at the door with a sign of "we want more!," the senator said the race was tightening.`,
			in:     "we want more",
			absent: true,
		},
		{
			name:    "the cue after a short chant reports the clause that follows",
			text:    `Greeted at the door with a sign of "we want more!," the senator said the race was tightening.`,
			in:      "race was tightening",
			source:  "the senator",
			verb:    "said",
			content: []string{"the race was tightening"},
		},
		{
			name:   "a long quotation after a possessive keeps its cue",
			text:   `But the agency's "handling of the whole affair was careless from the start," Ann Lee said.`,
			in:     "handling of the whole affair",
			source: "Ann Lee",
		},
		{
			name:   "a bare form after a determiner and a name is a noun",
			text:   `The Berlin attack marked a turning point for the continent in every way.`,
			in:     "turning point",
			absent: true,
		},
		{
			name:   "a past form after a determiner and a name stays a verb",
			text:   `The NAACP said the new rules were "a step backwards for voters."`,
			in:     "a step backwards",
			source: "The NAACP",
			verb:   "said",
		},
		{
			name:   "a plural name before a bare form keeps the verb",
			text:   `The Democrats say the plan is "dead on arrival in the Senate."`,
			in:     "dead on arrival",
			source: "The Democrats",
			verb:   "say",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

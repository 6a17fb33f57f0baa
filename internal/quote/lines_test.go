package quote

import (
	"strings"
	"testing"
)

// TestQuotationOverLines checks quotations of several sentences in text
// split one sentence per line: the quotation goes on past a line break
// when the next mark closes it, and ends there when the next line opens
// with a mark (a new paragraph of a long quotation) or opens a quotation
// of its own first.
func TestQuotationOverLines(t *testing.T) {
	runFormCases(t, []formCase{
		{
			name: "tokenized marks over two lines",
			text: "`` NATO are liars .\nThey are siding with Gaddafi , '' Salem Mislat , a rebel , said .",
			want: []want{{Content: []string{"NATO are liars .\nThey are siding with Gaddafi"}, Direct: true, Verb: "said",
				Source: "Salem Mislat , a rebel ,", Mention: "Salem Mislat", Speaker: "Salem Mislat"}},
		},
		{
			name: "curly marks over three lines",
			text: "Smith spoke late.\n“We are ready.\nWe have always been.\nNothing will change,” Smith said.",
			want: []want{{Content: []string{"We are ready.\nWe have always been.\nNothing will change"}, Direct: true, Verb: "said",
				Source: "Smith", Mention: "Smith", Speaker: "Smith"}},
		},
		{
			name: "straight marks over two lines",
			text: "\"We are ready.\nNothing will change,\" Anna Smith said.",
			want: []want{{Content: []string{"We are ready.\nNothing will change"}, Direct: true, Verb: "said",
				Source: "Anna Smith", Mention: "Anna Smith", Speaker: "Anna Smith"}},
		},
		{
			name: "next paragraph opens with a mark",
			text: "Anna Smith said: “We are ready.\n“Nothing will change,” she added.",
			want: []want{
				{Content: []string{"We are ready."}, Direct: true, Verb: "said", Source: "Anna Smith", Mention: "Anna Smith", Speaker: "Anna Smith"},
				{Content: []string{"Nothing will change"}, Direct: true, Verb: "added", Source: "she", Mention: "she", Speaker: "Anna Smith"},
			},
		},
		{
			name: "an open quotation runs to the line before its next paragraph",
			text: "Anna Smith said: “We are ready.\nNothing will change.\n“The vote is next week.”",
			want: []want{{Content: []string{"We are ready.\nNothing will change.", "The vote is next week."}, Direct: true, Verb: "said",
				Source: "Anna Smith", Mention: "Anna Smith", Speaker: "Anna Smith"}},
		},
		{
			name: "not past a blank line",
			text: "Anna Smith said: “We are ready.\n\nThe minister left.\n\n“The vote is next week,” Tom Jones said.",
			want: []want{
				{Content: []string{"We are ready."}, Direct: true, Verb: "said", Source: "Anna Smith", Mention: "Anna Smith", Speaker: "Anna Smith"},
				{Content: []string{"The vote is next week"}, Direct: true, Verb: "said", Source: "Tom Jones", Mention: "Tom Jones", Speaker: "Tom Jones"},
			},
		},
		{
			name: "a cue split from its quotation by a line break",
			text: "`` Does an Italian bank trust a Spanish bank ? ''\nasked Albert Kyle , a finance professor .",
			want: []want{{Content: []string{"Does an Italian bank trust a Spanish bank ?"}, Direct: true, Verb: "asked",
				Source: "Albert Kyle , a finance professor", Mention: "Albert Kyle", Speaker: "Albert Kyle"}},
		},
		{
			name: "next line opens a quotation of its own",
			text: "Anna Smith said: “We are ready.\nTom Jones called it “a stunt,” and left.",
			want: []want{
				{Content: []string{"We are ready."}, Direct: true, Verb: "said", Source: "Anna Smith", Mention: "Anna Smith", Speaker: "Anna Smith"},
				{Content: []string{"it “a stunt,”"}, Verb: "called", Source: "Tom Jones", Mention: "Tom Jones", Speaker: "Tom Jones"},
			},
		},
	})
}

// TestTokenizedBrackets pins that Penn Treebank brackets ("-LRB-",
// "-RRB-") set off a party label or an acronym as parentheses do.
func TestTokenizedBrackets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a party label before the cue",
			text: "`` We are ready now to go , '' Rep. Jane Roe -LRB- D-Mich . -RRB- said at a hearing .",
			want: []string{"Jane Roe"},
		},
		{
			name: "an apposition ending on an acronym before the cue",
			text: "`` Operations will start in May , '' Tom Mayor , spokesman for Arabian Gulf Oil Company -LRB- AGOC -RRB- told Reuters .",
			want: []string{"Tom Mayor"},
		},
		{
			name: "a person of a body with an acronym after the cue",
			text: "`` There is gangrene everywhere , '' said Hans Dillen of Medecins Sans Frontieres -LRB- MSF -RRB- .",
			want: []string{"Hans Dillen"},
		},
		{
			name: "a body with an acronym after the cue",
			text: "`` It is growing , '' said the National Oceanic and Atmospheric Administration -LRB- NOAA -RRB- .",
			want: []string{"National Oceanic and Atmospheric Administration"},
		},
	})
}

// TestQuotationOfParagraphsAfterReportedSpeech pins that a quotation of
// several paragraphs set apart after reported speech is that speaker's,
// every paragraph of it, and that a quotation whose closing mark is
// missing (the next paragraph opens with no mark) is not.
func TestQuotationOfParagraphsAfterReportedSpeech(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "paragraphs",
			text: "Professor Ferguson said decisions must be taken swiftly.\n\n\"We really need to be prepared. The virus is not spreading fast.\n\n\"One of the key decisions is how much vaccine to make.\"\n\nThe agency was monitoring.",
			want: []string{"Ferguson", "Ferguson"},
		},
		{
			name: "lines",
			text: "Professor Ferguson said decisions must be taken swiftly .\n`` We really need to be prepared .\nThe virus is not spreading fast .\n`` One of the key decisions is how much vaccine to make . ''",
			want: []string{"Ferguson", "Ferguson"},
		},
		{
			name: "a closing mark missing",
			text: "Tom Roe said families did not understand the paperwork.\n\n\"There was not a lot of education to parents, said Jane Kessel, whose group is helping.\n\nSome have been able to pursue a typical path.",
			want: []string{"Tom Roe", ""},
		},
	})
}

// TestTokenizedClosingMarkOpensNothing pins that in Penn Treebank text a
// closing mark (two apostrophes) met with no quotation open, its opening
// mark lost as in a page's pull quote, opens no quotation running over
// what follows it.
func TestTokenizedClosingMarkOpensNothing(t *testing.T) {
	text := "`` We will stay , '' Jane Roe said .\nThe talks are over '' End Quote Jane Roe , spokeswoman , said the talks went on into the night and that nobody had left the room before dawn , as the envoys waited for word from the capital ."
	for _, a := range Extract(text) {
		for _, c := range a.Content {
			if strings.Contains(text[c.Start:c.End], "End Quote") {
				t.Errorf("Extract(%q) has content %q", text, text[c.Start:c.End])
			}
		}
	}
}

package quote

import "testing"

// TestReadingCorrections covers what a reader saw wrong in listed quotes:
// a short prepositional tail taken for the reported clause, an agent phrase
// taken for content, a participle clause after the cue, and a wire dateline
// inside the content.
func TestReadingCorrections(t *testing.T) {
	tests := []sourceCase{
		{
			name:    "a time phrase after a closing cue is no content",
			text:    `Engineers have found cracks in the old spillway, the water board confirmed on Tuesday.`,
			in:      "found cracks",
			source:  "the water board",
			content: []string{"Engineers have found cracks in the old spillway"},
		},
		{
			name:   "an agent phrase after a participle is no content",
			text:   `Residents welcomed the inquiry into the collapse announced yesterday by the transport minister.`,
			in:     "transport minister",
			absent: true,
		},
		{
			name:    "a participle clause after the closing cue is no content",
			text:    `Heavy rain will reach the valley on Sunday, the weather service warned on Friday, raising fears for the old dam.`,
			in:      "Heavy rain",
			source:  "the weather service",
			content: []string{"Heavy rain will reach the valley on Sunday"},
		},
		{
			name:   "those told to do something did not say it",
			text:   `About 3,000 people went home yesterday, eighteen days after they were told to leave the valley.`,
			in:     "leave the valley",
			absent: true,
		},
		{
			name:   "whoever told them to is the speaker",
			text:   `The families were told by the police to leave the valley.`,
			in:     "leave the valley",
			source: "the police",
		},
		{
			name:    "reported content in an adverbial clause ends at its comma",
			text:    `After a survey showed the cracks had grown, the governor ordered the town cleared.`,
			in:      "cracks had grown",
			source:  "a survey",
			content: []string{"the cracks had grown"},
		},
		{
			name:    "a cue interrupting its clause reports both parts",
			text:    `Many of the closures, she said, have hurt the small towns most.`,
			in:      "closures",
			source:  "she",
			content: []string{"Many of the closures", "have hurt the small towns most"},
		},
		{
			name:    "a noun phrase before an interrupting cue",
			text:    `The new bridge, the mayor said, will cost the town millions.`,
			in:      "bridge",
			source:  "the mayor",
			content: []string{"The new bridge", "will cost the town millions"},
		},
		{
			name:    "a share of people written out speaks as a group",
			text:    `Forty percent said they would vote for the new levy.`,
			in:      "vote for the new levy",
			source:  "Forty percent",
			content: []string{"they would vote for the new levy"},
		},
		{
			name:    "the time of a naming is no part of the name",
			text:    `The senator called the mayor the founder of the scheme on Wednesday at a rally in Dover.`,
			in:      "founder of the scheme",
			source:  "The senator",
			content: []string{"the mayor the founder of the scheme"},
		},
		{
			name:    "a time inside what was said stays",
			text:    `The senator said the vote would take place on Wednesday at noon.`,
			in:      "the vote",
			source:  "The senator",
			content: []string{"the vote would take place on Wednesday at noon"},
		},
		{
			name:   "a role and the body it heads",
			text:   `"We will not close the pool," said the head of the local Water Council.`,
			in:     "close the pool",
			source: "the head of the local Water Council",
		},
		{
			name:    "a wire dateline is no part of the reported clause",
			text:    `PORT ELLIS, March 4 (NWA) - Engineers have found cracks in the old spillway, the water board said.`,
			in:      "found cracks",
			source:  "the water board",
			content: []string{"Engineers have found cracks in the old spillway"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestSubordinateNamesAreNoSubjects: a name inside an opening subordinate
// or participle clause ("Asked whether Smith ...") is not the sentence's
// subject, so a pronoun after it goes to the subject before.
func TestSubordinateNamesAreNoSubjects(t *testing.T) {
	text := "Transport Minister Ann Lee visited the town on Thursday.\n" +
		"Asked whether Tom Reed, the head of the water board, should resign, she said Reed should \"think hard\"."
	var got string
	for _, a := range Extract(text) {
		if a.Mention.Valid() && text[a.Mention.Start:a.Mention.End] == "she" {
			got = a.Speaker
		}
	}
	if got != "Ann Lee" {
		t.Errorf(`speaker of "she said" = %q, want Ann Lee`, got)
	}
}

// TestPossessiveHeads: in "X of Y's Z" the speaker is Z, not X: no person
// named X is the speaker.
func TestPossessiveHeads(t *testing.T) {
	for _, tc := range []struct {
		text, mention, speaker string
	}{
		{`The Bank of Estmere's chief economist said rates would rise.`, "The Bank of Estmere's chief economist", ""},
		{`The Republic of Varsland's infrastructure ministry said it had sent engineers.`, "The Republic of Varsland's infrastructure ministry", ""},
		{`The Bank of Estmere's governor, Ann Lee, said rates would rise.`, "The Bank of Estmere's governor", "Ann Lee"},
	} {
		atts := Extract(tc.text)
		if len(atts) == 0 || !atts[0].Mention.Valid() {
			t.Errorf("Extract(%q): no speaker mention: %+v", tc.text, atts)
			continue
		}
		a := atts[0]
		if got := tc.text[a.Mention.Start:a.Mention.End]; got != tc.mention || a.Speaker != tc.speaker {
			t.Errorf("Extract(%q): mention %q speaker %q, want %q %q", tc.text, got, a.Speaker, tc.mention, tc.speaker)
		}
	}
}

// TestAddressees: verbs that name whom they address before what they
// report, and any cue addressing someone with "to" before "that", keep the
// addressee out of the content.
func TestAddressees(t *testing.T) {
	for _, tc := range []struct {
		text, content, addressee string
	}{
		{`Engineers warned the water board that the concrete was weak.`, "the concrete was weak", "the water board"},
		{`Engineers warned the water board about weak concrete in the spillway.`, "about weak concrete in the spillway", "the water board"},
		{`The mayor assured voters that the bridge would reopen.`, "the bridge would reopen", "voters"},
		{`Engineers warned the concrete was weak.`, "the concrete was weak", ""},
		{`The mayor admitted to the newspaper that the bridge had "no future."`, `the bridge had "no future."`, "the newspaper"},
		{`The mayor said to reporters that the bridge would reopen.`, "the bridge would reopen", "reporters"},
		{`The mayor confessed to friends that the bridge would close.`, "the bridge would close", "friends"},
		{`The mayor conceded to Ada Morrow that the bridge would close.`, "the bridge would close", "Ada Morrow"},
	} {
		atts := Extract(tc.text)
		if len(atts) != 1 || len(atts[0].Content) != 1 {
			t.Errorf("Extract(%q) = %+v, want one attribution", tc.text, atts)
			continue
		}
		a := atts[0]
		if got := tc.text[a.Content[0].Start:a.Content[0].End]; got != tc.content || a.Addressee != tc.addressee {
			t.Errorf("Extract(%q): content %q addressee %q, want %q %q", tc.text, got, a.Addressee, tc.content, tc.addressee)
		}
	}
}

package quote

import "testing"

// TestAcronymOrganisations pins that an organisation named with its
// acronym in brackets is named whole, links and all, before or after its
// cue; a bracket that spells no acronym of the words before it changes
// nothing.
func TestAcronymOrganisations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "links in the name, before the cue",
			text: "The National Oceanic and Atmospheric Administration (NOAA) said the slick had grown.",
			want: []string{"National Oceanic and Atmospheric Administration"},
		},
		{
			name: "links in the name, after the cue",
			text: "“It is growing,” said the National Oceanic and Atmospheric Administration (NOAA).",
			want: []string{"National Oceanic and Atmospheric Administration"},
		},
		{
			name: "an acronym that spells the first words only",
			text: "The Centers for Disease Control and Prevention (CDC) reported 2,254 cases.",
			want: []string{"Centers for Disease Control and Prevention"},
		},
		{
			name: "no part of the name is a person",
			text: "The Centers for Disease Control and Prevention (CDC) reported 2,254 cases. “Today there are more,” she said.",
			want: []string{"Centers for Disease Control and Prevention", ""},
		},
		{
			name: "a person of the body an acronym spells",
			text: "Tom Roe of the Centers for Disease Control and Prevention (CDC) said the cases rose.",
			want: []string{"Tom Roe"},
		},
		{
			name: "a party label in brackets is no acronym",
			text: "Sen. Pat Toomey (R-Pa.) said the plan had failed.",
			want: []string{"Pat Toomey"},
		},
		{
			name: "an acronym that the words before it do not spell",
			text: "Kestrel Voss (AP) said the plan had failed.",
			want: []string{"Kestrel Voss"},
		},
	})
}

// TestOrganisationNames pins that an organisation's name with links is
// named whole, that a person named with it is still the person, and that
// a speaker with two appositions is the name they describe.
func TestOrganisationNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "links in a body's name",
			text: "The Center for Economic and Policy Research said the fund had not gone far enough.",
			want: []string{"Center for Economic and Policy Research"},
		},
		{
			name: "links in a body's name after the cue",
			text: "“It is over,” said the Department of Energy and Climate Change.",
			want: []string{"Department of Energy and Climate Change"},
		},
		{
			name: "a body's name joined by and, its noun last",
			text: "The National Oceanic and Atmospheric Administration said the slick had grown.",
			want: []string{"National Oceanic and Atmospheric Administration"},
		},
		{
			name: "two people joined by and stay apart",
			text: "“It is over,” said Tom Smith and Jane Roe.",
			want: []string{"Tom Smith"},
		},
		{
			name: "a person of the body",
			text: "Tom Leach of the Center for Budget and Policy Priorities argues that the plan failed.",
			want: []string{"Tom Leach"},
		},
		{
			name: "a name with two appositions",
			text: "Tom Weisbrot, co-director of the Center for Economic and Policy Research, a left-leaning think tank, said the fund had not gone far enough.",
			want: []string{"Tom Weisbrot"},
		},
		{
			name: "an opening phrase is no name",
			text: "Referring to Tom Pacitti, the Scottish health secretary, Nicola Sturgeon, said: “This is significant.”",
			want: []string{"Nicola Sturgeon"},
		},
	})
}

// TestBodyNamedAgain pins that "the company", "the alliance" and the like
// name the body named in the sentences before, never a time zone, a
// country or a word of a heading in capitals.
func TestBodyNamedAgain(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "an acronym named before",
			text: "BP capped the well on Thursday. “The well is now being monitored,” the company said.",
			want: []string{"BP"},
		},
		{
			name: "a body's name",
			text: "The International Organization for Migration chartered a ship. “It carried 900 people,” the agency said.",
			want: []string{"International Organization for Migration"},
		},
		{
			name: "a body's name, not the day after it",
			text: "The Federal Reserve Bank of New York on Friday cut its forecast. “Growth will slow,” the agency said.",
			want: []string{"Federal Reserve Bank of New York"},
		},
		{
			name: "a company is named by its initials or a company word",
			text: "The World Trade Organization ruled on the case. “We will appeal,” the company said.",
			want: []string{""},
		},
		{
			name: "no news agency",
			text: "AFP reported the attack on Monday. “We condemn it,” the group said.",
			want: []string{"AFP", ""},
		},
		{
			name: "no dateline",
			text: "EMPIRE, La. -- It could have been a turnaround week. “We will pay,” the company said.",
			want: []string{""},
		},
		{
			name: "no time zone",
			text: "Updated 10:02 ET. “Prices will rise,” the company said.",
			want: []string{""},
		},
		{
			name: "no country",
			text: "Shares fell in the UK on Monday. “Prices will rise,” the company said.",
			want: []string{""},
		},
		{
			name: "no label",
			text: "NEW : Prices rose in May. “Prices will rise,” the company said.",
			want: []string{""},
		},
		{
			name: "no word of a heading",
			text: "ACME RUNS OUT OF CASH. “We have cash,” the company said.",
			want: []string{""},
		},
		{
			name: "a one-word company acting as a subject, nearer than an acronym",
			text: "BP misread the tests, the report said. In response, Varnholt said its crews were “well trained.” The company also said the rig was “safe.”",
			want: []string{"", "Varnholt", "Varnholt"},
		},
		{
			name: "no common word opening a sentence",
			text: "BP capped the well on Thursday. Oil is no longer leaking into the gulf, and the oil on the shore is thin. “The well is now being monitored,” the company said.",
			want: []string{"BP"},
		},
		{
			name: "no plural noun opening a sentence",
			text: "BP capped the well on Thursday. Crews pumped mud into the well. “The well is now being monitored,” the company said.",
			want: []string{"BP"},
		},
	})
}

package trim

import "testing"

func TestLeadStart(t *testing.T) {
	tests := []struct {
		name, in, lead string // lead "" means no glued headline
	}{
		{"headline", "Oil spill is worst in US history The oil spill off the coast is now the worst in US history .",
			"The oil spill off the coast is now the worst in US history ."},
		{"headline and caption", "Flu outbreak reaches Europe The UN has warned that the virus may spread The first cases of flu have been confirmed in Europe .",
			"The first cases of flu have been confirmed in Europe ."},
		{"title case headline", "Crisis Leaves Town Reeling A bank in the capital , where many borrowers are struggling to repay loans .",
			"A bank in the capital , where many borrowers are struggling to repay loans ."},
		{"caption ending in a quotation", "Robots sent to cap leak The coast guard called it a `` very serious spill '' Robotic submarines are being used to stop oil leaking from the well .",
			"Robotic submarines are being used to stop oil leaking from the well ."},
		{"agency dateline", "Wire staff report -LRB- CNN -RRB- -- The ship carrying the bodies reached port on Thursday night in the harbour .",
			"The ship carrying the bodies reached port on Thursday night in the harbour ."},
		{"quotation inside a lead after a dateline", "Harbour strike grows HARBOURTOWN -LRB- Reuters -RRB- - The mayor warned the union on Friday not to `` nickel and dime '' Harbour town residents over the damage claims of the long strike .",
			"The mayor warned the union on Friday not to `` nickel and dime '' Harbour town residents over the damage claims of the long strike ."},
		{"help link after a stamp", "13 July 2010 Last updated at 09:43 GMT Help Acme has installed a new sealing cap on the leaking harbour well , officials say .",
			"Acme has installed a new sealing cap on the leaking harbour well , officials say ."},
		{"blog stamp with the clock first", "Harbour diary 09:33 UK time , Wednesday , 9 June 2010 Acme is getting blasted from every corner over the harbour spill .",
			"Acme is getting blasted from every corner over the harbour spill ."},
		{"a date after a stamp", "In this image taken from video at 12:23 a.m. EDT , Saturday Sept. 4 , 2010 Aug. 3 , 2010 shows the valve that failed to stop the leak .", ""},
		{"headline before a dated place", "Harbour Plans New Fund ; Banks Cut Rates HARBOURTOWN , Dec. 4 -- Facing a drastic slowdown , the council announced a new fund on Thursday .",
			"Facing a drastic slowdown , the council announced a new fund on Thursday ."},
		{"headline and time stamp", "Spill larger than estimated Coastguard says more oil is leaking Thursday 29 April 2010 09.28 BST Five times more oil a day is spewing into the sea than first thought .",
			"Five times more oil a day is spewing into the sea than first thought ."},
		{"clock time in a sentence", "The meeting on 3 May 2010 ended at 10.30 and Ministers left without a deal on the budget .", ""},
		{"plain sentence", "The oil spill off the coast is now the worst in US history , officials said .", ""},
		{"name after a preposition", "Delegates gathered in The Hague on Monday to open talks on the future of the court .", ""},
		{"name after a verb of saying", "The minister told The Observer on Sunday that the plan would be published within weeks .", ""},
		{"nickname in quotes", "Sean `` Diddy '' Combs will host a two-hour concert and telethon for the victims next week .", ""},
		{"photo credit with agency", "Photograph : Jane Roe\\/Agency The minister said on Monday that the plan would be published within weeks .",
			"The minister said on Monday that the plan would be published within weeks ."},
		{"photo credit with agency words", "Protesters gather outside Photograph : Jane Roe\\/Pix\\/Getty Images Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"photo credit without agency", "Photograph : Jane Roe Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"photo credit of an abbreviation", "Photograph : AP Nine new cases of the virus were confirmed in the region today .",
			"Nine new cases of the virus were confirmed in the region today ."},
		{"photo credit before an opener", "Photo : Jane Roe The question is whether the harbour will reopen this year .",
			"The question is whether the harbour will reopen this year ."},
		{"heading in capitals", "NEW CAP FOR LEAKING WELL When engineers removed the old cap , oil began to flow again .",
			"When engineers removed the old cap , oil began to flow again ."},
		{"abbreviations before a name", "ACME PLC CEO Jane Roe said on Monday that the harbour would reopen within weeks .", ""},
		{"abbreviations opening a sentence", "US EU UN officials met on Monday to agree a plan for the harbour and its workers .", ""},
		{"name written twice", "Cleaning costs mount for Acme Acme has said the cost of cleaning the harbour has risen again .",
			"Acme has said the cost of cleaning the harbour has risen again ."},
		{"bracketed photo credits", "-LRB- AP Photo\\/Jane Roe -RRB- -LRB- Jane Roe - AP -RRB- Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"agency slash credit", "AGENCY\\/Jane Roe Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"agency slash credit and agency words", "AGENCY\\/Pix Images Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"wire photo credit", "AP Photo\\/Jane Roe Ministers met on Monday to agree a plan for the harbour .",
			"Ministers met on Monday to agree a plan for the harbour ."},
		{"credit of a body", "Photograph : Centre for Harbour Studies\\/Agency With the strike in its third week , ministers met on Monday .",
			"With the strike in its third week , ministers met on Monday ."},
		{"agency word that opens the lead", "Photograph : Jane Roe\\/Agency Images of the flooded harbour were shown to ministers on Monday .",
			"Images of the flooded harbour were shown to ministers on Monday ."},
		{"abbreviation before a slash", "Photograph : ACME\\/Agency ACME said on Monday that the harbour would reopen within weeks .",
			"ACME said on Monday that the harbour would reopen within weeks ."},
		{"brackets that are no credit", "-LRB- Updated -RRB- Ministers met on Monday to agree a plan for the harbour .", ""},
		{"headline before a subordinate clause", "Pilots refuse to fly , leave their base Even as the minister called on the air force to act , reports of desertions grew .",
			"Even as the minister called on the air force to act , reports of desertions grew ."},
		{"title opening with a subordinating word", "The council will screen the film When Harry Met Sally at the harbour on Friday night .", ""},
		{"subordinating word after punctuation", "The harbour was closed , and As the storm passed the boats returned to sea .", ""},
		{"headline ending in a single quotation", "Harbour repair ` going as planned ' The port authority says its new attempt to seal the wall is working .",
			"The port authority says its new attempt to seal the wall is working ."},
		{"apostrophe of a plural", "The protesters ' Demands were read out in the square by a spokesman on Monday night .", ""},
		{"lead opening on a quantity", "Harbour school closes Another nine cases of the virus have been confirmed in the town , officials said .",
			"Another nine cases of the virus have been confirmed in the town , officials said ."},
		{"quantity after a verb of saying", "The council says Two hundred homes had been flooded by the storm on Monday night .", ""},
		{"headline ending on its attribution", "Harbour must answer on the wall , council says The new gate should seal the harbour better , engineers hope .",
			"The new gate should seal the harbour better , engineers hope ."},
		{"attribution before a title", "The wall will hold , the engineer says The Harbour Times reported on Monday that it would not .", ""},
		{"subordinate clause after a name", "Flu has killed dozens in Lowen As concern about the virus grows , doctors ask what can be learned .",
			"As concern about the virus grows , doctors ask what can be learned ."},
		{"name after a quotation in a headline", "Mayor 's remarks ` not anti-business ' Jane Roe said the harbour plan would go ahead next year .",
			"Jane Roe said the harbour plan would go ahead next year ."},
		{"quotation and its attribution", "`` We will rebuild the harbour wall , '' Jane Roe said on Monday in Lowen .", ""},
		{"lead repeating the opening name", "Jane Roe is the youngest of the harbour family Jane Roe , sister of the mayor , has been taken to hospital .",
			"Jane Roe , sister of the mayor , has been taken to hospital ."},
		{"opening name as an object", "The doctor accused of giving Jane Roe a lethal dose will be allowed to work , a judge ruled today .", ""},
		{"opening name after a determiner", "Jane Roe said the council would meet the Jane Roe Trust next week to agree a plan .", ""},
		{"lead too short", "Storm hits coast The storm has passed .", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			off := LeadStart(tt.in)
			got := ""
			if off > 0 {
				got = tt.in[off:]
			}
			if got != tt.lead {
				t.Errorf("LeadStart(%q) leaves %q, want %q", tt.in, got, tt.lead)
			}
		})
	}
}

func FuzzLeadStart(f *testing.F) {
	f.Add("Oil spill is worst in US history The oil spill off the coast is now the worst in US history .")
	f.Add("Sean `` Diddy '' Combs will host")
	f.Add("a -RRB- -- B")
	f.Add("Photograph : Jane Roe\\/Agency Images The")
	f.Add("-LRB- AP Photo\\/X -RRB- -LRB- X - AP -RRB- The")
	f.Add("REUTERS/ A")
	f.Fuzz(func(t *testing.T, s string) {
		off := LeadStart(s)
		if off < 0 || off > len(s) {
			t.Fatalf("LeadStart(%q) = %d, out of range", s, off)
		}
		HasCredit(s)
		var wc WordCase
		wc.Observe(s)
		if off := LeadStartIn(s, &wc); off < 0 || off > len(s) {
			t.Fatalf("LeadStartIn(%q) = %d, out of range", s, off)
		}
	})
}

func TestOpensWithHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"NEW CAP FOR LEAKING WELL When engineers removed the cap .", true},
		{"NEW CAP FOR", false}, // nothing after the heading
		{"US EU officials met on Monday .", false},
		{"The harbour reopened on Monday .", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := OpensWithHeading(tt.in); got != tt.want {
			t.Errorf("OpensWithHeading(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHasCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Photograph : Jane Roe\\/Agency The minister said on Monday that the plan would be published .", true},
		{"Photo: Jane Roe/Agency The minister said on Monday that the plan would be published.", true},
		{"The minister said : `` The plan will be published . ''", false},
		{"Picture this : a harbour without ships , the minister said .", false},
	}
	for _, tt := range tests {
		if got := HasCredit(tt.in); got != tt.want {
			t.Errorf("HasCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

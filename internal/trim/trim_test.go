package trim

import "testing"

func TestSentence(t *testing.T) {
	all := Options{Parentheticals: true, MaxAside: 20, Datelines: true, Attribution: true, MinWords: 4}
	tests := []struct {
		name string
		in   string
		opts Options
		want string
	}{
		{"ptb update stamp", "-LRB- Update 3:58 p.m. Cairo , 8:58 a.m. ET -RRB- The United States believes the police are returning .", Default(),
			"The United States believes the police are returning ."},
		{"cnn dateline", "Cairo , Egypt -LRB- CNN -RRB- -- Egypt braced for a `` march of millions '' in protests Tuesday .", Default(),
			"Egypt braced for a `` march of millions '' in protests Tuesday ."},
		{"byline with bars", "U.S. to keep heat on BP - Salazar WASHINGTON | Sun May 2 , 2010 9:05 am EDT WASHINGTON May 2 -LRB- Reuters -RRB- - The U.S. government will keep up pressure , Ken Salazar said on Sunday .", Default(),
			"The U.S. government will keep up pressure , Ken Salazar said on Sunday ."},
		{"comment header", "February 1 , 2011 at 4:29 pm | I think the aid should be withheld until conditions are met .", Default(),
			"I think the aid should be withheld until conditions are met ."},
		{"leading time stamp", "Friday , April 30 , 2010 ; 2:30 PM A huge oil slick washed up on the coast on Friday .", Default(),
			"A huge oil slick washed up on the coast on Friday ."},
		{"time stamp with zone", "29 April 2010 09.28 BST Five times more oil is leaking than first thought .", Default(),
			"Five times more oil is leaking than first thought ."},
		{"blog stamp with the clock first", "Jane Roe | 09:33 UK time , Wednesday , 9 June 2010 Acme is getting blasted from every corner over the harbour spill .", Default(),
			"Acme is getting blasted from every corner over the harbour spill ."},
		{"print page stamp", "Thursday , November 13 , 2008 ; Page A23 The council initially was n't enthusiastic about the harbour summit .", Default(),
			"The council initially was n't enthusiastic about the harbour summit ."},
		{"live-blog entry header", "HARBOURTOWN , 6:35 p.m. ET , 1:35 a.m. local : State television is reporting that the minister will speak soon .", Default(),
			"State television is reporting that the minister will speak soon ."},
		{"byline before a dateline", "By Jane Roe and Tom Ferris HARBOURTOWN , Lowen -- Determined to keep the harbour open , the council added a new fund .", Default(),
			"Determined to keep the harbour open , the council added a new fund ."},
		{"by in a sentence", "By Monday the council and its partners had agreed - after a long night - to reopen the harbour .", Default(),
			"By Monday the council and its partners had agreed - after a long night - to reopen the harbour ."},
		{"staff byline", "By the Harbour Wire Staff Jane Roe in Lowen : `` We will stay . ''", Default(),
			"Jane Roe in Lowen : `` We will stay . ''"},
		{"by the staff in a sentence", "By the Staff of Life bakery , a queue formed before dawn .", Default(),
			"By the Staff of Life bakery , a queue formed before dawn ."},
		{"clock time is content", "By 10.30 Friday the crowd had left the square , police said .", Default(),
			"By 10.30 Friday the crowd had left the square , police said ."},
		{"raw reuters", "LONDON (Reuters) - BP shares fell 5 percent on Monday after the spill grew.", Default(),
			"BP shares fell 5 percent on Monday after the spill grew."},
		{"attribution tail", "The well will be sealed by August , BP officials said .", all,
			"The well will be sealed by August ."},
		{"said first tail", "The well will be sealed by August , said Thad Allen .", all,
			"The well will be sealed by August ."},
		{"no change", "BP pumps cement to seal the damaged well .", all, "BP pumps cement to seal the damaged well ."},
		{"too short after trim", "-LRB- Update 1:00 a.m. -RRB- Protests go on .", Options{Parentheticals: true, MaxAside: 20, MinWords: 6},
			"-LRB- Update 1:00 a.m. -RRB- Protests go on ."},
		{"long aside kept", "He said -LRB- a b c d e f g h i j k l m n o p q r s t u v w -RRB- more words follow here .", Default(),
			"He said -LRB- a b c d e f g h i j k l m n o p q r s t u v w -RRB- more words follow here ."},
		{"list marker", `\* - The Coast Guard says cameras detect the well is leaking .`, Default(),
			"The Coast Guard says cameras detect the well is leaking ."},
		{"bullet", "• Talks between the two sides resumed in Geneva on Monday .", Default(),
			"Talks between the two sides resumed in Geneva on Monday ."},
		{"lowercase lead is not a dateline", "oil prices rose - traders said the spill would hurt supply for months .", Default(),
			"oil prices rose - traders said the spill would hurt supply for months ."},
		{"zero options", "-LRB- x -RRB- Something happened today in the city .", Options{}, "-LRB- x -RRB- Something happened today in the city ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentence(tt.in, tt.opts); got != tt.want {
				t.Errorf("Sentence(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSentence(f *testing.F) {
	f.Add("-LRB- Update -RRB- CAIRO , Egypt -LRB- CNN -RRB- -- Text , he said .")
	f.Add("a | b | c (d) e - f")
	f.Fuzz(func(t *testing.T, s string) {
		all := Options{Parentheticals: true, MaxAside: 20, Datelines: true, Attribution: true, MinWords: 1}
		out := Sentence(s, all)
		if len(out) > len(s) {
			t.Fatalf("trim grew the text: %q -> %q", s, out)
		}
	})
}

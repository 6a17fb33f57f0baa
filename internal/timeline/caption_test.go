package timeline

import "testing"

func TestCaption(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"in this photo", "In this aerial photo taken on Monday, smoke rises over the harbour.", true},
		{"in this image made from video", "In this image made from video released by the port, a crane is seen lying in the water.", true},
		{"following video", "In the following video, our reporter walks through the flooded streets.", true},
		{"video below", "In the video below, the mayor describes the damage.", true},
		{"in this handout picture", "Residents queue for water in the old town in this handout picture taken on March 3.", true},
		{"seen in this photo", "The damaged bridge is seen in this undated photo from the river authority.", true},
		{"a still shows", "A still from an undated video shows workers leaving the plant.", true},
		{"this image shows", "This image from a video released by the company shows water pouring into the tunnel.", true},
		{"credit closing a caption", "Residents carry sandbags in Lowen on March 3. (AP Photo/Jane Roe)", true},
		{"agency credit closing a caption", "Residents carry sandbags in Lowen on March 3 . REUTERS\\/Jane Roe", true},
		{"labelled caption", "Photo : A resident carries sandbags past the town hall in Lowen .", true},
		{"video pointer after an update stamp", "-LRB- Update 3:28 a.m. Thursday , 8:28 p.m. ET -RRB- In the video below , our reporter walks through the square .", true},
		{"plain sentence after an update stamp", "(Update 3:28 a.m.) The harbour reopened on Monday after the storm.", false},
		{"links to other outlets", "Harbour Post Robots race to seal the tunnel - 9 hrs ago Coast Times Divers reach the wreck - 14 hrs ago Daily Star .", true},
		{"age in a story", "The ferry sank two hours ago , the coast guard said .", false},
		{"online chat", "Harbour Post staff writer Jane Roe was online Friday , May 28 , at 1 p.m. ET to discuss the flood and the repairs .", true},
		{"online in a story", "The council's records were online for a week before anyone noticed the error .", false},
		{"passive of see, where", "Weathered oil is seen on the surface of the bay near the coast .", true},
		{"passive of see, doing what", "Plumes of smoke are seen rising over the port .", true},
		{"seen as a judgement", "The minister is seen as a moderate in the council .", false},
		{"seen as later in the line", "This is seen at present as unlikely .", false},
		{"seen in a condition", "Any vehicle that is seen in the harbour after dark will be stopped .", false},
		{"seen at the end", "The ship sinks and a long slick is seen .", false},
		{"links pointer", "Click on the links below to talk about the flood with our readers .", true},
		{"gallery pointer", "See a gallery of the flood pictures here", true},
		{"click here", "Click here to read the full report .", true},
		{"find out", "Find out what drugs were found in the singer 's body .", true},
		{"find out more", "Find out more about why help is delayed .", true},
		{"explore graphics", "Explore all of our flood graphics to track the water , see its effects , and learn its possible solutions .", true},
		{"found out in a story", "Find outs are rare , the inspector said .", false},
		{"explore in a story", "Explore the harbour and you will find the old fort , the guide said .", false},
		{"position in a picture", "Acme chief executive Jane Roe , left , listens to the chairman outside the plant .", true},
		{"position in a picture, untokenized", "Mayor Tom Ferris, second right, arrives at the flooded school.", true},
		{"right as a spoken tag", "The port is safe , right , but nobody is sure how long the wall will hold .", false},
		{"position in a quotation", "\"We would rather not have either, right, but the Harbour, left, is worse,\" she said.", false},
		{"report of footage", "Video posted online shows protesters marching through the square.", false},
		{"pictures show", "Pictures from the coast show the damage to the harbour wall.", false},
		{"poll by an agency", "A new Reuters/Ipsos poll found that most residents support the plan.", false},
		{"quotation opening with see", "\"See, I know we can agree on this,\" the mayor said.", false},
		{"dated agency caption", "Rebels sit on the back of a truck near Lowen July 10 , 2011 .", true},
		{"dated caption after a comma and a weekday", "The chief executive speaks at a news conference in Harbourtown , Tuesday , Nov. 2 , 2010 .", true},
		{"dated caption, day first, untokenized", "A worker is seen at the pumping station in Lowen 3 March 2011.", true},
		{"full date after a preposition", "The council signed the agreement in Lowen on March 2 , 2011 .", false},
		{"full date after of", "The law was passed after the attacks of Sept. 11 , 2001 .", false},
		{"dated line in the past", "A munitions store that was hit by an air strike is seen near Lowen June 29 , 2011 .", false},
		{"dated line reporting speech", "The plant will reopen soon , the mayor said in Lowen , March 2 , 2011 .", false},
		{"date without a year", "Rebels sit on the back of a truck near Lowen July 10 .", false},
		{"plain sentence", "The harbour reopened on Monday after the storm.", false},
		{"metaphor without media", "In this debate, the council has the last word.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Caption(tt.in); got != tt.want {
				t.Errorf("Caption(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkCaption(b *testing.B) {
	lines := []string{
		"The harbour reopened on Monday after the storm, the port authority said in a statement.",
		"In this aerial photo taken on Monday, smoke rises over the harbour.",
		"Ministers met here on Monday to agree a plan for the harbour and its workers.",
	}
	for b.Loop() {
		for _, l := range lines {
			Caption(l)
		}
	}
}

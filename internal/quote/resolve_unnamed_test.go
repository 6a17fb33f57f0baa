package quote

// This file holds tests of speaker resolution for people the text leaves
// unnamed, for capitalised words that name no one, and for subjects that
// titles or an opening phrase put further into their sentence.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestUnnamedPeople pins that "he", "she" and role phrases such as "the
// protester" point back at a person the text leaves unnamed when one was
// mentioned last, and resolve to no one rather than to the last person named.
func TestUnnamedPeople(t *testing.T) {
	tests := []speakerCase{
		{
			name: "an indefinite person opening the sentence",
			text: "Marta Quell, the governor, ordered the evacuation. A woman in Fennick says she was woken by the alarm. “Then I heard the second blast,” she said.",
			want: []string{"", ""},
		},
		{
			name: "after an opening phrase",
			text: "Tom Ferris visited the ward on Monday. At the hospital, a man was treated for burns. “We cannot go outside,” he said.",
			want: []string{""},
		},
		{
			name: "a person introduced by a relation",
			text: "Kestrel Voss arrived with the family. His wife stepped in to explain: “We live near the river,” she said.",
			want: []string{""},
		},
		{
			name: "a role phrase for a person never named",
			text: "Tom Ferris spoke in the morning. The protester said the camp mattered. “It is a symbol,” he said.",
			want: []string{"", ""},
		},
		{
			name: "a role phrase after an indefinite mention",
			text: "Tom Ferris raised the funds. A senior House aide said the requests were appropriate. The aide also noted that the funds were backed before.",
			want: []string{"", ""},
		},
		{
			name: "a named person given the role",
			text: "Jane Roe, a resident of Fennick, left on Monday. “The water came fast,” the resident said.",
			want: []string{"Jane Roe"},
		},
		{
			name: "an indefinite person named in apposition after a place",
			text: "A spokesman in London, Toby Odrin, said the company would pay. “We will face up to it,” he said.",
			want: []string{"Toby Odrin", "Toby Odrin"},
		},
		{
			name: "an indefinite person named later in the sentence",
			text: "A London activist who compiles casualty figures, Mahmoud Haddad, says another issue is the lack of names. “Many are never named,” he said.",
			want: []string{"Mahmoud Haddad"},
		},
		{
			name: "a named subject after the unnamed one",
			text: "A woman in Fennick was rescued. Later, Governor Marta Quell visited the town. “We will rebuild,” she said.",
			want: []string{"Marta Quell"},
		},
		{
			name: "an office with no subject near it",
			text: "Marta Quell chaired the talks in the spring. The council met again in May. Delegates argued for hours. Some walked out. Others stayed. “We will not sign,” the ambassador said.",
			want: []string{""},
		},
		{
			name: "an office is no body named in capitals",
			text: "NATO said it would act. “Output will not change,” the ambassador said.",
			want: []string{"NATO", ""},
		},
		{
			name: "an office still resolves to the last person named",
			text: "Vladimir Putin spoke in Moscow. “It went well,” the Kremlin leader said.",
			want: []string{"Vladimir Putin"},
		},
	}
	runSpeakerCases(t, tests)
}

// TestNoPersonWords pins that capitalised words that name no one are never
// the antecedent of "he" or "she": an adjective of nationality, a word
// modifying a role or a body, a common word that opens a sentence, and the
// qualifier of a title.
func TestNoPersonWords(t *testing.T) {
	tests := []speakerCase{
		{
			name: "no news agency",
			text: "A legal document leaked online and viewed by Reuters shows the agency studied the fines. When the clause was written into the law by Senator Tom Doe years earlier, he argued that caps “invite risk.”",
			want: []string{"Reuters", "Tom Doe"},
		},
		{
			name: "adjective of nationality",
			text: "Libyan state television reported the camp was defended. “It is the last symbol,” he said.",
			want: []string{""},
		},
		{
			name: "modifier of a role noun",
			text: "Opposition officials met in the east. “For them, everybody is an enemy,” he said.",
			want: []string{""},
		},
		{
			name: "common word written in lower case elsewhere",
			text: "Violence spread through the city overnight, and the violence reached the port. “We want to call all human beings,” she said.",
			want: []string{""},
		},
		{
			name: "a pronoun of quantity opening the sentence",
			text: "Nobody locally is happy that the levees cannot be finished. “The levees are sinking,” he said.",
			want: []string{""},
		},
		{
			name: "a free relative opening the sentence",
			text: "Whoever leads with force cannot be removed except by force. “Without a war, he will not fall,” he said.",
			want: []string{""},
		},
		{
			name: "qualifier of a title",
			text: "French Defense Minister Gerard Longuet ruled out ground troops. “This deserves an international debate,” he said.",
			want: []string{"Gerard Longuet"},
		},
		{
			name: "a capitalised word opening a sentence and never written again",
			text: "Soccer matches in the country were canceled. The market was shut for an hour. “The conditions were terrible,” he said.",
			want: []string{""},
		},
		{
			name: "an adverb opening the sentence, tokenized text",
			text: "Nearly all are doomed , says Steiner , if not now , then at some point in the future .\n`` The risks in here to birds are not just acute mortality , '' he says .",
			want: []string{""},
		},
		{
			name: "a month opening a sentence",
			text: "The relief wells will be done in late August. August seems a long way off to many. “It is enough to knock you down,” he said.",
			want: []string{""},
		},
		{
			name: "a given name used alone is a person",
			text: "Sarah was in Haiti when an aftershock hit. “It was pretty scary,” she said.",
			want: []string{"Sarah"},
		},
	}
	runSpeakerCases(t, tests)
}

// TestSubjectsPastOpenings pins that a name after an introductory phrase
// or after titles and their qualifiers is its sentence's subject, and so
// the antecedent of a following "he" before an earlier subject.
func TestSubjectsPastOpenings(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a one-word name after an opening phrase",
			text: "Kestrel Voss chaired the meeting. Rebels seized several towns. On Tuesday, Orrado addressed a tribal group. “For them, everybody is an enemy,” he said.",
			want: []string{"Orrado"},
		},
		{
			name: "a name in apposition to a longer opening phrase",
			text: "Kestrel Voss chaired the session. The UN high commissioner for human rights, Nadia Pillet, warned of reprisals. “They are individually liable,” she said.",
			want: []string{"Nadia Pillet"},
		},
		{
			name: "a name after a title and its qualifiers",
			text: "Government spokesman Francois Baroin said troops would be sent. French Defense Minister Gerard Longuet has ruled out ground troops. “This deserves an international debate,” he said.",
			want: []string{"Francois Baroin", "Gerard Longuet"},
		},
		{
			name: "a role phrase naming another office than the subject's",
			text: "Rep. Adam Schiff spoke first. “We will not back down,” the senator said.",
			want: []string{""},
		},
		{
			name: "a spokesman is no prime minister",
			text: "Prime Minister Jon Hale spoke first. “We will say more in due course,” the spokesman said.",
			want: []string{""},
		},
		{
			name: "an ambassador is no foreign minister",
			text: "Foreign Minister Jon Hale spoke first. “We will not back down,” the ambassador said.",
			want: []string{""},
		},
		{
			name: "a secretary is no director",
			text: "Jon Hale, acting director general for health security, spoke first. Two people were admitted to hospital, the health secretary said.",
			want: []string{""},
		},
		{
			name: "a body holds no office",
			text: "The Water Authority spoke first. The minister said the dam was safe.",
			want: []string{""},
		},
		{
			name: "a name in apposition after a role phrase with of",
			text: "Senator Jon Hale spoke first. The chairman of the joint chiefs of staff, Admiral Tom Doe, said the best technology exists in the industry.",
			want: []string{"Tom Doe"},
		},
		{
			name: "a titled name in apposition after a role phrase with a place",
			text: "Jon Hale of the BBC spoke first. The leading US general in Haiti, Lt. Gen. Tom Doe, said it was a reasonable assumption.",
			want: []string{"Tom Doe"},
		},
		{
			name: "a role phrase written with capitals is a role, not a name",
			text: "President Jon Hale spoke first. The President said the spill was a disaster.",
			want: []string{"Jon Hale"},
		},
		{
			name: "a role phrase naming the subject's office",
			text: "Sen. Adam Schiff spoke first. “We will not back down,” the senator said.",
			want: []string{"Adam Schiff"},
		},
		{
			name: "a role phrase with a nationality: the person named with both",
			text: "Syrian President Bashar Assad spoke. Syrian Foreign Minister Walid Muallem spoke later. “We will resist,” the Syrian president said.",
			want: []string{"Bashar Assad"},
		},
		{
			name: "a role phrase with another nationality than the subject's",
			text: "Syrian President Bashar Assad spoke first. “We will not intervene,” the Turkish president said.",
			want: []string{""},
		},
		{
			name: "a role phrase with a nationality: one named with the role and no other nationality",
			text: "Leaders met King Abdullah on Monday. Others left. Rain fell. The talks ended. “We will help,” the Saudi king said.",
			want: []string{"Abdullah"},
		},
		{
			name: "a body named in apposition",
			text: "The state news agency, Sana, said the town had been retaken.",
			want: []string{"Sana"},
		},
		{
			name: "what a person said is theirs",
			text: "Chuck Schumer spoke. Schumer's message was clear: “We're not going anywhere.”",
			want: []string{"Chuck Schumer"},
		},
		{
			name: "what a person said is theirs, in Penn Treebank text",
			text: "Chuck Schumer spoke .\nSchumer 's response was short : `` We will not back down . ''",
			want: []string{"Chuck Schumer"},
		},
		{
			name: "a plural subject is no one person",
			text: "Orrado chaired the session. Witnesses said troops had opened fire. “This is a massacre,” he said.",
			want: []string{"Witnesses", "Orrado"},
		},
		{
			name: "a plural role subject is no antecedent of a role phrase",
			text: "Officials said the strikes would continue. “It is not clear whether taxes will rise,” the minister said.",
			want: []string{"Officials", ""},
		},
	}
	runSpeakerCases(t, tests)
}

// speakerCase is a text and the Speaker of each attribution Extract finds
// in it, in order.
type speakerCase struct {
	name string
	text string
	want []string
}

// runSpeakerCases checks the Speaker of each attribution Extract finds.
func runSpeakerCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range Extract(tc.text) {
				got = append(got, a.Speaker)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) speakers (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestGluedBeforeNames pins that what a page glues before a name is no
// part of the canonical name: a clock's "PM" and zone, a commenter's
// handle, a hyphenated description, a body's initials.
func TestGluedBeforeNames(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a place glued before a given name",
			text: "Washington Ken Salazar said the drilling would stop.",
			want: []string{"Ken Salazar"},
		},
		{
			name: "a word the text writes in lower case glued before a given name",
			text: "Astronaut Mark Kelly said the crew was ready. No other astronaut spoke.",
			want: []string{"Mark Kelly"},
		},
		{
			name: "a word the text leaves out of the name elsewhere",
			text: "Newsweek John McCain said the plan had failed. Later John McCain spoke again.",
			want: []string{"John McCain"},
		},
		{
			name: "a noun for a doer glued before a given name",
			text: "Rescuer Anthony Thomas said the crew was ready.",
			want: []string{"Anthony Thomas"},
		},
		{
			name: "an adjective of nationality glued before a given name",
			text: "Tunisian Mohammed Naguez said the crew was ready.",
			want: []string{"Mohammed Naguez"},
		},
		{
			name: "a description deeper in the run",
			text: "CBS Sports NFL Insider Jason La Canfora reported the league would fine him.",
			want: []string{"Jason La Canfora"},
		},
		{
			name: "a given name ending like a doer's noun is no description",
			text: "Abdurrahman Mohamed Shalgham said the crew was ready.",
			want: []string{"Abdurrahman Mohamed Shalgham"},
		},
		{
			name: "an initial stays even when the text leaves it out elsewhere",
			text: "M Scott Peck said the plan had failed. Later Scott Peck spoke again.",
			want: []string{"M Scott Peck"},
		},
		{
			name: "an initial opens the name",
			text: "W. Andrew Terrill said the crew was ready.",
			want: []string{"W. Andrew Terrill"},
		},
		{
			name: "an unknown given name opens the name",
			text: "Mokhtar Ben Nasr said the crew was ready.",
			want: []string{"Mokhtar Ben Nasr"},
		},
		{
			name: "clock and zone",
			text: "Posted at 4:29 PM ET Jon Marrow said the debate would go ahead.",
			want: []string{"Jon Marrow"},
		},
		{
			name: "commenter handle",
			text: "Posted by Dianne72 Jon Marrow said the debate would go ahead.",
			want: []string{"Jon Marrow"},
		},
		{
			name: "hyphenated description",
			text: "Paris-based Burak Ghalan said the council would meet.",
			want: []string{"Burak Ghalan"},
		},
		{
			name: "a common word opening the sentence",
			text: "Hank Tolson drew up the plan, and obviously he likes it. Obviously Tolson said the plan would work.",
			want: []string{"Hank Tolson"},
		},
		{
			name: "a given name that is also a word stays",
			text: "Bill Harmon filed the bill on Monday. Harmon said the bill would pass.",
			want: []string{"Bill Harmon"},
		},
		{
			name: "a body's initials",
			text: "Meanwhile NOC Nouri Berran said output had fallen.",
			want: []string{"Nouri Berran"},
		},
	}
	runSpeakerCases(t, tests)
}

// TestUnnamedDescriptions pins that "he" or "she" pointing at a person the
// text leaves unnamed carries the phrase that introduced them.
func TestUnnamedDescriptions(t *testing.T) {
	// want is the Unnamed phrase of each attribution, in order.
	tests := []speakerCase{
		{
			name: "an indefinite person with a place",
			text: "Marta Quell ordered the evacuation. A woman in Fennick says she was woken by the alarm. “Then I heard the second blast,” she said.",
			want: []string{"", "a woman in Fennick"},
		},
		{
			name: "a capitalised modifier in the phrase",
			text: "Tom Ferris toured the coast. One Louisiana resident lost his boat to the spill. “This is worse, much worse,” he said.",
			want: []string{"one Louisiana resident"},
		},
		{
			name: "a speaker phrase that names no one",
			text: "The protester said the camp mattered. “It is a symbol,” he said.",
			want: []string{"", "the protester"},
		},
		{
			name: "a named speaker has none",
			text: "Marta Quell arrived on Monday. “We will rebuild,” she said.",
			want: []string{""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range Extract(tc.text) {
				got = append(got, a.Unnamed)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) unnamed (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestSpeakerJustQuoted pins that "he" or "she" right after a quotation's
// speaker named in full means that speaker, even when a farther person's
// gender is known and the speaker's is not.
func TestSpeakerJustQuoted(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the speaker just quoted before a farther known man",
			text: "Viktor Mikhailov proposed the idea in May. “It has to be the last resort,” says J.R. Nordyke. Would he help? “I'd be happy to help,” he says.",
			want: []string{"J.R. Nordyke", "J.R. Nordyke"},
		},
	})
}

package quote

// This file holds tests of speaker resolution through what the text says
// about a person: a description in apposition or in an identity clause, a
// party or a nationality, and an unnamed person introduced after someone
// named with the same role.

import "testing"

// TestDescribedSpeakers pins that a definite phrase resolves to the person
// the text described with its head noun, party or nationality, and that an
// identity clause names a person first described without a name.
func TestDescribedSpeakers(t *testing.T) {
	tests := []speakerCase{
		{
			name: "an occupation beyond the lexicon in apposition to a surname",
			text: "Hugo Brandt lost his shop in the flood. Brandt, a former soldier, moved north. “We had nothing left,” the former soldier said.",
			want: []string{"Hugo Brandt"},
		},
		{
			name: "an apposition after an age",
			text: "Hugo Brandt, 57, a retired welder, lost his shop. “We had nothing left,” the retired welder said.",
			want: []string{"Hugo Brandt"},
		},
		{
			name: "an identity clause",
			text: "Jon Marrow is a former miner. “The pits closed,” the former miner said.",
			want: []string{"Jon Marrow"},
		},
		{
			name: "a rank is no description",
			text: "Jon Marrow is the oldest welder in the family. “The pits closed,” the welder said.",
			want: []string{""},
		},
		{
			name: "an unnamed person named by an identity clause",
			text: "Tom Ferris spoke on Monday. One man who believes the war is here is Omar Hadi, an 80-year-old shopkeeper. “They came at night,” he said.",
			want: []string{"", "Omar Hadi"},
		},
		{
			name: "an inverted identity clause and its apposition",
			text: "Tom Ferris spoke on Monday. Among those waiting was Omar Hadi, a taxi driver. “They came at night,” he said.",
			want: []string{"Omar Hadi"},
		},
		{
			name: "a party with a state",
			text: "Senator Lisa Crane spoke first. Jon Marrow, a Michigan Democrat, voted no. “It is a bad bill,” the Michigan Democrat said.",
			want: []string{"Jon Marrow"},
		},
		{
			name: "a newswire party label",
			text: "Jon Marrow, D-Mich., voted no. “It is a bad bill,” the Democrat said.",
			want: []string{"Jon Marrow"},
		},
		{
			name: "a nationality",
			text: "Lena Kraus, an American aid worker, was freed on Friday. “I am grateful,” the American said.",
			want: []string{"Lena Kraus"},
		},
		{
			name: "a nationality given to no one names no one",
			text: "Tom Ferris said the storm was coming. The storm will hit on Monday, the Australian said.",
			want: []string{"Tom Ferris", ""},
		},
	}
	runSpeakerCases(t, tests)
}

// TestUnnamedAfterNamedRole pins that a role phrase after an indefinite
// mention of that role ("a government spokesman ... the spokesman") is the
// unnamed person, not someone named with the role before, unless the
// indefinite phrase describes a name ("Brandt, a former soldier") or follows
// a day ("on Wednesday, a spokesman").
func TestUnnamedAfterNamedRole(t *testing.T) {
	tests := []speakerCase{
		{
			name: "an unnamed spokesman after a named one",
			text: "Paul Crane, the embassy spokesman, spoke on Monday. Later a government spokesman blamed the rebels. “We will get rid of them,” the spokesman said.",
			want: []string{"", ""},
		},
		{
			name: "after an opening phrase of place",
			text: "Ali Ghoga, a spokesman for the council, spoke on Monday. In Rome, a ministry spokesman denied it. “There was no deal,” the spokesman said.",
			want: []string{"", ""},
		},
		{
			name: "an apposition to a name is no unnamed person",
			text: "Lena Kraus, a British aid worker, was freed on Friday. “I am grateful,” the aid worker said.",
			want: []string{"Lena Kraus"},
		},
	}
	runSpeakerCases(t, tests)
}

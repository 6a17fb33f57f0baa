package quote

// This file holds the tests of speaker phrases carrying appositions
// (apposition.go).

import "testing"

// TestSpeakerAppositions pins that an apposition between a speaker and its
// cue stays in the speaker phrase: one ending on an abbreviation ("Tom
// Hale, R-Ky.,", "Ann Bell of Dover, Del.,"), a past participle phrase (",
// dressed in a shirt printed with flags,") and a role with a prepositional
// phrase. A past form after a comma with no preposition after it opens no
// participle phrase, so the speaker is found later.
func TestSpeakerAppositions(t *testing.T) {
	tests := []sourceCase{
		{
			name:   "party and state apposition before a reported clause",
			text:   `Tom Hale, R-Ky., said the bill was "dead on arrival."`,
			in:     "dead on arrival",
			source: "Tom Hale, R-Ky.,",
			verb:   "said",
		},
		{
			name:   "party and state apposition before a direct quote",
			text:   `Sen. Mara Quist, D-Ore., said, "We will not vote for it."`,
			in:     "We will not vote",
			source: "Sen. Mara Quist, D-Ore.,",
			verb:   "said",
		},
		{
			name:   "town and state apposition before a told cue",
			text:   `Ann Bell of Dover, Del., told reporters the plan was "a mess."`,
			in:     "a mess",
			source: "Ann Bell of Dover, Del.,",
			verb:   "told",
		},
		{
			name:   "past participle phrase in an apposition may hold another past form",
			text:   `Tom Hale, dressed in a shirt printed with flags, said the bill was "dead."`,
			in:     "dead",
			source: "Tom Hale, dressed in a shirt printed with flags,",
			verb:   "said",
		},
		{
			name:   "a past form after a comma without a preposition is no participle phrase",
			text:   `Tom Hale, Ann Lee and Ed Cole signed, and the clerk said it was "done at last."`,
			in:     "done at last",
			source: "the clerk",
			verb:   "said",
		},
		{
			name:   "apposition with a prepositional phrase",
			text:   "Smith, a spokesman for the group in Ohio, said the plan was \"a disgrace.\"",
			in:     "a disgrace",
			source: "Smith, a spokesman for the group in Ohio,",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

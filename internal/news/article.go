package news

import "time"

// Article is one dated news document.
//
// Readers fill the identity, provenance and text fields; annotators fill
// Sentences and Quotes. Text is the article body only (no title); when an
// input arrives already split into sentences (the T17 layout), Text is those
// sentences joined by "\n" and Sentences is filled by the reader.
type Article struct {
	// ID identifies the article within a corpus. Readers derive it from the
	// input so that it is stable across runs and unique even when two
	// outlets use the same file name on the same day (for folders:
	// "source/relative/path").
	ID string `json:"id"`
	// Source is the outlet or, lacking one, the folder the article came from.
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	// Published is the publication time. When only the day is known it is
	// midnight UTC of that day. Never zero for an article that was accepted.
	Published time.Time `json:"published"`
	// Updated is the last-modified time when the input states one apart
	// from the publication time; zero otherwise.
	Updated time.Time `json:"updated,omitzero"`
	// Text is the body.
	Text string `json:"text"`
	// Origin says where the article was read from, for error messages:
	// a path, "path:line" or "path#record".
	Origin string `json:"origin,omitempty"`

	Sentences []Sentence `json:"sentences,omitempty"`
	Quotes    []Quote    `json:"quotes,omitempty"`
}

// PubDate returns the calendar day of publication, in the article's own
// time zone.
func (a *Article) PubDate() Date { return DateOf(a.Published) }

// Sentence is one sentence of an article.
type Sentence struct {
	// Index is the 0-based position of the sentence in its article.
	Index int `json:"index"`
	// Start and End are byte offsets of Text in Article.Text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Mentions are the time expressions found in Text; their offsets are
	// relative to Text.
	Mentions []Mention `json:"mentions,omitempty"`
}

// TimexType is the TIMEX3 type of a time expression.
type TimexType string

// The TIMEX3 types.
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Mention is a time expression found in a sentence.
type Mention struct {
	// Start and End are byte offsets in the sentence text.
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Type  TimexType `json:"type"`
	// Value is the TIMEX3 normalized value: "2017-06-02", "2017-06",
	// "2017", "2017-W22", "2017-Q2", "2017-06-02T17:00", "P3D", "PRESENT_REF",
	// "XXXX-XX-XX" when it cannot be resolved, and so on.
	Value string `json:"value"`
	// Date is the calendar period the mention resolves to, as its first
	// day, at Granularity; zero when Granularity is GranNone.
	Date        Date        `json:"date,omitzero"`
	Granularity Granularity `json:"granularity"`
	// Relative is true when the value depends on the reference date
	// ("on Friday", "yesterday", "in March") rather than being explicit.
	Relative bool `json:"relative,omitempty"`
}

// Quote is a statement attributed to a speaker.
type Quote struct {
	// Start and End are byte offsets of the quoted content in Article.Text
	// (without the quotation marks for direct quotes).
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"quote"`
	// Direct is true for quoted speech, false for reported ("X said that ...").
	Direct bool `json:"direct"`
	// Verb is the cue ("said", "told", "according to").
	Verb string `json:"verb,omitempty"`
	// SpeakerMention is the text that names the speaker in the article
	// ("he", "the president", "Mr Putin"); SpeakerStart/End locate it in
	// Article.Text, both -1 when there is none.
	SpeakerMention string `json:"speaker_mention,omitempty"`
	SpeakerStart   int    `json:"speaker_start"`
	SpeakerEnd     int    `json:"speaker_end"`
	// Speaker is the canonical entity the mention resolves to (the fullest
	// name seen in the article), empty when unresolved.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerDescription, when Speaker is empty, is how the article
	// introduced a speaker it leaves unnamed and refers to by a pronoun
	// ("a woman in Tripoli" for "she said").
	SpeakerDescription string `json:"speaker_description,omitempty"`
	Addressee          string `json:"addressee,omitempty"`
	// Sentence is the index of the sentence in which the quote starts.
	Sentence int `json:"sentence"`
	// Said is the day the statement was made when the article names it
	// beside the reporting words ("said on Friday", `"...," she told
	// reporters Sunday`); zero when it does not, and the statement is
	// then dated by the article's publication (see Quote.Day).
	Said Date `json:"said,omitzero"`
}

// Day returns the day q was said: Said when the article names it, else
// published.
func (q *Quote) Day(published Date) Date {
	if !q.Said.IsZero() {
		return q.Said
	}
	return published
}

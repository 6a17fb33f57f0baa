// Package quotelist lists the quotes of annotated articles, as `dateline
// quotes` and the HTTP API serve them: one row per quote, dated by the day
// it was said, selected by speaker and day, its speaker named as the
// corpus names them (see entity.Directory).
package quotelist

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/store"
)

// Row is one quote of a listing.
type Row struct {
	Quote          string `json:"quote"`
	Speaker        string `json:"speaker"`
	SpeakerMention string `json:"speaker_mention"`
	// SpeakerDescription introduces a speaker the article leaves unnamed
	// ("a woman in Tripoli" for "she").
	SpeakerDescription string `json:"speaker_description,omitempty"`
	Addressee          string `json:"addressee,omitempty"`
	Verb               string `json:"verb"`
	Direct             bool   `json:"direct"`
	// Date is the day the quote was said: the day its reporting words
	// name, else Published.
	Date      string `json:"date"`
	Published string `json:"published"`
	Doc       string `json:"doc"`
	Source    string `json:"source"`
}

// SaidLag is how many days after a span's last day its quotes may still be
// reported: "said on Friday" names a day of the week before publication.
// A store is searched for the quotes said in a span among the articles
// published up to SaidLag days after it.
const SaidLag = 7

// Filter selects quotes by speaker and the day they were said. Its zero
// value keeps every quote.
type Filter struct {
	// Speaker keeps the quotes of one entity, matched by any variant of
	// its name (entity.Same).
	Speaker string
	// From and To bound the day said, inclusive; zero leaves a side open.
	From, To news.Date
}

// Day reports whether day d is in f's span.
func (f Filter) Day(d news.Date) bool {
	return (f.From.IsZero() || !d.Before(f.From)) && (f.To.IsZero() || !d.After(f.To))
}

// Keep reports whether f keeps q, said on day.
func (f Filter) Keep(q news.Quote, day news.Date) bool {
	return f.Day(day) && (f.Speaker == "" || q.Speaker != "" && entity.Same(f.Speaker, q.Speaker))
}

// Rows returns the rows of a's quotes that f keeps, their speakers as the
// article names them. A quotation the article repeats (a pull quote set
// beside the paragraph it comes from) is listed once, with its speaker.
func Rows(a *news.Article, f Filter) []Row {
	var out []Row
	pub := a.PubDate()
	repeats := repeated(a.Quotes)
	for i, q := range a.Quotes {
		if repeats[i] {
			continue
		}
		day := q.Day(pub)
		if !f.Keep(q, day) {
			continue
		}
		out = append(out, Row{
			Quote: q.Text, Speaker: q.Speaker, SpeakerMention: q.SpeakerMention,
			SpeakerDescription: q.SpeakerDescription, Addressee: q.Addressee, Verb: q.Verb, Direct: q.Direct,
			Date: day.String(), Published: pub.String(), Doc: a.ID, Source: a.Source,
		})
	}
	return out
}

// minRepeat is the length, in letters and digits, from which a direct
// quotation found again inside another of its article is a repeat: short
// ones ("No!", a slogan) may well be said twice.
const minRepeat = 40

// repeated marks the direct quotations of qs that another direct one of
// qs holds word for word, by the same speaker (or any, when the repeat
// names none): a pull quote repeats its paragraph's quotation, often cut
// short. Of two equal ones the later is the repeat.
func repeated(qs []news.Quote) []bool {
	keys := make([]string, len(qs))
	for i, q := range qs {
		if q.Direct {
			keys[i] = letters(q.Text)
		}
	}
	out := make([]bool, len(qs))
	for i, q := range qs {
		if len(keys[i]) < minRepeat {
			continue
		}
		for j, o := range qs {
			if j == i || len(keys[j]) < len(keys[i]) || out[j] || !strings.Contains(keys[j], keys[i]) {
				continue
			}
			if len(keys[j]) == len(keys[i]) && j > i {
				continue // the first of two equal ones stays
			}
			if q.Speaker == "" || o.Speaker != "" && entity.Same(q.Speaker, o.Speaker) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// letters returns the letters and digits of s, lower-cased.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Canonical names r's speaker as dir does: the corpus's name for it ("" stays
// "").
func (r *Row) Canonical(dir *entity.Directory) {
	if r.Speaker != "" {
		r.Speaker = dir.Canonical(r.Speaker)
	}
}

// FromStore calls fn with each article of db that may hold quotes f keeps,
// oldest first, and the rows of those quotes, their speakers named as the
// store's speaker directory names them. The articles are those published
// from f.From to SaidLag days after f.To (a quote is reported in the days
// after it is said) and, when f names a speaker, those a full-text search
// finds by the speaker's surname or the surnames of the stored names it
// can denote (an acronym names a body its articles write in full): a
// quote is attributed to a name its article contains. It stops at fn's
// first error and returns it.
func FromStore(ctx context.Context, db *store.DB, f Filter, fn func(a *news.Article, rows []Row) error) error {
	q := store.Query{From: f.From, To: f.To, ByDate: true}
	if !q.To.IsZero() {
		q.To = q.To.AddDays(SaidLag)
	}
	dir, err := db.Speakers(ctx)
	if err != nil {
		return err
	}
	if sn := entity.Surname(f.Speaker); sn != "" {
		terms := []string{`"` + sn + `"`}
		for _, n := range dir.Matching(f.Speaker) {
			if s := `"` + entity.Surname(n) + `"`; !slices.Contains(terms, s) {
				terms = append(terms, s)
			}
		}
		q.Text = strings.Join(terms, " ")
	}
	return db.Each(ctx, q, func(a *news.Article) error {
		rows := Rows(a, f)
		for i := range rows {
			rows[i].Canonical(dir)
		}
		return fn(a, rows)
	})
}

// Directory returns the speaker directory of arts: every speaker their
// quotes are attributed to, with the number of quotes.
func Directory(arts []*news.Article) *entity.Directory {
	dir := &entity.Directory{}
	for _, a := range arts {
		for _, q := range a.Quotes {
			dir.Add(q.Speaker, 1)
		}
	}
	return dir
}

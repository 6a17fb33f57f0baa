package dateline

import (
	"context"

	"github.com/dateline-news/dateline/internal/entity"
)

// Attributed is a quote found in an article: what was said, by whom, in
// which article. Quote.Speaker is the name the corpus gives the speaker
// (see [Quotes]); Quote.SpeakerMention keeps the article's own words
// ("he", "Mr Putin").
type Attributed struct {
	Quote
	Article *Article
}

// Quotes annotates the articles that need it (see [Annotate]) and returns
// their quotes — direct quotations and reported speech (Quote.Direct) —
// article by article in the order given. Speakers are named as the articles
// together name them: a speaker an article calls "Mr Putin" is "Vladimir
// Putin" when that is the fuller name used most for him across the
// articles and it is used at least as often as "Putin" alone, unless the
// surname belongs to several people in them.
func Quotes(ctx context.Context, arts []*Article) ([]Attributed, error) {
	if err := Annotate(ctx, arts); err != nil {
		return nil, err
	}
	var dir entity.Directory
	for _, a := range arts {
		for _, q := range a.Quotes {
			dir.Add(q.Speaker, 1)
		}
	}
	var out []Attributed
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Speaker != "" {
				q.Speaker = dir.Canonical(q.Speaker)
			}
			out = append(out, Attributed{Quote: q, Article: a})
		}
	}
	return out, nil
}

// SameEntity reports whether two names can name the same person or body:
// one is a form of the other ("Putin", "President Putin", "Vladimir
// Putin"). It is how --speaker and Options.Entity match names.
func SameEntity(a, b string) bool { return entity.Same(a, b) }

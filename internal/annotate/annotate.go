package annotate

import (
	"context"
	"runtime"
	"sync"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
)

// SentenceSplitter splits raw text into sentences with byte offsets.
type SentenceSplitter interface {
	Sentences(text string) []news.Sentence
}

// DateTagger finds time expressions in one sentence and resolves them
// against the publication date.
type DateTagger interface {
	Tag(sentence string, published news.Date) []news.Mention
}

// AnchoredTagger is a DateTagger that also reads a sentence as part of a
// running text: anchor is the day the text named last before it, which
// anaphoric expressions ("two days later", "the next day") count from
// (temporal.Tagger is one).
type AnchoredTagger interface {
	DateTagger
	TagAnchored(sentence string, published, anchor news.Date) []news.Mention
}

// QuoteFinder sets a.Quotes from an article whose sentences are already
// split.
type QuoteFinder interface {
	Annotate(a *news.Article)
}

// QuoteFunc adapts a function to a QuoteFinder.
type QuoteFunc func(a *news.Article)

// Annotate calls f.
func (f QuoteFunc) Annotate(a *news.Article) { f(a) }

// SplitFunc adapts a function to a SentenceSplitter.
type SplitFunc func(text string) []news.Sentence

// Sentences calls f.
func (f SplitFunc) Sentences(text string) []news.Sentence { return f(text) }

// Annotator is the annotation chain. A nil step is skipped. An Annotator is
// safe for concurrent use when its steps are.
type Annotator struct {
	Splitter SentenceSplitter
	Tagger   DateTagger
	Quotes   QuoteFinder
}

// New returns the standard chain: text.Sentences, a temporal.Tagger and a
// quote extractor.
func New() *Annotator {
	return &Annotator{
		Splitter: SplitFunc(text.Sentences),
		Tagger:   temporal.New(temporal.Options{}),
		Quotes:   QuoteFunc(quote.Annotate),
	}
}

// Annotate fills a.Sentences (unless a reader already split the text),
// each sentence's Mentions and a.Quotes. Existing mentions and quotes are
// replaced.
func (an *Annotator) Annotate(a *news.Article) {
	if len(a.Sentences) == 0 && an.Splitter != nil {
		a.Sentences = an.Splitter.Sentences(a.Text)
	}
	if an.Tagger != nil {
		pub := a.PubDate()
		at, anchored := an.Tagger.(AnchoredTagger)
		var anchor news.Date
		for i := range a.Sentences {
			s := &a.Sentences[i]
			if !anchored {
				s.Mentions = an.Tagger.Tag(s.Text, pub)
				continue
			}
			s.Mentions = at.TagAnchored(s.Text, pub, anchor)
			anchor = temporal.Anchor(s.Mentions, anchor)
		}
	}
	if an.Quotes != nil {
		an.Quotes.Annotate(a)
	}
}

// All annotates every article using up to workers goroutines (0 means one
// per CPU). It returns early with ctx's error when ctx is cancelled.
func (an *Annotator) All(ctx context.Context, articles []*news.Article, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan *news.Article)
	for range workers {
		wg.Go(func() {
			for a := range next {
				an.Annotate(a)
			}
		})
	}
	var err error
loop:
	for _, a := range articles {
		// Checked first: a select with a worker ready and the context done
		// picks either case at random.
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case next <- a:
		case <-ctx.Done():
			err = ctx.Err()
			break loop
		}
	}
	close(next)
	wg.Wait()
	return err
}

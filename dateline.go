package dateline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/text"
	"github.com/dateline-news/dateline/internal/timeline"
)

// The data model. The types are defined in the engine's internal packages
// and named here so that programs can hold and read them; their fields are
// documented where they are defined.
type (
	// Article is one dated news article: its text, publication date and
	// source as read, and its sentences, date mentions and quotes once
	// annotated.
	Article = news.Article
	// Sentence is one sentence of an annotated article with its date
	// mentions.
	Sentence = news.Sentence
	// Mention is a date or time expression in a sentence and the calendar
	// period it resolves to.
	Mention = news.Mention
	// Quote is a statement in an article attributed to a speaker.
	Quote = news.Quote
	// Date is a calendar day.
	Date = news.Date
	// Timeline is what [Build] returns: dates ascending, each with a
	// summary whose sentences name their source.
	Timeline = timeline.Timeline
	// Entry is one date of a timeline with its evidence and summary.
	Entry = timeline.Entry
	// Item is one summary sentence with its provenance.
	Item = timeline.Item
	// DocError reports a document that could not be read: which document
	// and why (see its Reason).
	DocError = corpus.DocError
	// Reason says why a document was skipped.
	Reason = corpus.Reason
)

// Why a document is skipped (DocError.Reason); the list is not closed.
const (
	ReasonUnreadable    = corpus.ReasonUnreadable    // an I/O or decompression error
	ReasonMalformed     = corpus.ReasonMalformed     // a syntax error in the record
	ReasonUnknownFormat = corpus.ReasonUnknownFormat // no input format recognised it
	ReasonEmpty         = corpus.ReasonEmpty         // no text
	ReasonNoDate        = corpus.ReasonNoDate        // no publication date anywhere
	ReasonBadDate       = corpus.ReasonBadDate       // a publication date that does not parse
	ReasonFutureDate    = corpus.ReasonFutureDate    // published after the crawl
	ReasonNotArticle    = corpus.ReasonNotArticle    // a record that is no article (a WARC request)
)

// NewDate returns the day y-m-d.
func NewDate(y int, m time.Month, d int) Date { return news.NewDate(y, m, d) }

// ParseDate parses a day written YYYY-MM-DD.
func ParseDate(s string) (Date, error) { return news.ParseDate(s) }

// Read returns the articles under paths — files and folders, in any input
// format dateline knows (plain text whose first line is "date YYYY-MM-DD",
// JSONL and JSONL.gz, HTML, WARC, RSS/Atom, the T17/Crisis and news-tls
// benchmark layouts), detected by content. The path "-" is standard input.
//
// A document that cannot be used is yielded as an error, a [*DocError]
// naming it and saying why, and reading goes on with the next one; any
// other error ends the sequence. Articles come in a fixed order (by path,
// then by position in a file), whatever the number of workers reading them.
func Read(ctx context.Context, paths ...string) iter.Seq2[*Article, error] {
	return corpus.Read(ctx, paths, corpus.Options{Formats: formats.All()})
}

// Annotate splits into sentences, resolves the date mentions of and finds
// the quotes in every article that carries no annotation yet; articles
// already annotated (by an earlier call, or read back from a store) are
// left as they are. Articles are annotated in parallel; each is changed in
// place.
func Annotate(ctx context.Context, arts []*Article) error {
	var todo []*Article
	for _, a := range arts {
		if !annotated(a) {
			todo = append(todo, a)
		}
	}
	return annotate.New().All(ctx, todo, 0)
}

// annotated reports whether a carries annotations: a reader's sentences
// alone (T17, news-tls) are not annotations. An article with neither a
// mention nor a quote is annotated again, which gives the same result.
func annotated(a *Article) bool {
	if len(a.Quotes) > 0 {
		return true
	}
	for _, s := range a.Sentences {
		if len(s.Mentions) > 0 {
			return true
		}
	}
	return false
}

// Options say what timeline [Build] makes. The zero value asks for ten
// dates of one sentence each over every article, by the default method.
type Options struct {
	// Query names the story. Its words and "quoted phrases" are the
	// keywords (a summary sentence must contain one) unless Keywords is
	// set; it is also shown with the timeline.
	Query string
	// Keywords, when set, replace the query's words as the keywords.
	Keywords []string
	// Entity makes a timeline of a person or organisation: only sentences
	// naming it by one of its aliases ("Putin" for "Vladimir Putin") or
	// quoting it count.
	Entity string
	// Dates is how many dates the timeline has (10 when 0); Sentences is
	// how many sentences summarise each date (1 when 0).
	Dates, Sentences int
	// From and To bound the window, inclusive; a zero Date leaves that side
	// open. Only articles published in the window are used.
	From, To Date
	// Method is a method of [Methods]; "" is the default.
	Method string
	// Activity asks for Timeline.Days: articles published and sentences
	// mentioning each day of the window, for charts.
	Activity bool
}

// Methods returns the names of the timeline methods, the default first.
func Methods() []string {
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range timeline.Methods() {
			if n != timeline.Default().Name && !yield(n) {
				return
			}
		}
	})
	return append([]string{timeline.Default().Name}, names...)
}

// Build annotates the articles that need it (see [Annotate]) and returns
// the timeline of the story they tell. The result depends only on the
// articles, not on the order they are given in.
func Build(ctx context.Context, arts []*Article, opts Options) (*Timeline, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	m, err := timeline.MethodByName(opts.Method)
	if err != nil {
		return nil, fmt.Errorf("dateline: %w", err)
	}
	if err := Annotate(ctx, arts); err != nil {
		return nil, err
	}
	// A canonical order, so the timeline does not depend on the order the
	// articles were read or retrieved in.
	arts = slices.Clone(arts)
	slices.SortStableFunc(arts, func(a, b *Article) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	c := timeline.NewCorpus(arts, text.NewAnalyzer())
	return timeline.Build(ctx, c, m, timeline.Options{
		Query: opts.Query, Keywords: opts.Keywords, Entity: opts.Entity,
		Dates: opts.Dates, Sentences: opts.Sentences, From: opts.From, To: opts.To,
		Activity: opts.Activity,
	})
}

// ErrOptions is wrapped by the errors [Build] returns for options that
// make no timeline.
var ErrOptions = errors.New("invalid timeline options")

func (o Options) check() error {
	switch {
	case o.Dates < 0 || o.Sentences < 0:
		return fmt.Errorf("dateline: %w: dates (%d) and sentences (%d) may not be negative", ErrOptions, o.Dates, o.Sentences)
	case !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From):
		return fmt.Errorf("dateline: %w: the window ends (%s) before it starts (%s)", ErrOptions, o.To, o.From)
	case o.Entity != "" && strings.IndexFunc(o.Entity, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
		// "." or "-" would match punctuation in every sentence.
		return fmt.Errorf("dateline: %w: entity %q names no one", ErrOptions, o.Entity)
	}
	return nil
}

// Formats returns the names of the output formats [Render] writes: text,
// json, md (Markdown), html (a page), timelinejs (TimelineJS 3 JSON) and
// csv.
func Formats() []string {
	var out []string
	for _, f := range render.Formats() {
		out = append(out, string(f))
	}
	return out
}

// Render writes tl to w in the named format (see [Formats]).
func Render(w io.Writer, tl *Timeline, format string) error {
	f, err := render.ParseFormat(format)
	if err != nil {
		return fmt.Errorf("dateline: %w", err)
	}
	return render.Write(w, tl, f)
}

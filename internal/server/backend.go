package server

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/quotelist"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Backend is what the handlers serve from. Implementations must be safe
// for concurrent use. Errors meant for the client are *Error values; any
// other error is reported as an internal error.
type Backend interface {
	// Timeline builds the timeline for req, with Timeline.Days filled.
	Timeline(ctx context.Context, req TimelineRequest) (*timeline.Timeline, error)
	// Search returns the articles matching req, best first.
	Search(ctx context.Context, req SearchRequest) (*SearchResult, error)
	// Article returns the article with the given ID and its annotations,
	// or an error of kind KindNotFound.
	Article(ctx context.Context, id string) (*news.Article, error)
	// Quotes lists the quotes req selects, those of the oldest articles
	// first.
	Quotes(ctx context.Context, req QuotesRequest) (*QuotesResult, error)
	// Stats summarises the articles served.
	Stats(ctx context.Context) (*Stats, error)
	// Add annotates and adds articles. One bad article never stops the
	// others: it is reported in AddResult.Errors.
	Add(ctx context.Context, articles []*news.Article) (*AddResult, error)
}

// TimelineRequest says which timeline to build.
type TimelineRequest struct {
	// Query is the topic; its words are the keywords a summary sentence
	// must contain one of (see timeline.Options).
	Query string
	// Entity, when set, keeps only articles that name this person or
	// organisation (by any of its aliases, see package entity).
	Entity string
	// From and To bound the window, inclusive; zero leaves a side open.
	From, To news.Date
	// Dates and Sentences are the number of dates and of sentences per
	// date; 0 means the engine's default.
	Dates, Sentences int
	// Method names the timeline method; "" is the default.
	Method string
}

// Options returns the engine options for r, with per-day activity.
func (r TimelineRequest) Options() timeline.Options {
	return timeline.Options{
		Query:     r.Query,
		Dates:     r.Dates,
		Sentences: r.Sentences,
		From:      r.From,
		To:        r.To,
		Activity:  true,
	}
}

// Key returns a normalized form of r for caching: two requests with the
// same key get the same timeline (the query's case and spacing do not
// matter to the engine; the entity's case does).
func (r TimelineRequest) Key() string {
	q := strings.Join(strings.Fields(strings.ToLower(r.Query)), " ")
	e := strings.Join(strings.Fields(r.Entity), " ")
	return strconv.Quote(q) + "|" + strconv.Quote(e) + "|" + dateKey(r.From) + "|" + dateKey(r.To) +
		"|" + strconv.Itoa(r.Dates) + "|" + strconv.Itoa(r.Sentences) + "|" + r.Method
}

func dateKey(d news.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// SearchRequest is a full-text search.
type SearchRequest struct {
	Query    string
	From, To news.Date
	// Limit caps the hits; 0 means DefaultSearchLimit.
	Limit int
}

// DefaultSearchLimit is the number of hits a search returns by default.
const DefaultSearchLimit = 20

// SearchResult is the answer to a search.
type SearchResult struct {
	Query string `json:"query"`
	Hits  []Hit  `json:"hits"`
}

// Hit is one article found by a search.
type Hit struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published"`
	// Score is the relevance, higher is better; comparable only within
	// one result.
	Score float64 `json:"score"`
	// Snippet is the first sentence that contains a query word, or the
	// start of the text.
	Snippet string `json:"snippet,omitempty"`
}

// QuotesRequest selects quotes: by speaker (any variant of the name) and
// by the day said, inclusive; zero leaves a side open.
type QuotesRequest struct {
	Speaker  string
	From, To news.Date
	// Limit caps the quotes; 0 means DefaultQuotesLimit.
	Limit int
}

// DefaultQuotesLimit is the number of quotes listed by default.
const DefaultQuotesLimit = 100

// QuotesResult is the answer to a quotes request: the first Limit quotes,
// those of the oldest articles first (in each, in the order of the text),
// and whether there are more.
type QuotesResult struct {
	Speaker string          `json:"speaker,omitempty"`
	Quotes  []quotelist.Row `json:"quotes"`
	More    bool            `json:"more"`
}

// filter returns the quote filter of r.
func (r QuotesRequest) filter() quotelist.Filter {
	return quotelist.Filter{Speaker: r.Speaker, From: r.From, To: r.To}
}

// limit returns r.Limit, or its default.
func (r QuotesRequest) limit() int {
	if r.Limit <= 0 {
		return DefaultQuotesLimit
	}
	return r.Limit
}

// sortRows orders quote rows by their article's publication day, keeping
// the order of the rows of one day (stable).
func sortRows(rows []quotelist.Row) {
	slices.SortStableFunc(rows, func(a, b quotelist.Row) int { return strings.Compare(a.Published, b.Published) })
}

// Stats summarises what a backend serves.
type Stats struct {
	// Backend is "memory" or "store".
	Backend   string `json:"backend"`
	Articles  int    `json:"articles"`
	Annotated int    `json:"annotated"`
	Sentences int    `json:"sentences"`
	Mentions  int    `json:"mentions"`
	Quotes    int    `json:"quotes"`
	Sources   int    `json:"sources"`
	// FirstDay and LastDay bound the publication days.
	FirstDay news.Date `json:"first_day,omitzero"`
	LastDay  news.Date `json:"last_day,omitzero"`
	// Groups counts near-duplicate groups of two or more articles and
	// Folded the articles in them (stores only).
	Groups     int           `json:"groups,omitempty"`
	Folded     int           `json:"folded,omitempty"`
	TopSources []SourceCount `json:"top_sources,omitempty"`
}

// SourceCount is the number of articles of one source.
type SourceCount struct {
	Source   string `json:"source"`
	Articles int    `json:"articles"`
}

// AddResult counts what an Add did.
type AddResult struct {
	// Added articles are new; Unchanged ones were already there with the
	// same content.
	Added     int `json:"added"`
	Unchanged int `json:"unchanged"`
	// Folded counts added articles that joined a group of near
	// duplicates (stores only).
	Folded int        `json:"folded,omitempty"`
	Errors []AddError `json:"errors,omitempty"`
}

// AddError reports one article that was not added.
type AddError struct {
	// Index is the article's position in the request (0-based).
	Index int    `json:"index"`
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}

// Kind classifies an error for the client; [statusOf] maps kinds to HTTP
// statuses.
type Kind int

// The error kinds.
const (
	KindInternal Kind = iota
	KindInvalid
	KindNotFound
	KindUnauthorized
	KindTooLarge
	KindUnsupportedMedia
	KindMethodNotAllowed
	KindUnavailable
	KindTimeout
)

// Error is an error meant for the client: its message is shown as is.
type Error struct {
	Kind Kind
	Msg  string
	// Err is the underlying error, if any; it is logged, not shown.
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind.
func Errorf(kind Kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

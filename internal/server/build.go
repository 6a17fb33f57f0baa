package server

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

// methodOf returns the method req names.
func methodOf(req TimelineRequest) (*timeline.Method, error) {
	m, err := timeline.MethodByName(req.Method)
	if err != nil {
		return nil, &Error{Kind: KindInvalid, Msg: fmt.Sprintf("unknown method %q", req.Method), Err: err}
	}
	return m, nil
}

// buildTimeline runs the engine and makes the result's lists non-nil, so
// that the JSON always has arrays.
func buildTimeline(ctx context.Context, c *timeline.Corpus, m *timeline.Method, req TimelineRequest) (*timeline.Timeline, error) {
	tl, err := timeline.Build(ctx, c, m, req.Options())
	if err != nil {
		return nil, err
	}
	if tl.Dates == nil {
		tl.Dates = []timeline.Entry{}
	}
	if tl.Days == nil {
		tl.Days = []timeline.DayActivity{}
	}
	return tl, nil
}

// filterEntity returns the articles whose title or text names the entity.
func filterEntity(arts []*news.Article, name string) []*news.Article {
	mt := entity.NewMatcher(name)
	var out []*news.Article
	for _, a := range arts {
		if mt.Match(a.Title) || mt.Match(a.Text) {
			out = append(out, a)
		}
	}
	return out
}

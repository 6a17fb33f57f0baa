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
	attachSpeakers(tl, c.Articles())
	return tl, nil
}

// attachSpeakers sets Item.Speaker, where the engine left it empty, from
// the quotes of the item's article: the resolved speaker of a direct quote
// in the item's sentence. (A seam: once package timeline fills Speaker itself,
// this changes nothing.)
func attachSpeakers(tl *timeline.Timeline, arts []*news.Article) {
	need := map[string]*news.Article{}
	for _, e := range tl.Dates {
		for _, it := range e.Summary {
			if it.Speaker == "" {
				need[it.Doc] = nil
			}
		}
	}
	if len(need) == 0 {
		return
	}
	for _, a := range arts {
		if _, ok := need[a.ID]; ok && len(a.Quotes) > 0 {
			need[a.ID] = a
		}
	}
	for i := range tl.Dates {
		for j := range tl.Dates[i].Summary {
			it := &tl.Dates[i].Summary[j]
			if a := need[it.Doc]; a != nil && it.Speaker == "" {
				it.Speaker = speakerOf(a, it.Text)
			}
		}
	}
}

// speakerOf returns the resolved speaker of a direct quote in the
// sentence of a whose text is text.
func speakerOf(a *news.Article, text string) string {
	for si, s := range a.Sentences {
		if s.Text != text {
			continue
		}
		for _, q := range a.Quotes {
			if q.Direct && q.Speaker != "" && (q.Sentence == si || (q.Start < s.End && q.End > s.Start)) {
				return q.Speaker
			}
		}
	}
	return ""
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

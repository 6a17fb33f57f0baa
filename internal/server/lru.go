package server

import (
	"container/list"
	"sync"

	"github.com/dateline-news/dateline/internal/news"
)

// articleLRU keeps up to max decoded articles by ID, least recently used
// first out. A nil *articleLRU keeps nothing.
type articleLRU struct {
	mu  sync.Mutex
	max int
	ll  *list.List
	m   map[string]*list.Element
}

// newArticleLRU returns a cache of max articles, or nil when max ≤ 0.
func newArticleLRU(max int) *articleLRU {
	if max <= 0 {
		return nil
	}
	return &articleLRU{max: max, ll: list.New(), m: map[string]*list.Element{}}
}

func (c *articleLRU) get(id string) (*news.Article, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[id]
	if !ok {
		return nil, false
	}
	c.ll.MoveToFront(el)
	return el.Value.(*news.Article), true
}

func (c *articleLRU) put(a *news.Article) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[a.ID]; ok {
		el.Value = a
		c.ll.MoveToFront(el)
		return
	}
	c.m[a.ID] = c.ll.PushFront(a)
	for c.ll.Len() > c.max {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.m, old.Value.(*news.Article).ID)
	}
}

func (c *articleLRU) len() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}

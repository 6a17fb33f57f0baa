package server

import (
	"container/list"
	"context"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/timeline"
)

// timelineCache is a small LRU cache of built timelines keyed by
// normalized request, with an expiry so that articles written to a store
// by another process show up, and a wait list so that concurrent identical
// requests build the timeline once.
type timelineCache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu       sync.Mutex
	gen      uint64 // bumped by clear; results of older builds are not kept
	ll       *list.List
	items    map[string]*list.Element
	inflight map[string]*call
	hits     uint64
	misses   uint64
}

type cacheEntry struct {
	key     string
	tl      *timeline.Timeline
	expires time.Time
}

// call is a build in flight.
type call struct {
	done chan struct{}
	tl   *timeline.Timeline
	err  error
}

// newTimelineCache returns a cache of up to max timelines (max ≤ 0: no
// caching, but concurrent identical requests still share one build).
func newTimelineCache(max int, ttl time.Duration) *timelineCache {
	return &timelineCache{max: max, ttl: ttl, now: time.Now, ll: list.New(),
		items: map[string]*list.Element{}, inflight: map[string]*call{}}
}

// get returns the timeline for key, building it with build on a miss. hit
// reports whether the timeline came from the cache (or from a build
// another request started). The returned timeline is shared: callers must
// not modify it.
func (c *timelineCache) get(ctx context.Context, key string, build func() (*timeline.Timeline, error)) (tl *timeline.Timeline, hit bool, err error) {
	c.mu.Lock()
	if el, ok := c.items[key]; ok {
		e := el.Value.(*cacheEntry)
		if c.ttl <= 0 || c.now().Before(e.expires) {
			c.ll.MoveToFront(el)
			c.hits++
			c.mu.Unlock()
			return e.tl, true, nil
		}
		c.ll.Remove(el)
		delete(c.items, key)
	}
	if cl, ok := c.inflight[key]; ok {
		c.hits++
		c.mu.Unlock()
		select {
		case <-cl.done:
			return cl.tl, true, cl.err
		case <-ctx.Done():
			return nil, false, ctx.Err()
		}
	}
	cl := &call{done: make(chan struct{})}
	c.inflight[key] = cl
	c.misses++
	gen := c.gen
	c.mu.Unlock()

	cl.tl, cl.err = build()

	c.mu.Lock()
	delete(c.inflight, key)
	if cl.err == nil && c.max > 0 && gen == c.gen {
		c.items[key] = c.ll.PushFront(&cacheEntry{key: key, tl: cl.tl, expires: c.now().Add(c.ttl)})
		for c.ll.Len() > c.max {
			old := c.ll.Back()
			c.ll.Remove(old)
			delete(c.items, old.Value.(*cacheEntry).key)
		}
	}
	c.mu.Unlock()
	close(cl.done)
	return cl.tl, false, cl.err
}

// clear drops every cached timeline (after articles were added).
func (c *timelineCache) clear() {
	c.mu.Lock()
	c.gen++
	c.ll.Init()
	clear(c.items)
	c.mu.Unlock()
}

// counts returns the hits and misses so far.
func (c *timelineCache) counts() (hits, misses uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

package server

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// cache is a small LRU cache of built values (timelines, corpora) keyed by
// a normalized request, with an expiry so that articles written to a store
// by another process show up, and a wait list so that concurrent identical
// requests build the value once.
type cache[V any] struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu       sync.Mutex
	gen      uint64 // bumped by clear; results of older builds are not kept
	ll       *list.List
	items    map[string]*list.Element
	inflight map[string]*call[V]
	hits     uint64
	misses   uint64
}

type cacheEntry[V any] struct {
	key     string
	v       V
	expires time.Time
}

// call is a build in flight.
type call[V any] struct {
	done chan struct{}
	v    V
	err  error
}

// newCache returns a cache of up to max values (max ≤ 0: no caching, but
// concurrent identical requests still share one build).
func newCache[V any](max int, ttl time.Duration) *cache[V] {
	return &cache[V]{max: max, ttl: ttl, now: time.Now, ll: list.New(),
		items: map[string]*list.Element{}, inflight: map[string]*call[V]{}}
}

// get returns the value for key, building it with build on a miss. hit
// reports whether the value came from the cache (or from a build another
// request started). The returned value is shared: callers must not modify
// it.
func (c *cache[V]) get(ctx context.Context, key string, build func() (V, error)) (v V, hit bool, err error) {
	c.mu.Lock()
	if el, ok := c.items[key]; ok {
		e := el.Value.(*cacheEntry[V])
		if c.ttl <= 0 || c.now().Before(e.expires) {
			c.ll.MoveToFront(el)
			c.hits++
			c.mu.Unlock()
			return e.v, true, nil
		}
		c.ll.Remove(el)
		delete(c.items, key)
	}
	if cl, ok := c.inflight[key]; ok {
		c.hits++
		c.mu.Unlock()
		select {
		case <-cl.done:
			return cl.v, true, cl.err
		case <-ctx.Done():
			var zero V
			return zero, false, ctx.Err()
		}
	}
	cl := &call[V]{done: make(chan struct{})}
	c.inflight[key] = cl
	c.misses++
	gen := c.gen
	c.mu.Unlock()

	cl.v, cl.err = build()

	c.mu.Lock()
	delete(c.inflight, key)
	if cl.err == nil && c.max > 0 && gen == c.gen {
		c.items[key] = c.ll.PushFront(&cacheEntry[V]{key: key, v: cl.v, expires: c.now().Add(c.ttl)})
		for c.ll.Len() > c.max {
			old := c.ll.Back()
			c.ll.Remove(old)
			delete(c.items, old.Value.(*cacheEntry[V]).key)
		}
	}
	c.mu.Unlock()
	close(cl.done)
	return cl.v, false, cl.err
}

// clear drops every cached value (after articles were added).
func (c *cache[V]) clear() {
	c.mu.Lock()
	c.gen++
	c.ll.Init()
	clear(c.items)
	c.mu.Unlock()
}

// counts returns the hits and misses so far.
func (c *cache[V]) counts() (hits, misses uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

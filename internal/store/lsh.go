package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"sync"
)

// lshCache holds the LSH entries of the periods used by the last two
// batches in memory, within a budget of entries, so that its size does not
// grow with the store. It is filled from lsh_blocks on demand and updated
// after each committed batch. A generation number stored in meta tells
// when another process wrote to the store; the cache is then dropped.
type lshCache struct {
	mu      sync.Mutex
	gen     int64 // meta lsh_generation the cache reflects; -1: unknown
	buckets map[int]*lshBucket
	tick    uint64
	batch   uint64 // number of the batch in progress (counts syncs)
	total   int    // entries held, over all periods
	max     int    // entries budget; the period in use is kept even beyond it
}

// lshBucket is the sorted entries of one period: key<<32 | doc.
type lshBucket struct {
	entries []uint64
	used    uint64 // tick of the last lookup
	batch   uint64 // batch of the last lookup
}

const metaLSHGen = "lsh_generation"

// defaultLSHEntries is the cache's budget: 2Mi entries, 16 MiB. One
// period holds 32 entries per article published in it (about 120,000
// entries for a corpus of 1,000,000 articles spread over ten years); with
// articles ingested roughly in date order two or three periods are in use
// at a time. Articles far out of order are looked up period by period, so
// the budget bounds the cache whatever the order, at the cost of reloads.
const defaultLSHEntries = 1 << 21

func newLSHCache(maxEntries int) *lshCache {
	return &lshCache{gen: -1, buckets: map[int]*lshBucket{}, max: maxEntries}
}

func lshEntry(key uint64, doc int64) uint64 { return uint64(uint32(key))<<32 | uint64(uint32(doc)) }

// bucket returns the cached entries of period b, loading them from the
// store when needed. It must be called inside the batch's transaction,
// after sync. The returned bucket stays valid until the next call.
func (c *lshCache) bucket(ctx context.Context, tx *sql.Tx, b int) (*lshBucket, error) {
	c.tick++
	if bk, ok := c.buckets[b]; ok {
		bk.used, bk.batch = c.tick, c.batch
		return bk, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT data FROM lsh_blocks WHERE bucket = ?", b)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	bk := &lshBucket{used: c.tick, batch: c.batch}
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		bk.entries = slices.Grow(bk.entries, len(data)/8)
		for i := 0; i+8 <= len(data); i += 8 {
			bk.entries = append(bk.entries, uint64(binary.LittleEndian.Uint32(data[i:]))<<32|uint64(binary.LittleEndian.Uint32(data[i+4:])))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.Sort(bk.entries)
	c.buckets[b] = bk
	c.total += len(bk.entries)
	c.evict()
	return bk, nil
}

// evict drops the periods the last two batches did not use, then the least
// recently used ones while the cache is over its budget, never the most
// recently used one.
func (c *lshCache) evict() {
	for b, bk := range c.buckets {
		if bk.batch+1 < c.batch {
			c.total -= len(bk.entries)
			delete(c.buckets, b)
		}
	}
	for c.total > c.max && len(c.buckets) > 1 {
		oldest, ob := ^uint64(0), 0
		for b, bk := range c.buckets {
			if bk.used < oldest {
				oldest, ob = bk.used, b
			}
		}
		c.total -= len(c.buckets[ob].entries)
		delete(c.buckets, ob)
	}
}

// docs appends to out the docs of bk whose entry key matches key.
func (bk *lshBucket) docs(key uint64, out []int64) []int64 {
	lo := uint64(uint32(key)) << 32
	i, _ := slices.BinarySearch(bk.entries, lo)
	for ; i < len(bk.entries) && bk.entries[i]>>32 == lo>>32; i++ {
		out = append(out, int64(uint32(bk.entries[i])))
	}
	return out
}

// merge adds the sorted entries es to bk's, keeping them sorted.
func (bk *lshBucket) merge(es []uint64) {
	n := len(bk.entries)
	bk.entries = slices.Grow(bk.entries, len(es))[:n+len(es)]
	// Merge from the back, so nothing is overwritten before it is read.
	i, j := n-1, len(es)-1
	for k := len(bk.entries) - 1; j >= 0; k-- {
		if i >= 0 && bk.entries[i] > es[j] {
			bk.entries[k] = bk.entries[i]
			i--
		} else {
			bk.entries[k] = es[j]
			j--
		}
	}
}

// sync starts a batch: it reads the store's LSH generation inside tx and
// drops the cache if another writer changed the index since the cache was
// filled.
func (c *lshCache) sync(ctx context.Context, tx *sql.Tx) (int64, error) {
	c.batch++
	var v string
	err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaLSHGen).Scan(&v)
	gen := int64(0)
	switch {
	case err == sql.ErrNoRows:
	case err != nil:
		return 0, err
	default:
		if gen, err = strconv.ParseInt(v, 10, 64); err != nil {
			return 0, fmt.Errorf("meta %s: %w", metaLSHGen, err)
		}
	}
	if gen != c.gen {
		c.clear()
		c.gen = gen
	}
	return gen, nil
}

// stageLSH writes the batch's entries (one block per period, each sorted
// in place) and bumps the generation, inside tx. The cache itself is
// updated by apply once the transaction commits.
func stageLSH(ctx context.Context, tx *sql.Tx, gen int64, entries map[int][]uint64) error {
	bs := make([]int, 0, len(entries))
	for b := range entries {
		bs = append(bs, b)
	}
	slices.Sort(bs)
	var data []byte
	for _, b := range bs {
		es := entries[b]
		slices.Sort(es)
		data = slices.Grow(data[:0], 8*len(es))[:8*len(es)]
		for i, e := range es {
			binary.LittleEndian.PutUint32(data[8*i:], uint32(e>>32))
			binary.LittleEndian.PutUint32(data[8*i+4:], uint32(e))
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO lsh_blocks (bucket, data) VALUES (?, ?)", b, data); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
		metaLSHGen, strconv.FormatInt(gen+1, 10))
	return err
}

// apply adds a committed batch's entries (sorted by stageLSH) to the cached
// periods.
func (c *lshCache) apply(gen int64, entries map[int][]uint64) {
	if c.gen != gen {
		c.clear()
		c.gen = -1
		return
	}
	for b, es := range entries {
		if bk, ok := c.buckets[b]; ok {
			bk.merge(es)
			c.total += len(es)
		}
	}
	c.evict()
	c.gen = gen + 1
}

func (c *lshCache) clear() {
	clear(c.buckets)
	c.total = 0
}

// reset forgets everything (after a failed transaction).
func (c *lshCache) reset() {
	c.clear()
	c.gen = -1
}

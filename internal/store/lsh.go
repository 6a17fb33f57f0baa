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

// lshCache holds the LSH entries of recently used periods in memory. It is
// filled from lsh_blocks on demand and updated after each committed batch.
// A generation number stored in meta tells when another process wrote to
// the store; the cache is then dropped.
type lshCache struct {
	mu      sync.Mutex
	gen     int64 // meta lsh_generation the cache reflects; -1: unknown
	buckets map[int]*lshBucket
	tick    uint64
	max     int // periods kept
}

// lshBucket is the sorted entries of one period: key<<32 | doc.
type lshBucket struct {
	entries []uint64
	used    uint64
}

const metaLSHGen = "lsh_generation"

// defaultLSHBuckets is how many 14-day periods stay cached: with articles
// ingested in date order only the latest two are in use.
const defaultLSHBuckets = 64

func newLSHCache(max int) *lshCache {
	return &lshCache{gen: -1, buckets: map[int]*lshBucket{}, max: max}
}

func lshEntry(key uint64, doc int64) uint64 { return uint64(uint32(key))<<32 | uint64(uint32(doc)) }

// bucket returns the cached entries of period b, loading them from the
// store when needed. It must be called inside the batch's transaction,
// after sync.
func (c *lshCache) bucket(ctx context.Context, tx *sql.Tx, b int) (*lshBucket, error) {
	c.tick++
	if bk, ok := c.buckets[b]; ok {
		bk.used = c.tick
		return bk, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT data FROM lsh_blocks WHERE bucket = ?", b)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	bk := &lshBucket{used: c.tick}
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		for i := 0; i+8 <= len(data); i += 8 {
			bk.entries = append(bk.entries, uint64(binary.LittleEndian.Uint32(data[i:]))<<32|uint64(binary.LittleEndian.Uint32(data[i+4:])))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.Sort(bk.entries)
	c.buckets[b] = bk
	c.evict()
	return bk, nil
}

// evict drops the least recently used periods beyond max.
func (c *lshCache) evict() {
	for len(c.buckets) > c.max {
		oldest, ob := uint64(1<<63), 0
		for b, bk := range c.buckets {
			if bk.used < oldest {
				oldest, ob = bk.used, b
			}
		}
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

// sync reads the store's LSH generation inside tx and drops the cache if
// another writer changed the index since the cache was filled.
func (c *lshCache) sync(ctx context.Context, tx *sql.Tx) (int64, error) {
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
		clear(c.buckets)
		c.gen = gen
	}
	return gen, nil
}

// stage writes the batch's entries (one block per period) and bumps the
// generation, inside tx. The cache itself is updated by apply once the
// transaction commits.
func stageLSH(ctx context.Context, tx *sql.Tx, gen int64, entries map[int][]uint64) error {
	bs := make([]int, 0, len(entries))
	for b := range entries {
		bs = append(bs, b)
	}
	slices.Sort(bs)
	for _, b := range bs {
		es := entries[b]
		data := make([]byte, 8*len(es))
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

// apply adds a committed batch's entries to the cached periods.
func (c *lshCache) apply(gen int64, entries map[int][]uint64) {
	if c.gen != gen {
		clear(c.buckets)
		c.gen = -1
		return
	}
	for b, es := range entries {
		if bk, ok := c.buckets[b]; ok {
			bk.entries = append(bk.entries, es...)
			slices.Sort(bk.entries)
		}
	}
	c.gen = gen + 1
}

// reset forgets everything (after a failed transaction).
func (c *lshCache) reset() {
	clear(c.buckets)
	c.gen = -1
}

package pipeline

import (
	"encoding/binary"
	"errors"
)

// The messages passed between stages are byte strings in a small binary
// layout (varints, length-prefixed strings), so that the shuffle carries no
// field names and its volume can be counted exactly.

// enc builds a message.
type enc struct{ b []byte }

func (e *enc) uint(v uint64)  { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)    { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) bytes(p []byte) { e.uint(uint64(len(p))); e.b = append(e.b, p...) }
func (e *enc) str(s string)   { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) u64s(vs []uint64) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint64(e.b, v)
	}
}
func (e *enc) u32s(vs []uint32) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint32(e.b, v)
	}
}

var errShort = errors.New("pipeline: truncated message")

// dec reads a message; the first error sticks and zero values follow it.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail() { d.err, d.b = errShort, nil }

func (d *dec) uint() uint64 { return varint(d, binary.Uvarint) }

func (d *dec) int() int64 { return varint(d, binary.Varint) }

// varint decodes one varint with read (binary.Uvarint or binary.Varint).
func varint[T int64 | uint64](d *dec, read func([]byte) (T, int)) T {
	v, n := read(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) bytes() []byte {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *dec) str() string { return string(d.bytes()) }

// u64s reads a length-prefixed list; an empty list is empty, not nil.
func (d *dec) u64s() []uint64 { return fixedInts(d, 8, binary.LittleEndian.Uint64) }

// u32s reads a length-prefixed list; an empty list is nil.
func (d *dec) u32s() []uint32 {
	vs := fixedInts(d, 4, binary.LittleEndian.Uint32)
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// fixedInts reads a count and that many little-endian integers of size
// bytes each with get.
func fixedInts[T uint32 | uint64](d *dec, size uint64, get func([]byte) T) []T {
	n := d.uint()
	if n > uint64(len(d.b))/size {
		d.fail()
		return nil
	}
	vs := make([]T, n)
	for i := range vs {
		vs[i] = get(d.b[size*uint64(i):])
	}
	d.b = d.b[size*n:]
	return vs
}

// ord is an article's place in the input: the index of its input and its
// rank among the articles read from it. Ordering by ord is the order in
// which corpus.Read yields the articles of all inputs.
type ord struct{ unit, rec uint64 }

func (o ord) less(p ord) bool { return o.unit < p.unit || o.unit == p.unit && o.rec < p.rec }

// node is a document in the folding graph, with what picking the group's
// representative and counting its independent sources needs.
type node struct {
	id   string
	sec  int64
	nsec uint64
	wire string
	body uint64
}

func (e *enc) node(n *node) {
	e.str(n.id)
	e.int(n.sec)
	e.uint(n.nsec)
	e.str(n.wire)
	e.uint(n.body)
}

func (d *dec) node() node {
	var n node
	n.id = d.str()
	n.sec = d.int()
	n.nsec = d.uint()
	n.wire = d.str()
	n.body = d.uint()
	return n
}

// before orders nodes as package dedup orders a group's members: earliest
// published first, then smallest ID.
func (n *node) before(m *node) bool {
	switch {
	case n.sec != m.sec:
		return n.sec < m.sec
	case n.nsec != m.nsec:
		return n.nsec < m.nsec
	}
	return n.id < m.id
}

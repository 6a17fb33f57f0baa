package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sort"
)

var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// countingReader counts the bytes consumed from a buffered reader, so that
// the gzip decoder (which reads byte-wise from an io.ByteReader without
// buffering ahead) leaves an exact compressed offset.
type countingReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// member records where one gzip member starts, in compressed and in
// decompressed bytes.
type member struct {
	in, out int64
}

// gzipError reports damaged gzip data. It is returned once; reading then
// resumes at the next gzip member.
type gzipError struct {
	offset int64 // compressed offset where the damage was found
	// between is true when the damage lies between members (bytes that
	// are not gzip data), false when a member's data is damaged or cut.
	between bool
	err     error
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("gzip data damaged at byte %d: %v", e.offset, e.err)
}

func (e *gzipError) Unwrap() error { return e.err }

// gzipStream decompresses concatenated gzip members as one stream (so
// that a file compressed as a single member, or a record split across
// members, still reads), remembers where each member starts, and skips
// damaged data to the next member instead of stopping.
type gzipStream struct {
	src      *countingReader
	zr       *gzip.Reader
	out      int64
	members  []member
	inMember bool
	eof      bool
}

func newGzipStream(r io.Reader) *gzipStream {
	return &gzipStream{src: &countingReader{br: bufio.NewReaderSize(r, 64<<10)}}
}

func (g *gzipStream) Read(p []byte) (int, error) {
	for {
		if g.eof {
			return 0, io.EOF
		}
		if !g.inMember {
			if err := g.startMember(); err != nil {
				return 0, err
			}
			continue
		}
		n, err := g.zr.Read(p)
		g.out += int64(n)
		switch {
		case err == nil:
			return n, nil
		case errors.Is(err, io.EOF):
			g.inMember = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		// Damaged or truncated member: report it once and move on.
		g.inMember = false
		at := g.src.n
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("file ends inside a gzip member (truncated)")
		}
		g.skipToMagic()
		return n, &gzipError{offset: at, err: err}
	}
}

// startMember begins the next member at the current position. At a clean
// end of input it sets eof; before bytes that are not a gzip member it
// skips to the next one and returns an error naming the skipped range.
func (g *gzipStream) startMember() error {
	if _, err := g.src.br.Peek(1); err != nil {
		g.eof = true
		return io.EOF
	}
	at := g.src.n
	head, _ := g.src.br.Peek(len(gzipMagic))
	if !bytes.Equal(head, gzipMagic) {
		skipped := g.skipToMagic()
		return &gzipError{offset: at, between: true, err: fmt.Errorf("%d bytes that are not gzip data skipped", skipped)}
	}
	var err error
	if g.zr == nil {
		g.zr, err = gzip.NewReader(g.src)
	} else {
		err = g.zr.Reset(g.src)
	}
	if err != nil {
		g.skipToMagic()
		return &gzipError{offset: at, between: true, err: fmt.Errorf("bad gzip header: %w", err)}
	}
	g.zr.Multistream(false)
	g.members = append(g.members, member{in: at, out: g.out})
	g.inMember = true
	return nil
}

// skipToMagic discards input up to the next gzip magic (not consuming it)
// or the end, and returns how many bytes it skipped. It always skips at
// least one byte so that a damaged member is not retried.
func (g *gzipStream) skipToMagic() int64 {
	var skipped int64
	for {
		b, err := g.src.ReadByte()
		if err != nil {
			return skipped
		}
		skipped++
		next, _ := g.src.br.Peek(len(gzipMagic))
		if bytes.Equal(next, gzipMagic) {
			return skipped
		}
		_ = b
	}
}

// compressedOffset maps a decompressed offset to the compressed offset of
// the member holding it and the offset within that member's output.
func (g *gzipStream) compressedOffset(out int64) (in, within int64) {
	i := sort.Search(len(g.members), func(i int) bool { return g.members[i].out > out }) - 1
	if i < 0 {
		return 0, out
	}
	return g.members[i].in, out - g.members[i].out
}

package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// annotations is the stored form of an article's annotations.
type annotations struct {
	Sentences []news.Sentence `json:"s,omitempty"`
	Quotes    []news.Quote    `json:"q,omitempty"`
}

// encodeAnnotations returns the blob for a's sentences and quotes (see
// annotcodec.go), or nil when it has none.
func encodeAnnotations(a *news.Article) ([]byte, error) {
	if len(a.Sentences) == 0 && len(a.Quotes) == 0 {
		return nil, nil
	}
	return encodeBinary(a), nil
}

// decodeAnnotations fills a.Sentences and a.Quotes from a blob made by
// encodeAnnotations, or by the JSON encoding of stores written before it.
func decodeAnnotations(a *news.Article, b []byte) error {
	switch {
	case len(b) == 0:
		return nil
	case b[0] == binaryV1 || b[0] == binaryV2 || b[0] == binaryV3:
		return decodeBinary(a, b)
	}
	var ann annotations
	if err := json.Unmarshal(b, &ann); err != nil {
		return fmt.Errorf("article %s: decode annotations: %w", a.ID, err)
	}
	for i := range ann.Sentences {
		s := &ann.Sentences[i]
		if s.Text == "" && s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Text) {
			s.Text = a.Text[s.Start:s.End]
		}
	}
	a.Sentences, a.Quotes = ann.Sentences, ann.Quotes
	return nil
}

// contentHash is the SHA-256 of the fields that make an article's content:
// ID, source, URL, title, publication and update times, text. Origin (where
// it was read from) and annotations are not part of it.
func contentHash(a *news.Article) [32]byte {
	h := sha256.New()
	var n [8]byte
	for _, f := range []string{a.ID, a.Source, a.URL, a.Title, formatTime(a.Published), formatTime(a.Updated), a.Text} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write([]byte(f))
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// formatTime is the stored form of a time: RFC 3339 with nanoseconds and
// the original offset; "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

func encodeMinHash(m []uint32) []byte {
	if len(m) == 0 {
		return nil
	}
	b := make([]byte, 4*len(m))
	for i, v := range m {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeMinHash(b []byte) []uint32 {
	if len(b) == 0 || len(b)%4 != 0 {
		return nil
	}
	m := make([]uint32, len(b)/4)
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return m
}

package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// Annotation blobs are stored in a compact binary form, decoded several
// times faster than JSON (retrieval for a timeline decodes thousands of
// them). Stores written before it hold JSON blobs, which start with '{';
// binary blobs start with binaryV1, so both are read.
//
// Layout (all integers varints, zigzag-signed): version byte; sentence
// count, then per sentence Index, Start, End, Text, mention count and the
// mentions (Start, End, Text, Type, Value, Date as year, month, day,
// Granularity, Relative); quote count, then per quote Start, End, Text,
// Direct, Verb, SpeakerMention, SpeakerStart, SpeakerEnd, Speaker,
// Addressee, Sentence, from version 2 on SpeakerDescription and from
// version 3 on Said (year, month, day). A text
// that is exactly its span of the enclosing text (article for sentences
// and quotes, sentence for mentions) is stored as a marker and restored
// from the offsets. Blobs of earlier versions (version 1 without
// SpeakerDescription, version 2 without Said) are still read.
const (
	binaryV1 = 0x01
	binaryV2 = 0x02
	binaryV3 = 0x03
)

// Type codes of the common TIMEX3 types; others are stored as strings.
var timexCodes = []news.TimexType{news.TypeDate, news.TypeTime, news.TypeDuration, news.TypeSet}

type encoder struct{ b []byte }

func (e *encoder) int(v int) { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) bool(v bool) {
	if v {
		e.int(1)
	} else {
		e.int(0)
	}
}

// str writes s, or the span marker when s is exactly within[start:end].
func (e *encoder) str(s, within string, start, end int) {
	if s != "" && start >= 0 && start <= end && end <= len(within) && within[start:end] == s {
		e.b = binary.AppendUvarint(e.b, 0)
		return
	}
	e.b = binary.AppendUvarint(e.b, uint64(len(s))+1)
	e.b = append(e.b, s...)
}

func encodeBinary(a *news.Article) []byte {
	e := &encoder{b: make([]byte, 0, 64+16*len(a.Sentences))}
	e.b = append(e.b, binaryV3)
	e.int(len(a.Sentences))
	for _, s := range a.Sentences {
		e.int(s.Index)
		e.int(s.Start)
		e.int(s.End)
		e.str(s.Text, a.Text, s.Start, s.End)
		e.int(len(s.Mentions))
		for _, m := range s.Mentions {
			e.int(m.Start)
			e.int(m.End)
			e.str(m.Text, s.Text, m.Start, m.End)
			code := -1
			for i, t := range timexCodes {
				if m.Type == t {
					code = i
				}
			}
			e.int(code)
			if code < 0 {
				e.str(string(m.Type), "", -1, -1)
			}
			e.str(m.Value, "", -1, -1)
			e.int(m.Date.Year)
			e.int(int(m.Date.Month))
			e.int(m.Date.Day)
			e.int(int(m.Granularity))
			e.bool(m.Relative)
		}
	}
	e.int(len(a.Quotes))
	for _, q := range a.Quotes {
		e.int(q.Start)
		e.int(q.End)
		e.str(q.Text, a.Text, q.Start, q.End)
		e.bool(q.Direct)
		e.str(q.Verb, "", -1, -1)
		e.str(q.SpeakerMention, a.Text, q.SpeakerStart, q.SpeakerEnd)
		e.int(q.SpeakerStart)
		e.int(q.SpeakerEnd)
		e.str(q.Speaker, "", -1, -1)
		e.str(q.Addressee, "", -1, -1)
		e.int(q.Sentence)
		e.str(q.SpeakerDescription, "", -1, -1)
		e.int(q.Said.Year)
		e.int(int(q.Said.Month))
		e.int(q.Said.Day)
	}
	return e.b
}

var errCorrupt = errors.New("corrupt annotation blob")

// reader is the decoding state over one blob; blob is the blob as one string, so that the
// texts read from it share its memory instead of allocating each.
type reader struct {
	blob string
	i    int
	err  error
}

func (r *reader) int() int {
	if r.err != nil {
		return 0
	}
	v, n := varintString(r.blob[r.i:])
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.i += n
	return int(v)
}

func (r *reader) bool() bool { return r.int() != 0 }

// count reads a list length, bounded by the bytes left (every element
// takes at least one byte).
func (r *reader) count() int {
	n := r.int()
	if n < 0 || n > len(r.blob)-r.i {
		if r.err == nil {
			r.err = errCorrupt
		}
		return 0
	}
	return n
}

// strOrSpan reads a string, or reports span=true for the span marker
// (the caller restores the text from offsets it reads later).
func (r *reader) strOrSpan() (s string, span bool) {
	if r.err != nil {
		return "", false
	}
	v, n := uvarintString(r.blob[r.i:])
	if n <= 0 || v > uint64(len(r.blob)-r.i-n+1) {
		r.err = errCorrupt
		return "", false
	}
	r.i += n
	if v == 0 {
		return "", true
	}
	s = r.blob[r.i : r.i+int(v-1)]
	r.i += int(v - 1)
	return s, false
}

// span returns within[start:end], or an error when it is out of range.
func (r *reader) span(within string, start, end int) string {
	if start < 0 || start > end || end > len(within) {
		if r.err == nil {
			r.err = errCorrupt
		}
		return ""
	}
	return within[start:end]
}

func (r *reader) str(within string, start, end int) string {
	s, span := r.strOrSpan()
	if span {
		return r.span(within, start, end)
	}
	return s
}

func decodeBinary(a *news.Article, b []byte) error {
	version := b[0]
	r := &reader{blob: string(b), i: 1}
	if n := r.count(); n > 0 {
		a.Sentences = make([]news.Sentence, n)
		for i := range a.Sentences {
			s := &a.Sentences[i]
			s.Index, s.Start, s.End = r.int(), r.int(), r.int()
			s.Text = r.str(a.Text, s.Start, s.End)
			if nm := r.count(); nm > 0 {
				s.Mentions = make([]news.Mention, nm)
				for j := range s.Mentions {
					m := &s.Mentions[j]
					m.Start, m.End = r.int(), r.int()
					m.Text = r.str(s.Text, m.Start, m.End)
					if code := r.int(); code >= 0 && code < len(timexCodes) {
						m.Type = timexCodes[code]
					} else if code == -1 {
						m.Type = news.TimexType(r.str("", -1, -1))
					} else {
						r.err = errCorrupt
					}
					m.Value = r.str("", -1, -1)
					m.Date = news.Date{Year: r.int(), Month: time.Month(r.int()), Day: r.int()}
					m.Granularity = news.Granularity(r.int())
					m.Relative = r.bool()
				}
			}
		}
	}
	if n := r.count(); n > 0 {
		a.Quotes = make([]news.Quote, n)
		for i := range a.Quotes {
			q := &a.Quotes[i]
			q.Start, q.End = r.int(), r.int()
			q.Text = r.str(a.Text, q.Start, q.End)
			q.Direct = r.bool()
			q.Verb = r.str("", -1, -1)
			mention, span := r.strOrSpan()
			q.SpeakerStart, q.SpeakerEnd = r.int(), r.int()
			if span {
				mention = r.span(a.Text, q.SpeakerStart, q.SpeakerEnd)
			}
			q.SpeakerMention = mention
			q.Speaker = r.str("", -1, -1)
			q.Addressee = r.str("", -1, -1)
			q.Sentence = r.int()
			if version >= binaryV2 {
				q.SpeakerDescription = r.str("", -1, -1)
			}
			if version >= binaryV3 {
				q.Said = news.Date{Year: r.int(), Month: time.Month(r.int()), Day: r.int()}
			}
		}
	}
	if r.err == nil && r.i != len(r.blob) {
		r.err = errCorrupt
	}
	if r.err != nil {
		a.Sentences, a.Quotes = nil, nil
		return fmt.Errorf("article %s: decode annotations: %w", a.ID, r.err)
	}
	return nil
}

// varintString and uvarintString are binary.Varint and binary.Uvarint
// over a string, so that the blob need not be copied back to bytes.
func uvarintString(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s); i++ {
		if i == binary.MaxVarintLen64 {
			return 0, -(i + 1)
		}
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

func varintString(s string) (int64, int) {
	ux, n := uvarintString(s)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

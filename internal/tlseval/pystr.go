package tlseval

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/rouge"
)

// This file reproduces the few Python string operations tilse's reader
// relies on, so that files read here give the same timeline.

// decodeUTF8Replace decodes b as Python's "utf-8" codec with the "replace"
// error handler: each maximal ill-formed subsequence becomes one U+FFFD.
func decodeUTF8Replace(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(utf8.RuneError)
			b = b[maximalSubpart(b):]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

// maximalSubpart returns the length of the longest prefix of b (at least
// 1) that starts a well-formed UTF-8 sequence, for b that does not start
// with one.
func maximalSubpart(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF)
	need := 0
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		x := b[n]
		if k == 0 && (x < lo || x > hi) || k > 0 && (x < 0x80 || x > 0xBF) {
			break
		}
		n++
	}
	return n
}

// splitLines splits s into lines as Python's str.splitlines() does: at
// \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, U+0085, U+2028 and U+2029, with
// no empty last line after a final line break.
func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			lines = append(lines, s[start:i])
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				n++
			}
			start = i + n
		}
		i += n
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// pyStrip removes leading and trailing whitespace as Python's str.strip().
func pyStrip(s string) string { return strings.TrimFunc(s, rouge.IsSpace) }

// parsePyDate parses s as Python's datetime.strptime(s, "%Y-%m-%d"): a
// four-digit year from 1 to 9999, a month of one or two digits, a day of
// one or two digits (or a space and one digit), and a real calendar day.
// Python also accepts non-ASCII decimal digits in the year; this does not.
func parsePyDate(s string) (news.Date, bool) {
	if len(s) < 8 || s[4] != '-' {
		return news.Date{}, false
	}
	year := 0
	for _, c := range []byte(s[:4]) {
		if c < '0' || c > '9' {
			return news.Date{}, false
		}
		year = year*10 + int(c-'0')
	}
	rest := s[5:]
	month, n := matchFirst(rest, "1[0-2]", "0[1-9]", "[1-9]")
	if n == 0 || n >= len(rest) || rest[n] != '-' {
		return news.Date{}, false
	}
	rest = rest[n+1:]
	day, n := matchFirst(rest, "3[0-1]", "[1-2]d", "0[1-9]", "[1-9]", " [1-9]")
	if n == 0 || n != len(rest) || year < 1 {
		return news.Date{}, false
	}
	d := news.NewDate(year, time.Month(month), day)
	if d.Year != year || int(d.Month) != month || d.Day != day {
		return news.Date{}, false // Feb 30 and the like
	}
	return d, true
}

// matchFirst tries the two-position patterns in order against the start
// of s, as a regular expression alternation does, and returns the number
// the first match spells and its length (0 when none matches). A pattern
// is a sequence of items: a literal digit or space, "d" for any ASCII
// digit, or a range "[a-b]".
func matchFirst(s string, patterns ...string) (value, length int) {
	for _, p := range patterns {
		i, v, ok := 0, 0, true
		for j := 0; j < len(p) && ok; {
			if i >= len(s) {
				ok = false
				break
			}
			c := s[i]
			switch {
			case p[j] == '[':
				ok = c >= p[j+1] && c <= p[j+3]
				j += 5
			case p[j] == 'd':
				ok = c >= '0' && c <= '9'
				j++
			default:
				ok = c == p[j]
				j++
			}
			if ok && c != ' ' {
				v = v*10 + int(c-'0')
			}
			i++
		}
		if ok {
			return v, i
		}
	}
	return 0, 0
}

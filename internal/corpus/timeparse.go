package corpus

import (
	"fmt"
	"strings"
	"time"
)

// timeLayouts are the publication time spellings ParseTime accepts, most
// common first. Layouts without a zone are read as UTC.
var timeLayouts = [...]string{
	time.RFC3339Nano,
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"20060102T150405",
	"20060102T150405Z07:00",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// minYear rejects implausible publication years (zero values, typos).
const minYear = 1800

// ParseTime parses a publication time: an ISO 8601 date ("2007-02-16") or
// date-time with or without a zone ("2007-02-16T00:07:05Z",
// "2007-02-16 00:07:05", "2007-02-16T00:07:05+01:00"), the compact
// "20070216T000705", or an RFC 1123 date. A date alone is midnight UTC; a
// date-time without a zone is read as UTC. Years before 1800 are rejected.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	for _, layout := range timeLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if t.Year() < minYear {
			return time.Time{}, fmt.Errorf("implausible date %q", s)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q: want YYYY-MM-DD or an ISO 8601 date-time", clip(s, 60))
}

// clip shortens s for an error message, keeping it on one line.
func clip(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	if len(s) > n {
		// Cut on a rune boundary.
		for n > 0 && !isRuneStart(s[n]) {
			n--
		}
		return s[:n] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

package news

import (
	"fmt"
	"time"
)

// Date is a calendar day with no time of day and no time zone.
// The zero Date is "no date"; see [Date.IsZero].
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// NewDate returns the normalized date for year, month and day; out-of-range
// values roll over as with [time.Date].
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// ParseDate parses a day written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("news: invalid date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String formats d as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// MarshalText implements encoding.TextMarshaler (YYYY-MM-DD).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler (YYYY-MM-DD).
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// AddDays returns d shifted by n days (n may be negative).
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Ordinal returns the number of days since 1970-01-01 (negative before it).
// Differences of ordinals are day distances.
func (d Date) Ordinal() int { return int(d.Time().Unix() / 86400) }

// DateFromOrdinal is the inverse of [Date.Ordinal].
func DateFromOrdinal(n int) Date { return DateOf(time.Unix(int64(n)*86400, 0).UTC()) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Granularity is how precisely a [Mention] pins down a point in time.
type Granularity int

// Granularities, coarsest first. GranNone means the mention does not name a
// calendar period (a duration, a set, "recently").
const (
	GranNone Granularity = iota
	GranYear
	GranQuarter
	GranMonth
	GranWeek
	GranDay
)

var granNames = [...]string{"none", "year", "quarter", "month", "week", "day"}

// String returns "none", "year", "quarter", "month", "week" or "day".
func (g Granularity) String() string {
	if g < 0 || int(g) >= len(granNames) {
		return fmt.Sprintf("Granularity(%d)", int(g))
	}
	return granNames[g]
}

// MarshalText implements encoding.TextMarshaler.
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Granularity) UnmarshalText(b []byte) error {
	for i, n := range granNames {
		if n == string(b) {
			*g = Granularity(i)
			return nil
		}
	}
	return fmt.Errorf("news: unknown granularity %q", b)
}

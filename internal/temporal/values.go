package temporal

import (
	"strconv"
	"time"

	"github.com/dateline-news/dateline/internal/news"
)

// val is a resolved expression before it becomes a news.Mention.
type val struct {
	typ  news.TimexType
	v    string
	date news.Date
	gran news.Granularity
	rel  bool
	// dayless marks a clock time whose day was not stated (it defaults
	// to ref and may take the day named earlier in the sentence).
	dayless bool
}

func pad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func dayValue(d news.Date) string {
	b := make([]byte, 0, 10)
	b = pad(b, d.Year, 4)
	b = append(b, '-')
	b = pad(b, int(d.Month), 2)
	b = append(b, '-')
	b = pad(b, d.Day, 2)
	return string(b)
}

func dayVal(d news.Date, rel bool) val {
	return val{typ: news.TypeDate, v: dayValue(d), date: d, gran: news.GranDay, rel: rel}
}

func monthVal(y int, m time.Month, rel bool) val {
	d := news.NewDate(y, m, 1)
	b := pad(make([]byte, 0, 7), d.Year, 4)
	b = append(b, '-')
	b = pad(b, int(d.Month), 2)
	return val{typ: news.TypeDate, v: string(b), date: d, gran: news.GranMonth, rel: rel}
}

func yearVal(y int, rel bool) val {
	return val{typ: news.TypeDate, v: string(pad(nil, y, 4)), date: news.NewDate(y, 1, 1), gran: news.GranYear, rel: rel}
}

// monday returns the Monday of d's ISO week.
func monday(d news.Date) news.Date {
	wd := int(d.Weekday())
	if wd == 0 {
		wd = 7
	}
	return d.AddDays(1 - wd)
}

func weekValue(d news.Date) string {
	y, w := d.Time().ISOWeek()
	b := pad(make([]byte, 0, 8), y, 4)
	b = append(b, '-', 'W')
	b = pad(b, w, 2)
	return string(b)
}

// weekVal is the ISO week containing d.
func weekVal(d news.Date, rel bool) val {
	return val{typ: news.TypeDate, v: weekValue(d), date: monday(d), gran: news.GranWeek, rel: rel}
}

// weekendVal is the weekend of the ISO week containing d.
func weekendVal(d news.Date, rel bool) val {
	return val{typ: news.TypeDate, v: weekValue(d) + "-WE", date: monday(d), gran: news.GranWeek, rel: rel}
}

func quarterVal(y, q int, rel bool) val {
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-', 'Q', byte('0'+q))
	return val{typ: news.TypeDate, v: string(b), date: news.NewDate(y, time.Month(3*q-2), 1), gran: news.GranQuarter, rel: rel}
}

func halfVal(y, h int, rel bool) val {
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-', 'H', byte('0'+h))
	return val{typ: news.TypeDate, v: string(b), rel: rel}
}

func seasonVal(y int, s string, rel bool) val {
	b := pad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	b = append(b, s...)
	return val{typ: news.TypeDate, v: string(b), rel: rel}
}

// decadeVal is the decade starting at year y (y divisible by 10): "199".
func decadeVal(y int, rel bool) val {
	return val{typ: news.TypeDate, v: string(pad(nil, y/10, 3)), rel: rel}
}

// centuryVal is the century whose years start with c: 19 for the 1900s.
func centuryVal(c int, rel bool) val {
	return val{typ: news.TypeDate, v: string(pad(nil, c, 2)), rel: rel}
}

func refVal(v string) val { return val{typ: news.TypeDate, v: v, rel: true} }

// unitLetter gives the TIMEX3 duration letter and whether it is a clock
// unit (written after "T").
func unitLetter(u unit) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	}
	return "Y", false
}

// durValue formats a duration of n units; n < 0 means unknown ("PXY").
// Decades, centuries and fortnights are written in years and weeks.
func durValue(n float64, u unit) string {
	switch u {
	case uFortnight:
		u, n = uWeek, n*2
	case uDecade:
		if n >= 0 {
			u, n = uYear, n*10
		}
	case uCentury:
		if n >= 0 {
			u, n = uYear, n*100
		}
	}
	letter, clock := unitLetter(u)
	b := []byte{'P'}
	if clock {
		b = append(b, 'T')
	}
	switch {
	case n < 0:
		b = append(b, 'X')
	case n != float64(int(n)):
		// Halves: 2.5 years → P2Y6M, 1.5 hours → PT1H30M, half a day → PT12H.
		whole := int(n)
		sub, subLetter, subClock := halfOf(u)
		if subLetter == "" {
			b = strconv.AppendFloat(b, n, 'f', -1, 64)
			break
		}
		if whole > 0 {
			b = strconv.AppendInt(b, int64(whole), 10)
			b = append(b, letter...)
		}
		if subClock && !clock {
			b = append(b, 'T')
		}
		b = strconv.AppendInt(b, int64(sub), 10)
		return string(append(b, subLetter...))
	default:
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return string(append(b, letter...))
}

// halfOf is half a unit in the next smaller unit.
func halfOf(u unit) (int, string, bool) {
	switch u {
	case uYear:
		return 6, "M", false
	case uMonth:
		return 15, "D", false
	case uDay:
		return 12, "H", true
	case uHour:
		return 30, "M", true
	case uMinute:
		return 30, "S", true
	}
	return 0, "", false
}

func durVal(n float64, u unit) val {
	return val{typ: news.TypeDuration, v: durValue(n, u)}
}

// clockValue appends a time of day to a day value: "2017-06-05T17:00".
func timeVal(d news.Date, hour, minute int, rel bool) val {
	b := []byte(dayValue(d))
	b = append(b, 'T')
	b = pad(b, hour, 2)
	b = append(b, ':')
	b = pad(b, minute, 2)
	return val{typ: news.TypeTime, v: string(b), date: d, gran: news.GranDay, rel: rel}
}

// podVal is a part of day ("MO", "NI") on day d.
func podVal(d news.Date, pod string, rel bool) val {
	if pod == "12" {
		return timeVal(d, 12, 0, rel)
	}
	if pod == "24" {
		return timeVal(d, 24, 0, rel)
	}
	return val{typ: news.TypeTime, v: dayValue(d) + "T" + pod, date: d, gran: news.GranDay, rel: rel}
}

// weekdayDate is the day with weekday wd nearest to ref in direction dir:
// dir < 0 the most recent (ref itself included), dir > 0 the next one (ref
// included), dir == 0 as dir < 0. strict excludes ref itself ("last
// Friday", "next Friday").
func weekdayDate(ref news.Date, wd time.Weekday, dir int, strict bool) news.Date {
	diff := int(wd) - int(ref.Weekday())
	if dir > 0 {
		if diff < 0 || strict && diff == 0 {
			diff += 7
		}
	} else if diff > 0 || strict && diff == 0 {
		diff -= 7
	}
	return ref.AddDays(diff)
}

// thisWeekday resolves "this Friday": the weekday of ref's week (weeks run
// Monday to Sunday), so written on a Tuesday it is the coming Friday and
// the Monday just past; a tense on the other side of ref moves it a week
// ("will march this Monday", written on a Tuesday, is the next Monday).
func thisWeekday(ref news.Date, wd time.Weekday, dir int) news.Date {
	d := ref.AddDays((int(wd)+6)%7 - (int(ref.Weekday())+6)%7)
	switch c := d.Compare(ref); {
	case dir > 0 && c < 0:
		d = d.AddDays(7)
	case dir < 0 && c > 0:
		d = d.AddDays(-7)
	}
	return d
}

// pickYear chooses among the years refYear-1, refYear, refYear+1 for a
// date with no year of its own; at returns the date's ordinal day in a
// given year and refOrd is the reference's. With no tense (dir == 0) the
// candidate nearest to the reference wins, ties going to the past. A tense
// makes candidates on the other side of the reference count three times
// farther: reported speech often mixes tenses, so a date far on the
// tense's side still loses to a near one ("said he must leave by Jan. 14",
// written on Jan. 6, is the coming Jan. 14). A past date may lie up to
// slack days after the reference (time zones).
func pickYear(refOrd, refYear int, at func(y int) int, dir, slack int) int {
	best, bestCost := refYear, int(^uint(0)>>1)
	for y := refYear - 1; y <= refYear+1; y++ {
		d := at(y) - refOrd
		past := d <= slack
		cost := 2 * d
		if d < 0 {
			cost = -cost
		}
		if !past {
			cost++ // ties go to the past
		}
		if dir < 0 && !past || dir > 0 && d < 0 {
			cost *= 3
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// monthYear picks the year of a bare month name (see pickYear); the
// current month counts as both past and future.
func monthYear(ref news.Date, m time.Month, dir int) int {
	first := news.NewDate(ref.Year, ref.Month, 1).Ordinal()
	return pickYear(first, ref.Year, func(y int) int { return news.NewDate(y, m, 1).Ordinal() }, dir, 0)
}

// monthDayYear picks the year of a month and day with no year.
func monthDayYear(ref news.Date, m time.Month, day int, dir int) int {
	return pickYear(ref.Ordinal(), ref.Year, func(y int) int { return news.NewDate(y, m, day).Ordinal() }, dir, 1)
}

// seasonYear picks the year of a bare season like monthYear, using the
// season's middle month. Winter belongs to the year in which it starts.
func seasonYear(ref news.Date, s string, dir int) int {
	mid := map[string]time.Month{"SP": time.April, "SU": time.July, "FA": time.October, "WI": time.January}[s]
	y := monthYear(ref, mid, dir)
	if s == "WI" {
		y--
	}
	return y
}

// quarterOf returns the quarter (1–4) of month m.
func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	nd := news.NewDate(y, m, d)
	return nd.Month == m && nd.Day == d
}

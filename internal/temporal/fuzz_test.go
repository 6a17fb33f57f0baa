package temporal

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// FuzzTag checks that Tag never panics and that every mention is well
// formed: offsets in range, ordered, non-overlapping, on rune boundaries,
// Text == text[Start:End], a known type and a non-empty value.
func FuzzTag(f *testing.F) {
	seeds := []string{
		"Putin said on Friday, June 2, 2017, at 5 p.m. EST that talks lasted three days.",
		"It began on June 2 , 2017 -LRB- Friday -RRB- .",
		"the '90s, the 1990s, mid-1990s, 20th century, fiscal 1989, 2017-06-02 13:06:18",
		"every other week; twice a week; 5,000 barrels a day; 2 1/2 hours; a year and a half",
		"Sun Microsystems; Wed.; Sept.; p.m; a.m.; 6/13/2017; 13/6/2017; 6/2/2017",
		"nineteen ninety-six; the year two thousand; Christmas Eve; New Year's Day",
		"Friday’s vote — “last week” – café 2017年6月2日",
		"\xff\xfe June \x80 2 ,\xc3 2017",
		"", "5", "-", "'", "a.", "p.m.", "the end of", "more than", "twenty-",
	}
	for _, s := range seeds {
		f.Add(s, int16(2017), uint8(6), uint8(5))
	}
	tg := New(Options{})
	f.Fuzz(func(t *testing.T, text string, y int16, m, d uint8) {
		ref := news.Date{}
		if m%13 != 0 && d%32 != 0 && y > 0 {
			ref = news.NewDate(int(y)%3000, timeMonth(m%13), int(d%32))
		}
		prev := 0
		for _, mm := range tg.Tag(text, ref) {
			if mm.Start < prev || mm.End <= mm.Start || mm.End > len(text) {
				t.Fatalf("bad offsets [%d,%d) after %d in %q", mm.Start, mm.End, prev, text)
			}
			if !validUTF8Boundary(text, mm.Start) || !validUTF8Boundary(text, mm.End) {
				t.Fatalf("offsets [%d,%d) not on rune boundaries in %q", mm.Start, mm.End, text)
			}
			if mm.Text != text[mm.Start:mm.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", mm.Text, mm.Start, mm.End, text[mm.Start:mm.End])
			}
			switch mm.Type {
			case news.TypeDate, news.TypeTime, news.TypeDuration, news.TypeSet:
			default:
				t.Fatalf("unknown type %q for %q", mm.Type, mm.Text)
			}
			if mm.Value == "" || !utf8.ValidString(mm.Value) {
				t.Fatalf("bad value %q for %q", mm.Value, mm.Text)
			}
			if (mm.Granularity == news.GranNone) != mm.Date.IsZero() {
				t.Fatalf("date %s and granularity %s disagree for %q", mm.Date, mm.Granularity, mm.Text)
			}
			prev = mm.End
		}
	})
}

func timeMonth(m uint8) time.Month { return time.Month(m) }

package news

import (
	"testing"
	"time"
)

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		add  int
		want string
		wd   time.Weekday
	}{
		{"plain", NewDate(2017, 6, 5), -3, "2017-06-02", time.Friday},
		{"month rollover", NewDate(2017, 6, 30), 1, "2017-07-01", time.Saturday},
		{"leap day", NewDate(2016, 2, 28), 1, "2016-02-29", time.Monday},
		{"year back", NewDate(2017, 1, 1), -1, "2016-12-31", time.Saturday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.d.AddDays(tt.add)
			if got.String() != tt.want {
				t.Fatalf("AddDays = %s, want %s", got, tt.want)
			}
			if got.Weekday() != tt.wd {
				t.Fatalf("Weekday = %s, want %s", got.Weekday(), tt.wd)
			}
			if got.Ordinal()-tt.d.Ordinal() != tt.add {
				t.Fatalf("ordinal distance %d, want %d", got.Ordinal()-tt.d.Ordinal(), tt.add)
			}
			if back := DateFromOrdinal(got.Ordinal()); back != got {
				t.Fatalf("DateFromOrdinal round trip = %s, want %s", back, got)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	d, err := ParseDate("2010-04-20")
	if err != nil || d != NewDate(2010, 4, 20) {
		t.Fatalf("ParseDate = %v, %v", d, err)
	}
	for _, bad := range []string{"", "2011-04-0", "2010/04/20", "2010-13-01"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	if !NewDate(2010, 1, 1).Before(NewDate(2010, 1, 2)) || NewDate(2011, 1, 1).Compare(NewDate(2010, 12, 31)) != 1 {
		t.Fatal("Compare order wrong")
	}
}

func TestGranularityText(t *testing.T) {
	for g := GranNone; g <= GranDay; g++ {
		b, _ := g.MarshalText()
		var back Granularity
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Fatalf("round trip %v: %v %v", g, back, err)
		}
	}
}

package webpage

import (
	"strings"
	"testing"
	"time"
)

func TestDropTitle(t *testing.T) {
	tests := []struct{ text, title, want string }{
		{"Big News\nBody.", "Big  news", "Body."},
		{"Body first.\nBig News", "Big News", "Body first.\nBig News"},
		{"Only body.", "", "Only body."},
		{"Loading", "Loading", ""},
	}
	for _, tt := range tests {
		if got := dropTitle(tt.text, tt.title); got != tt.want {
			t.Errorf("dropTitle(%q, %q) = %q, want %q", tt.text, tt.title, got, tt.want)
		}
	}
}

func TestTextDate(t *testing.T) {
	bound := time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC)
	limit := bound.Add(FutureSlack)
	tests := []struct {
		name, text, lang string
		want             time.Time
		ok               bool
	}{
		{"dateline", "PARIS, June 3, 2020 - Ministers met on Wednesday.", "en", time.Date(2020, 6, 3, 0, 0, 0, 0, time.UTC), true},
		{"german", "Berlin, 14. Februar 2019. Der Rat tagte am Mittwoch.", "de-DE", time.Date(2019, 2, 14, 0, 0, 0, 0, time.UTC), true},
		{"relative only", "Ministers met yesterday and will meet again next week.", "en", time.Time{}, false},
		{"month only", "In March 2020 the council met.", "en", time.Time{}, false},
		{"after the bound", "June 3, 2030 - A date far ahead.", "en", time.Time{}, false},
		{"before 1995", "June 3, 1990 - An old date.", "en", time.Time{}, false},
		{"past the window", strings.Repeat("word ", 100) + "June 3, 2020.", "en", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := textDate(tt.text, tt.lang, bound, limit)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("textDate(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
			}
		})
	}
}

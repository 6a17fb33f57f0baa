package tlseval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzReadText checks that ReadText never panics and that whatever it
// reads is written back by WriteText and read again unchanged.
func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"2010-09-19\nThe well is sealed .\n\nAnother .\n" + sep + "2010-09-17\nBP .\n" + sep,
		"2010-9-1\r\nA .\r\n" + sep + "2010-09-02\nB .",
		"\ufeff2011-04-0\nA .\n" + sep,
		"A .\n" + sep,
		"2010-09-19\nx\fy\x1cz\u2028w \xff\xe2\x82\n" + sep + sep,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		tl, _, err := ReadText("fuzz", bytes.NewReader(in))
		if err != nil {
			if tl != nil {
				t.Fatalf("error %v with a timeline", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteText(&buf, tl); err != nil {
			t.Fatalf("cannot write what was read: %v", err)
		}
		back, warns, err := ReadText("again", &buf)
		if err != nil || len(warns) > 0 {
			t.Fatalf("reading the written timeline: %v %v\n%q", err, warns, buf.String())
		}
		if diff := cmp.Diff(tl, back); diff != "" {
			t.Fatalf("round trip mismatch (-read +reread):\n%s", diff)
		}
	})
}

// FuzzReadJSONL checks that ReadJSONL never panics and that the timelines
// it reads, encoded again, read back the same.
func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`[["2007-12-10 00:00:00", ["A .", "B ."]], ["2007-12-11T08:00:00Z", []]]` + "\n\n" + `[["2008-01-01", ["C"]]]`,
		`[["2007-12-10", ["A"]], ["2007-12-10", ["B"]]]`,
		`[["2007-13-10", ["A"]]]`,
		`[[1, 2]]`,
		"{",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		tls, _, err := ReadJSONL("fuzz", bytes.NewReader(in))
		if err != nil {
			return
		}
		var lines []string
		for _, tl := range tls {
			var items [][2]any
			for _, d := range tl.Dates() {
				items = append(items, [2]any{d.String(), tl[d]})
			}
			if items == nil {
				items = [][2]any{}
			}
			b, err := json.Marshal(items)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, string(b))
		}
		back, warns, err := ReadJSONL("again", strings.NewReader(strings.Join(lines, "\n")))
		if err != nil || len(warns) > 0 {
			t.Fatalf("reading re-encoded timelines: %v %v", err, warns)
		}
		if diff := cmp.Diff(tls, back, cmp.Comparer(func(a, b []string) bool {
			return len(a) == len(b) && (len(a) == 0 || cmp.Equal(a, b))
		})); diff != "" {
			t.Fatalf("round trip mismatch (-read +reread):\n%s", diff)
		}
	})
}

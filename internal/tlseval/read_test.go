package tlseval

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/google/go-cmp/cmp"
)

func date(s string) news.Date {
	d, err := news.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

const sep = Separator + "\n"

func TestReadText(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     Timeline
		warnings []error // sentinels, in order
		err      error
		errLine  int
	}{
		{
			name: "two blocks",
			in:   "2010-09-19\nThe well is sealed .\nAnother one .\n" + sep + "2010-09-17\nBP pumps cement .\n" + sep,
			want: Timeline{
				date("2010-09-19"): {"The well is sealed .", "Another one ."},
				date("2010-09-17"): {"BP pumps cement ."},
			},
		},
		{
			name: "lines stripped, CRLF, blank lines inside kept and at the ends dropped",
			in:   "  2010-09-19 \r\n\r\n  A .\r\n\r\nB .\r\n\r\n" + sep,
			want: Timeline{date("2010-09-19"): {"A .", "", "B ."}},
		},
		{
			name: "block without sentences has one empty sentence",
			in:   "2010-09-19\n" + sep,
			want: Timeline{date("2010-09-19"): {""}},
		},
		{
			name:     "last block without separator dropped with a warning",
			in:       "2010-09-19\nA .\n" + sep + "2010-09-20\nB .\n",
			want:     Timeline{date("2010-09-19"): {"A ."}},
			warnings: []error{ErrUnterminated},
		},
		{
			name:     "repeated date: later block wins",
			in:       "2010-09-19\nA .\n" + sep + "2010-09-19\nB .\n" + sep,
			want:     Timeline{date("2010-09-19"): {"B ."}},
			warnings: []error{ErrDuplicateDate},
		},
		{
			name:     "empty block ignored",
			in:       sep + "2010-09-19\nA .\n" + sep,
			want:     Timeline{date("2010-09-19"): {"A ."}},
			warnings: []error{ErrEmptyBlock},
		},
		{
			name: "strptime forms: one-digit month and day, space before day",
			in:   "2010-9-1\nA .\n" + sep + "2010-09- 2\nB .\n" + sep,
			want: Timeline{date("2010-09-01"): {"A ."}, date("2010-09-02"): {"B ."}},
		},
		{
			name: "invalid UTF-8 becomes U+FFFD per maximal subpart",
			in:   "2010-09-19\nZ\xc3rich \xe2\x82x \xff\xfe\n" + sep,
			want: Timeline{date("2010-09-19"): {"Z\ufffdrich \ufffdx \ufffd\ufffd"}},
		},
		{
			name: "byte order mark skipped",
			in:   "\ufeff2010-09-19\nA .\n" + sep,
			want: Timeline{date("2010-09-19"): {"A ."}},
		},
		{
			name: "form feed splits lines as in Python",
			in:   "2010-09-19\nA .\fB .\n" + sep,
			want: Timeline{date("2010-09-19"): {"A .", "B ."}},
		},
		{name: "malformed date line", in: "2011-04-0\nA .\n" + sep, err: ErrMalformedDate, errLine: 1},
		{name: "impossible day", in: "2011-04-01\nA .\n" + sep + "2011-02-30\nB .\n" + sep, err: ErrMalformedDate, errLine: 4},
		{name: "datetime line", in: "2011-04-01 00:00:00\nA .\n" + sep, err: ErrMalformedDate, errLine: 1},
		{name: "missing separator", in: "2011-04-01\nA .\n2011-04-02\nB .\n" + sep, err: ErrMissingSeparator, errLine: 3},
		{name: "two date lines", in: "2011-04-01\n2011-04-02\nB .\n" + sep, err: ErrMissingSeparator, errLine: 2},
		{name: "sentences before any date", in: "A .\n" + sep, err: ErrNoDate, errLine: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := ReadText("tl.txt", strings.NewReader(tt.in))
			if tt.err != nil {
				var pe *ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Line != tt.errLine || pe.File != "tl.txt" {
					t.Fatalf("err = %v, want %v at tl.txt:%d", err, tt.err, tt.errLine)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("timeline mismatch (-want +got):\n%s", diff)
			}
			if len(warns) != len(tt.warnings) {
				t.Fatalf("warnings = %v, want %v", warns, tt.warnings)
			}
			for i, w := range warns {
				if !errors.Is(w, tt.warnings[i]) {
					t.Errorf("warning %d = %v, want %v", i, w, tt.warnings[i])
				}
			}
		})
	}
}

func TestParsePyDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when strptime refuses
	}{
		{"2011-04-02", "2011-04-02"},
		{"2011-4-2", "2011-04-02"},
		{"2011-04- 2", "2011-04-02"},
		{"2011-12-31", "2011-12-31"},
		{"0001-01-01", "0001-01-01"},
		{"0000-01-01", ""},
		{"2011-04-0", ""},
		{"2011-13-01", ""},
		{"2011-00-01", ""},
		{"2011-02-29", ""},
		{"2012-02-29", "2012-02-29"},
		{"2011-04-32", ""},
		{"2011-04-021", ""},
		{"11-04-02", ""},
		{"2011/04/02", ""},
		{"2011-04-02x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := parsePyDate(tt.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("parsePyDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := `[["2007-12-10 00:00:00", ["A .", "B ."]], ["2007-12-11T08:00:00Z", []]]

[["2008-01-01", ["C ."]], ["2008-01-01 12:00:00", ["D ."]]]
`
	got, warns, err := ReadJSONL("t.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Timeline{
		{date("2007-12-10"): {"A .", "B ."}, date("2007-12-11"): {}},
		{date("2008-01-01"): {"D ."}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if len(warns) != 1 || !errors.Is(warns[0], ErrDuplicateDate) || warns[0].Line != 3 {
		t.Errorf("warnings = %v, want one duplicate date at line 3", warns)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  error
		line int
	}{
		{"not JSON", "[[\"2007-12-10\", [\"A\"]]]\n{oops", ErrSyntax, 2},
		{"not a pair", `[["2007-12-10"]]`, ErrSyntax, 1},
		{"sentences not strings", `[["2007-12-10", [1]]]`, ErrSyntax, 1},
		{"bad date", `[["2007-13-10", ["A"]]]`, ErrMalformedDate, 1},
		{"date with junk", `[["2007-12-10x", ["A"]]]`, ErrMalformedDate, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadJSONL("t.jsonl", strings.NewReader(tt.in))
			var pe *ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Line != tt.line {
				t.Errorf("err = %v, want %v at line %d", err, tt.err, tt.line)
			}
		})
	}
}

func TestReadDetectsFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Timeline
	}{
		{"jsonl", "\n  [[\"2007-12-10\", [\"A .\"]]]\n", []Timeline{{date("2007-12-10"): {"A ."}}}},
		{"text", "2007-12-10\nA .\n" + sep, []Timeline{{date("2007-12-10"): {"A ."}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Read("x", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteTextRoundTrip(t *testing.T) {
	tl := Timeline{
		date("2010-09-19"): {"The well is sealed .", "", "Another one ."},
		date("2010-09-17"): {"BP pumps `` cement '' ."},
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, tl); err != nil {
		t.Fatal(err)
	}
	want := "2010-09-17\nBP pumps `` cement '' .\n" + sep + "2010-09-19\nThe well is sealed .\n\nAnother one .\n" + sep
	if buf.String() != want {
		t.Errorf("WriteText wrote\n%s\nwant\n%s", buf.String(), want)
	}
	back, warns, err := ReadText("w", &buf)
	if err != nil || len(warns) > 0 {
		t.Fatalf("read back: %v %v", err, warns)
	}
	if diff := cmp.Diff(tl, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteTextRefuses(t *testing.T) {
	for _, s := range []string{"two\nlines", " padded", Separator, "2010-01-01", "2011-04-0"} {
		t.Run(s, func(t *testing.T) {
			err := WriteText(&bytes.Buffer{}, Timeline{date("2010-09-19"): {s}})
			if err == nil {
				t.Errorf("WriteText accepted sentence %q", s)
			}
		})
	}
}

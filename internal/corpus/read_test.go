package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
)

// now is the collection time used by the tests.
var now = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)

type readOut struct {
	arts []*news.Article
	errs []*DocError
	t    Tally
}

func readPaths(t *testing.T, paths []string, opts Options) readOut {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = now
	}
	var out readOut
	for a, err := range Read(context.Background(), paths, opts) {
		out.t.Add(a, err)
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				t.Fatalf("non-document error: %v", err)
			}
			if strings.Contains(de.Error(), "\n") {
				t.Errorf("error spans lines: %q", de.Error())
			}
			out.errs = append(out.errs, de)
			continue
		}
		out.arts = append(out.arts, a)
	}
	return out
}

func ids(arts []*news.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func reasons(errs []*DocError) []string {
	var out []string
	for _, e := range errs {
		loc := filepath.ToSlash(e.Origin)
		loc = loc[strings.LastIndex(loc, "/")+1:]
		out = append(out, loc+" "+string(e.Reason))
	}
	return out
}

func TestReadMixedFolder(t *testing.T) {
	got := readPaths(t, []string{"testdata/mixed"}, Options{})
	wantIDs := []string{
		"mixed/good.txt",
		"mixed/sub/records.jsonl#r1",
		"mixed/sub/records.jsonl#line-8",
	}
	if diff := cmp.Diff(wantIDs, ids(got.arts)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	wantErrs := []string{
		"README.md unknown-format",
		"baddate.txt bad-date",
		"empty.txt empty",
		"future.txt future-date",
		"nodate.txt no-date",
		"records.jsonl malformed",    // line 3: not JSON
		"records.jsonl duplicate-id", // line 4: r1 with other text
		"records.jsonl no-date",      // line 5
		"records.jsonl not-article",  // line 6: an array
		"records.jsonl bad-date",     // line 7
	}
	if diff := cmp.Diff(wantErrs, reasons(got.errs)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if s := got.t.String(); s != "read 13 documents: 3 used, 10 skipped (2 bad-date, 2 no-date, 1 duplicate-id, 1 empty, 1 future-date, 1 malformed, 1 not-article, 1 unknown-format)" {
		t.Errorf("tally = %q", s)
	}
	good := got.arts[0]
	want := &news.Article{
		ID: "mixed/good.txt", Source: "Welby Post", URL: "https://post.example/ferry",
		Title:     "Ferry timetable changes",
		Published: time.Date(2030, 2, 10, 0, 0, 0, 0, time.UTC),
		Text:      "The winter ferry timetable starts on Monday.\nCrossings will run every two hours.",
		Origin:    filepath.Join("testdata", "mixed", "good.txt"),
	}
	if diff := cmp.Diff(want, good); diff != "" {
		t.Errorf("good.txt (-want +got):\n%s", diff)
	}
	if rec := got.arts[1]; rec.Source != "sub" || rec.Origin != filepath.Join("testdata", "mixed", "sub", "records.jsonl")+":1" {
		t.Errorf("record source/origin = %q, %q", rec.Source, rec.Origin)
	}
	for _, e := range got.errs {
		if strings.HasSuffix(e.Origin, "records.jsonl") && e.Line == 0 {
			t.Errorf("JSONL error without a line: %v", e)
		}
	}
}

func TestReadErrorLines(t *testing.T) {
	got := readPaths(t, []string{"testdata/mixed/sub/records.jsonl", "testdata/mixed/baddate.txt"}, Options{})
	var lines []string
	for _, e := range got.errs {
		lines = append(lines, filepath.ToSlash(e.Error()))
	}
	want := []string{
		`testdata/mixed/sub/records.jsonl:3: malformed: invalid character 'n' looking for beginning of object key string`,
		`testdata/mixed/sub/records.jsonl:4: duplicate-id: id "testdata/mixed/sub/records.jsonl#r1" already read with different text`,
		`testdata/mixed/sub/records.jsonl:5: no-date: record has no "time"`,
		`testdata/mixed/sub/records.jsonl:6: not-article: line is a JSON array, not an object`,
		`testdata/mixed/sub/records.jsonl:7: bad-date: time: unrecognised date "yesterday": want YYYY-MM-DD or an ISO 8601 date-time`,
		`testdata/mixed/baddate.txt:1: bad-date: unrecognised date "2030-02-31": want YYYY-MM-DD or an ISO 8601 date-time`,
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("error lines (-want +got):\n%s", diff)
	}
}

func TestReadT17Layout(t *testing.T) {
	t17 := t17Fixture(t)
	got := readPaths(t, []string{t17}, Options{})
	wantIDs := []string{
		"quake_alpha/InputDocs/2030-05-01/1.htm.txt",
		"quake_alpha/InputDocs/2030-05-02/2.htm.txt",
		"quake_beta/InputDocs/2030-05-01/1.htm.txt", // same file name and day, other outlet
		"storm_gamma/InputDocs/2030-07-09/7.htm.txt",
	}
	if diff := cmp.Diff(wantIDs, ids(got.arts)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"3.htm.txt empty"}, reasons(got.errs)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	a := got.arts[1]
	if a.Source != "quake_alpha" || a.PubDate() != news.NewDate(2030, 5, 2) {
		t.Errorf("source/date = %q %v", a.Source, a.PubDate())
	}
	wantSents := []string{"Aftershocks continued , officials said .", "Schools reopened on Thursday ."}
	if a.Text != strings.Join(wantSents, "\n") || len(a.Sentences) != 2 {
		t.Fatalf("text %q, %d sentences", a.Text, len(a.Sentences))
	}
	for i, s := range a.Sentences {
		if s.Index != i || s.Text != wantSents[i] || a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d = %+v", i, s)
		}
	}
	// Walking one topic folder gives the same IDs for its files.
	sub := readPaths(t, []string{filepath.Join(t17, "quake_beta")}, Options{})
	if diff := cmp.Diff([]string{"quake_beta/InputDocs/2030-05-01/1.htm.txt"}, ids(sub.arts)); diff != "" {
		t.Errorf("sub-walk ids (-want +got):\n%s", diff)
	}
}

func TestReadNewsTLSLayout(t *testing.T) {
	got := readPaths(t, []string{"testdata/newstls"}, Options{})
	wantIDs := []string{
		"newstls/lanternfest/articles.jsonl#1",
		"newstls/lanternfest/articles.jsonl#2",
		"newstls/tidewater/articles.preprocessed.jsonl.gz#t1",
		"newstls/tidewater/articles.preprocessed.jsonl.gz#t2",
		"newstls/tidewater/articles.preprocessed.jsonl.gz#t3",
	}
	if diff := cmp.Diff(wantIDs, ids(got.arts)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if len(got.errs) != 0 {
		t.Errorf("errors: %v", got.errs)
	}
	l1 := got.arts[0]
	if diff := cmp.Diff([]string{"The lantern festival was moved to the old mill.", "Organisers cited the forecast."}, sentTexts(l1)); diff != "" {
		t.Errorf("preprocessed sentences (-want +got):\n%s", diff)
	}
	l2 := got.arts[1]
	if l2.PubDate() != news.NewDate(2030, 9, 6) || l2.Published.Hour() != 21 {
		t.Errorf("zoned time = %v", l2.Published)
	}
	t3 := got.arts[4]
	if diff := cmp.Diff([]string{"The Port Welby tide gauge was repaired on Thursday.", "The warning was lifted."}, sentTexts(t3)); diff != "" {
		t.Errorf("line sentences (-want +got):\n%s", diff)
	}
	if t3.Source != "Welby Post" || got.arts[3].Source != "tidewater" {
		t.Errorf("sources %q %q", t3.Source, got.arts[3].Source)
	}
}

func sentTexts(a *news.Article) []string {
	var out []string
	for _, s := range a.Sentences {
		if a.Text[s.Start:s.End] != s.Text {
			return []string{"offsets do not match text"}
		}
		out = append(out, s.Text)
	}
	return out
}

func TestReadFilesAndDuplicates(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "date 2030-01-01\nBody A.")
	// The same file twice: the second read is identical, not an error.
	got := readPaths(t, []string{a, a}, Options{})
	if len(got.arts) != 1 || len(got.errs) != 0 || got.t.String() != "read 1 document: 1 used, 0 skipped" {
		t.Errorf("re-read: %d articles, errors %v, tally %q", len(got.arts), got.errs, got.t.String())
	}
	if got.arts[0].ID != filepath.ToSlash(a) {
		t.Errorf("file id = %q, want its path", got.arts[0].ID)
	}
	// With NoRepeatCheck the caller sees every copy (a store folds them).
	got = readPaths(t, []string{a, a}, Options{NoRepeatCheck: true})
	if len(got.arts) != 2 || len(got.errs) != 0 {
		t.Errorf("re-read without the repeat check: %d articles, errors %v; want 2, none", len(got.arts), got.errs)
	}
	// A missing path is reported, not fatal.
	got = readPaths(t, []string{filepath.Join(dir, "missing.txt"), a}, Options{})
	if diff := cmp.Diff([]string{"missing.txt unreadable"}, reasons(got.errs)); diff != "" || len(got.arts) != 1 {
		t.Errorf("missing (-want +got):\n%s", diff)
	}
	// Gzipped text is sniffed by content.
	gz := write("b.dat", "")
	writeGzip(t, gz, "date 2030-01-02\nBody B.")
	got = readPaths(t, []string{gz}, Options{})
	if len(got.arts) != 1 || got.arts[0].Text != "Body B." {
		t.Errorf("gzip text: %v %v", ids(got.arts), got.errs)
	}
	// Truncated gzip is unreadable.
	tr := write("c.jsonl.gz", "")
	writeGzip(t, tr, `{"id":"x","text":"t","time":"2030-01-01"}`+"\n"+strings.Repeat(`{"id":"y","text":"more text","time":"2030-01-01"}`+"\n", 500))
	b, _ := os.ReadFile(tr)
	if err := os.WriteFile(tr, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	got = readPaths(t, []string{tr}, Options{})
	if len(got.errs) == 0 || got.errs[len(got.errs)-1].Reason != ReasonUnreadable {
		t.Errorf("truncated gzip errors: %v", got.errs)
	}
}

func TestReadFutureTolerance(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "soon.txt")
	if err := os.WriteFile(p, []byte("date 2031-01-02T12:00:00Z\nTomorrow's news."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		tol  time.Duration
		ok   bool
	}{
		{"default tolerance", 0, true},
		{"tight tolerance", time.Hour, false},
		{"check off", -1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readPaths(t, []string{p}, Options{FutureTolerance: tt.tol})
			if (len(got.arts) == 1) != tt.ok {
				t.Errorf("accepted = %v, want %v (errors %v)", len(got.arts) == 1, tt.ok, got.errs)
			}
		})
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/herald/one.txt":   {Data: []byte("date 2030-01-01\ntitle: One\n\nFirst.")},
		"news/wire/feed.jsonl":  {Data: []byte(`{"id":"w1","text":"Wire one.","time":"2030-01-02","source":"Wire"}` + "\n")},
		"news/.hidden/skip.txt": {Data: []byte("date 2030-01-01\nHidden.")},
	}
	var got []string
	for a, err := range ReadFS(context.Background(), fsys, []string{"news"}, Options{Now: now}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID+" "+a.Source)
	}
	want := []string{"news/herald/one.txt herald", "news/wire/feed.jsonl#w1 Wire"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var last error
	for _, err := range Read(ctx, []string{t17Fixture(t)}, Options{Now: now, Workers: 2}) {
		n++
		cancel()
		last = err
	}
	if !errors.Is(last, context.Canceled) {
		t.Errorf("last value %v after %d, want context.Canceled", last, n)
	}
}

func TestReadDeterministic(t *testing.T) {
	paths := []string{"testdata", t17Fixture(t)}
	first := ids(readPaths(t, paths, Options{Workers: 4}).arts)
	for range 5 {
		if diff := cmp.Diff(first, ids(readPaths(t, paths, Options{Workers: 3}).arts)); diff != "" {
			t.Fatalf("order changed (-first +now):\n%s", diff)
		}
	}
}

func TestTallyString(t *testing.T) {
	var ta Tally
	for range 4625 {
		ta.Add(&news.Article{}, nil)
	}
	for range 25 {
		ta.Add(nil, &DocError{Reason: ReasonEmpty})
	}
	ta.Add(nil, context.Canceled) // not a document
	if got, want := ta.String(), "read 4650 documents: 4625 used, 25 skipped (25 empty)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var sum Tally
	sum.Merge(ta)
	sum.Merge(ta)
	if got, want := sum.String(), "read 9300 documents: 9250 used, 50 skipped (50 empty)"; got != want {
		t.Errorf("merged: got %q, want %q", got, want)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for an error
	}{
		{"2007-02-16", "2007-02-16T00:00:00Z"},
		{"2007-02-16T00:07:05Z", "2007-02-16T00:07:05Z"},
		{"2007-02-16 00:07:05", "2007-02-16T00:07:05Z"},
		{"2007-02-16T00:07:05+01:00", "2007-02-16T00:07:05+01:00"},
		{"2007-02-16T00:07:05.123456", "2007-02-16T00:07:05.123456Z"},
		{"20030404T000000", "2003-04-04T00:00:00Z"},
		{"Fri, 16 Feb 2007 00:07:05 +0000", "2007-02-16T00:07:05Z"},
		{" 2007-02-16 ", "2007-02-16T00:00:00Z"},
		{"2007-02-30", ""},
		{"0001-01-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTime(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("accepted as %v", got)
				}
				return
			}
			if err != nil || got.Format(time.RFC3339Nano) != tt.want {
				t.Errorf("got %v, %v; want %s", got.Format(time.RFC3339Nano), err, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, file, head string
		want             string // format name or ""
	}{
		{"t17 path", "x/bp_bbc/InputDocs/2010-01-01/1.htm.txt", "anything", "t17"},
		{"jsonl ext", "a.jsonl", "", "jsonl"},
		{"jsonl gz", "a.JSONL.gz", "", "jsonl"},
		{"json object lines", "a.json", `{"id":1,"text":"x"}` + "\n", "jsonl"},
		{"json array", "keywords.json", `["a","b"]`, ""},
		{"date header", "story", "date 2030-01-01\nx", "text"},
		{"date colon", "story.md", "Date: 2030-01-01\nx", "text"},
		{"txt without date", "a.txt", "Hello", "text"},
		{"binary txt", "a.txt", "\x00\x01", ""},
		{"html", "a.html", "<html>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, f := range DefaultFormats() {
				if f.Sniff(tt.file, []byte(tt.head)) {
					got = f.Name()
					break
				}
			}
			if got != tt.want {
				t.Errorf("sniffed %q, want %q", got, tt.want)
			}
		})
	}
}

package corpus

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// checkFormat reads data with f and checks the Format contract.
func checkFormat(t *testing.T, f Format, name string, data []byte) {
	t.Helper()
	n := 0
	for a, err := range f.Read(context.Background(), name, bytes.NewReader(data)) {
		n++
		if n > len(data)+2 {
			t.Fatalf("more results (%d) than input bytes", n)
		}
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				t.Fatalf("error is not a *DocError: %v", err)
			}
			if de.Reason == "" || de.Origin == "" || strings.ContainsAny(de.Error(), "\n\r") {
				t.Fatalf("bad DocError %q (reason %q)", de.Error(), de.Reason)
			}
			continue
		}
		checkArticle(t, a)
	}
}

func checkArticle(t *testing.T, a *news.Article) {
	t.Helper()
	switch {
	case a == nil:
		t.Fatal("nil article without error")
	case a.ID == "" || a.Origin == "":
		t.Fatalf("article without id or origin: %+v", a)
	case a.Published.IsZero():
		t.Fatalf("article %s without date", a.ID)
	case strings.TrimSpace(a.Text) == "":
		t.Fatalf("article %s without text", a.ID)
	case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
		t.Fatalf("article %s with invalid UTF-8", a.ID)
	}
	for i, s := range a.Sentences {
		if s.Index != i || s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End || a.Text[s.Start:s.End] != s.Text {
			t.Fatalf("article %s: bad sentence %d %+v", a.ID, i, s)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"date 2030-01-01\ntitle: T\nsource: S\nurl: u\n\nBody.",
		"date: 2030-01-01T10:00:00+02:00\nupdated: 2030-01-02\nBody",
		"DATE 2030-02-31\nx",
		"date 2030-01-01\n\n\n",
		"\ufeffdate 2030-01-01\r\nBody\r\n",
		"no date\nbody",
		"date 2030-01-01\nupdated: soon\nBody",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFormat(t, Text{}, "doc.txt", data)
	})
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","title":"T","text":"Body.","time":"2030-01-01T00:07:05Z","url":"u","source":"s"}`,
		`{"id":7,"text":"a\nb","time":"2030-01-01 00:07:05"}` + "\n\n" + `{"text":"c","date":"2030-01-02"}`,
		`{"id":"x","time":"2030-01-01","sentences":[{"raw":"One."},"Two.",{"tokens":[]}]}`,
		`[1,2]` + "\n" + `"str"` + "\n" + `{bad`,
		`{"id":{"a":1},"text":"x","time":"2030-01-01"}`,
		`{"id":"a","text":"x","time":"2030-13-01"}`,
		"{\"id\":\"a\",\"text\":\"\xff\",\"time\":\"2030-01-01\"}",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, lines bool) {
		checkFormat(t, JSONL{LineSentences: lines}, "a.jsonl", data)
	})
}

func FuzzT17Doc(f *testing.F) {
	for _, s := range []string{"A quake struck . \nIt was big . \n", "", " \n\t\n", "\xff\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFormat(t, T17Doc{}, "x_bbc/InputDocs/2010-01-01/1.htm.txt", data)
	})
}

package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"slices"
	"testing"
	"testing/fstest"
)

// A zero-byte input is reported as empty, whatever its name: before, an
// empty .jsonl file was read as no document at all (silently) and an empty
// .txt file as one without a date line.
func TestEmptyInputsAreReported(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
		data       []byte
		wantErr    string
	}{
		{"empty text file", "a.txt", nil, "a.txt: empty: the file is empty"},
		{"empty JSONL file", "a.jsonl", nil, "a.jsonl: empty: the file is empty"},
		{"empty file without extension", "a", nil, "a: empty: the file is empty"},
		{"gzip of nothing", "a.jsonl.gz", gz.Bytes(), "a.jsonl.gz: empty: the file decompresses to nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.path: {Data: tc.data}}
			var got []string
			for a, err := range ReadFS(context.Background(), fsys, []string{tc.path}, Options{Now: now}) {
				if a != nil {
					t.Errorf("read an article %q from an empty input", a.ID)
				}
				var de *DocError
				if !errors.As(err, &de) {
					t.Fatalf("err = %v, want a *DocError", err)
				}
				if de.Reason != ReasonEmpty {
					t.Errorf("reason = %s, want %s", de.Reason, ReasonEmpty)
				}
				got = append(got, err.Error())
			}
			if len(got) != 1 || got[0] != tc.wantErr {
				t.Errorf("errors = %q, want [%q]", got, tc.wantErr)
			}
		})
	}
}

// Byte order marks: a UTF-8 one before a JSONL file's first record is
// dropped (it used to make that record "malformed"), and a UTF-16 file is
// named for what it is rather than left as an unknown format.
func TestByteOrderMarks(t *testing.T) {
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "date 2017-06-05\n\nThe mayor spoke.\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	for _, tc := range []struct {
		name, path string
		data       []byte
		wantIDs    []string
		wantErrs   []string
	}{
		{"JSONL with a UTF-8 BOM", "a.jsonl",
			[]byte("\ufeff{\"id\":\"b1\",\"text\":\"The mayor spoke.\",\"time\":\"2017-06-05\"}\r\n{\"id\":\"b2\",\"text\":\"Talks failed.\",\"time\":\"2017-06-05\"}\r\n"),
			[]string{"a.jsonl#b1", "a.jsonl#b2"}, nil},
		{"text with a UTF-8 BOM", "a.txt", []byte("\ufeffdate 2017-06-05\n\nThe mayor spoke.\n"), []string{"a.txt"}, nil},
		{"UTF-16 text", "a.txt", utf16, nil, []string{"a.txt: invalid-utf8: the file is UTF-16 text: convert it to UTF-8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.path: {Data: tc.data}}
			var ids, errs []string
			for a, err := range ReadFS(context.Background(), fsys, []string{tc.path}, Options{Now: now}) {
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				ids = append(ids, a.ID)
			}
			if !slices.Equal(ids, tc.wantIDs) || !slices.Equal(errs, tc.wantErrs) {
				t.Errorf("read ids %q, errors %q; want %q, %q", ids, errs, tc.wantIDs, tc.wantErrs)
			}
		})
	}
}

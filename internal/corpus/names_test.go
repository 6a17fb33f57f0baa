package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// File and folder names need not be UTF-8, but article IDs and sources
// are printed in every output format: invalid bytes are written as %XX
// (before, they went raw into CSV, text and the store).
func TestNonUTF8NamesGiveValidIDs(t *testing.T) {
	body := []byte("date 2017-06-05\n\nThe harbour strike began on Friday.\n")
	for _, tc := range []struct {
		name            string
		folder, file    string
		wantID, wantSrc string
	}{
		{"file name", "wire", "bad\xffname.txt", "corpus/wire/bad%FFname.txt", "wire"},
		{"folder name", "src\xfe", "a.txt", "corpus/src%FE/a.txt", "src%FE"},
		{"valid names unchanged", "Zürich", "é.txt", "corpus/Zürich/é.txt", "Zürich"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "corpus")
			dir := filepath.Join(root, tc.folder)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, tc.file), body, 0o644); err != nil {
				t.Skipf("file system refuses the name: %v", err)
			}
			var n int
			for a, err := range Read(context.Background(), []string{root}, Options{Now: now}) {
				if err != nil {
					t.Fatal(err)
				}
				n++
				if a.ID != tc.wantID || a.Source != tc.wantSrc {
					t.Errorf("ID, Source = %q, %q; want %q, %q", a.ID, a.Source, tc.wantID, tc.wantSrc)
				}
				if !utf8.ValidString(a.ID) || !utf8.ValidString(a.Source) {
					t.Errorf("invalid UTF-8 in ID %q or Source %q", a.ID, a.Source)
				}
			}
			if n != 1 {
				t.Errorf("read %d articles, want 1", n)
			}
		})
	}
}

package corpus

import (
	"context"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// T17Doc reads one document of the Timeline17 / Crisis layout:
// <folder>/InputDocs/YYYY-MM-DD/<file>, one tokenized sentence per line,
// published on the day its parent folder names. It is recognised by its
// path alone.
//
// The article keeps the file's sentences: Text is the trimmed non-blank
// lines joined by "\n" and Sentences holds them with their offsets. ID is
// "<folder>/InputDocs/<date>/<file>" and Source is <folder> (for example
// "bpoil_bbc"), whatever directory the walk started from. An empty file is
// reported with [ReasonEmpty]; a date folder that is not a valid date with
// [ReasonBadDate].
type T17Doc struct{}

// Name returns "t17".
func (T17Doc) Name() string { return "t17" }

// Sniff accepts names of the form .../InputDocs/<day>/<file>.
func (T17Doc) Sniff(name string, _ []byte) bool {
	_, _, _, ok := splitT17Path(name)
	return ok
}

// splitT17Path splits ".../<folder>/InputDocs/<day>/<file>".
func splitT17Path(name string) (folder, day, file string, ok bool) {
	parts := strings.Split(strings.ReplaceAll(name, `\`, "/"), "/")
	n := len(parts)
	if n < 3 || parts[n-3] != "InputDocs" || parts[n-2] == "" || parts[n-1] == "" {
		return "", "", "", false
	}
	if n >= 4 {
		folder = parts[n-4]
	}
	return folder, parts[n-2], parts[n-1], true
}

// t17ID returns the layout-relative ID of a T17 document.
func t17ID(folder, day, file string) string {
	id := "InputDocs/" + day + "/" + file
	if folder != "" && folder != "." && folder != ".." {
		id = folder + "/" + id
	}
	return id
}

// Read reads one document.
func (T17Doc) Read(ctx context.Context, name string, r io.Reader) iter.Seq2[*news.Article, error] {
	folder, day, file, ok := splitT17Path(name)
	if !ok {
		return fail(&DocError{Origin: name, Reason: ReasonNoDate, Err: fmt.Errorf("not under InputDocs/YYYY-MM-DD/")})
	}
	d, err := news.ParseDate(day)
	if err != nil {
		return fail(&DocError{Origin: name, Reason: ReasonBadDate, Err: fmt.Errorf("date folder %q is not YYYY-MM-DD", clip(day, 40))})
	}
	b, derr := readText(ctx, name, r)
	if derr != nil {
		return fail(derr)
	}
	text, sents := joinLines(b)
	if text == "" {
		return fail(&DocError{Origin: name, Reason: ReasonEmpty, Err: fmt.Errorf("no text")})
	}
	if folder == "." || folder == ".." {
		folder = ""
	}
	return one(&news.Article{
		ID:        t17ID(folder, day, file),
		Source:    folder,
		Published: d.Time(),
		Text:      text,
		Sentences: sents,
		Origin:    name,
	}, nil)
}

package corpus

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// Tally counts the documents of a read: how many were read, used, and
// skipped for each reason. The zero Tally is ready to use.
type Tally struct {
	Read    int
	Used    int
	Skipped map[Reason]int
}

// Add counts one value yielded by [Read]: an article is used, a *DocError
// skipped under its reason. Other errors (a cancelled context) are not
// documents and are not counted.
func (t *Tally) Add(a *news.Article, err error) {
	if err != nil {
		var de *DocError
		if !errors.As(err, &de) {
			return
		}
		t.skip(de.Reason, 1)
		return
	}
	if a != nil {
		t.Read++
		t.Used++
	}
}

func (t *Tally) skip(r Reason, n int) {
	if t.Skipped == nil {
		t.Skipped = make(map[Reason]int)
	}
	t.Read += n
	t.Skipped[r] += n
}

// Merge adds the counts of u to t.
func (t *Tally) Merge(u Tally) {
	t.Read += u.Read - u.SkippedTotal()
	t.Used += u.Used
	for r, n := range u.Skipped {
		t.skip(r, n)
	}
}

// SkippedTotal returns the number of skipped documents.
func (t Tally) SkippedTotal() int {
	n := 0
	for _, c := range t.Skipped {
		n += c
	}
	return n
}

// String returns the one-line summary every run prints:
// "read 4650 documents: 4625 used, 25 skipped (25 empty)". Reasons are
// listed by decreasing count, then by name.
func (t Tally) String() string {
	noun := "documents"
	if t.Read == 1 {
		noun = "document"
	}
	s := fmt.Sprintf("read %d %s: %d used, %d skipped", t.Read, noun, t.Used, t.SkippedTotal())
	if len(t.Skipped) == 0 {
		return s
	}
	reasons := slices.SortedFunc(maps.Keys(t.Skipped), func(a, b Reason) int {
		if d := t.Skipped[b] - t.Skipped[a]; d != 0 {
			return d
		}
		return strings.Compare(string(a), string(b))
	})
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", t.Skipped[r], r)
	}
	return s + " (" + strings.Join(parts, ", ") + ")"
}

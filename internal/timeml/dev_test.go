package timeml

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/temporal"
)

// TestDevDump is a temporary development aid (removed before hand-off).
func TestDevDump(t *testing.T) {
	dir := os.Getenv("DEV_TML")
	if dir == "" {
		t.Skip()
	}
	files, _ := Files(dir)
	res, err := Evaluate(context.Background(), files, temporal.New(temporal.Options{}), 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		fmt.Println("ERR", e)
	}
	var b strings.Builder
	for _, d := range res.Docs {
		g := goldSpans(d.Doc)
		p := predSpans(d.Predicted)
		txt := d.Doc.Text
		for _, x := range g {
			found := false
			for _, y := range p {
				if overlaps(x, y) {
					found = true
					if x.Start != y.Start || x.End != y.End {
						fmt.Fprintf(&b, "EXT\t%q\t%q\t%s|%s\t%s|%s\n", txt[x.Start:x.End], txt[y.Start:y.End], x.Type, x.Value, y.Type, y.Value)
					} else if x.Value != y.Value || x.Type != y.Type {
						fmt.Fprintf(&b, "VAL\t%q\t%s|%s\t%s|%s\tdct=%s\t%s\n", txt[x.Start:x.End], x.Type, x.Value, y.Type, y.Value, d.Doc.DCTValue, ctx(txt, x.Start, x.End))
					}
				}
			}
			if !found {
				fmt.Fprintf(&b, "FN\t%q\t%s|%s\t%s\n", txt[x.Start:x.End], x.Type, x.Value, ctx(txt, x.Start, x.End))
			}
		}
		for _, y := range p {
			found := false
			for _, x := range g {
				if overlaps(x, y) {
					found = true
				}
			}
			if !found {
				fmt.Fprintf(&b, "FP\t%q\t%s|%s\t%s\n", txt[y.Start:y.End], y.Type, y.Value, ctx(txt, y.Start, y.End))
			}
		}
	}
	os.WriteFile("/tmp/te/dump.txt", []byte(b.String()), 0o644)
	s := res.Scores
	fmt.Printf("docs %d gold %d pred %d | strict P %.3f R %.3f F %.3f | relaxed P %.3f R %.3f F %.3f | value acc %.3f F1 %.3f | type acc %.3f\n",
		res.Counts.Documents, res.Counts.Gold, res.Counts.Predicted, s.Strict.P, s.Strict.R, s.Strict.F1,
		s.Relaxed.P, s.Relaxed.R, s.Relaxed.F1, s.Value.Accuracy, s.Value.F1, s.Type.Accuracy)
}

func ctx(txt string, s, e int) string {
	a, b := max(0, s-60), min(len(txt), e+40)
	return strings.ReplaceAll(txt[a:s]+"[["+txt[s:e]+"]]"+txt[e:b], "\n", " ")
}

package timeml

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// WriteAnnotated writes doc as a minimal TimeML document whose <TEXT>
// carries the given mentions (offsets into doc.Text) as TIMEX3 elements, so
// that a system run can be inspected or fed to the official TempEval-3
// scorer. Overlapping mentions after the first are dropped.
func WriteAnnotated(w io.Writer, doc *Document, ms []news.Mention) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n", esc(doc.Name))
	fmt.Fprintf(bw, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
		esc(doc.DCTValue), esc(doc.DCTValue))
	bw.WriteString("<TEXT>")
	sorted := append([]news.Mention(nil), ms...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	pos, id := 0, 1
	for _, m := range sorted {
		if m.Start < pos || m.End > len(doc.Text) || m.End <= m.Start {
			continue
		}
		bw.WriteString(esc(doc.Text[pos:m.Start]))
		fmt.Fprintf(bw, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\">%s</TIMEX3>",
			id, esc(string(m.Type)), esc(m.Value), esc(doc.Text[m.Start:m.End]))
		pos, id = m.End, id+1
	}
	bw.WriteString(esc(doc.Text[pos:]))
	bw.WriteString("</TEXT>\n</TimeML>\n")
	return bw.Flush()
}

// esc escapes the characters XML reserves, leaving line breaks as they are.
var esc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;").Replace

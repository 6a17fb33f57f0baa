package polnear

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WriteStandoff writes attributions over text as a brat standoff file in
// PolNeAR's layout (Source, Cue and Content text-bounds joined by an
// Attribution event), converting byte offsets to brat's code-point
// offsets. Spans outside the text are skipped.
func WriteStandoff(w io.Writer, text string, atts []Attribution) error {
	bw := bufio.NewWriter(w)
	t, e := 0, 0
	bound := func(typ string, spans []Span) string {
		var offs, parts []string
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				continue
			}
			offs = append(offs, fmt.Sprintf("%d %d", utf8.RuneCountInString(text[:sp.Start]), utf8.RuneCountInString(text[:sp.End])))
			parts = append(parts, strings.ReplaceAll(text[sp.Start:sp.End], "\n", " "))
		}
		if len(offs) == 0 {
			return ""
		}
		t++
		id := fmt.Sprintf("T%d", t)
		fmt.Fprintf(bw, "%s\t%s %s\t%s\n", id, typ, strings.Join(offs, ";"), strings.Join(parts, " "))
		return id
	}
	for _, a := range atts {
		content := bound("Content", a.Content)
		if content == "" {
			continue
		}
		cue := bound("Cue", a.Cue)
		src := bound("Source", a.Source)
		e++
		trigger := content
		if cue != "" {
			trigger = cue
		}
		fmt.Fprintf(bw, "E%d\tAttribution:%s Content:%s", e, trigger, content)
		if cue != "" {
			fmt.Fprintf(bw, " Cue:%s", cue)
		}
		if src != "" {
			fmt.Fprintf(bw, " Source:%s", src)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

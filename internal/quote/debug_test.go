package quote

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugExtract(t *testing.T) {
	text := os.Getenv("QDEBUG")
	if text == "" {
		t.Skip()
	}
	if b, err := os.ReadFile(text); err == nil {
		text = string(b)
	}
	var x Extractor
	for _, a := range x.Extract(text) {
		fmt.Printf("verb=%q direct=%v src=%q men=%q spk=%q addr=%q\n", a.Verb, a.Direct, sp(text, a.Source), sp(text, a.Mention), a.Speaker, a.Addressee)
		for _, c := range a.Content {
			fmt.Printf("    [%s]\n", text[c.Start:c.End])
		}
	}
}

func sp(text string, s Span) string {
	if !s.Valid() {
		return ""
	}
	return text[s.Start:s.End]
}

package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func splitTexts(s string) []string {
	var out []string
	for _, sp := range Split(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"title abbreviations", "Mr. Smith met Gen. Lee and Sen. Brown. They talked.",
			[]string{"Mr. Smith met Gen. Lee and Sen. Brown.", "They talked."}},
		{"title closes sentence", "He cut Social Sec. The left objected.", []string{"He cut Social Sec.", "The left objected."}},
		{"month before number", "The ship sank on Oct. 12. No one survived.",
			[]string{"The ship sank on Oct. 12.", "No one survived."}},
		{"month ends sentence", "Prices rose in Feb. The bank acted.",
			[]string{"Prices rose in Feb.", "The bank acted."}},
		{"year ends sentence", "He earned $4.5 million in 2009. That is a lot.",
			[]string{"He earned $4.5 million in 2009.", "That is a lot."}},
		{"decimal and acronym", "The U.S. economy grew 3.5 percent. Analysts were surprised.",
			[]string{"The U.S. economy grew 3.5 percent.", "Analysts were surprised."}},
		{"acronym ends sentence", "He moved to the U.S. He was 20.",
			[]string{"He moved to the U.S.", "He was 20."}},
		{"acronym before name", "The U.S. Army said so.", []string{"The U.S. Army said so."}},
		{"time of day", "He arrived at 5 p.m. The meeting started at 6 p.m. sharp.",
			[]string{"He arrived at 5 p.m.", "The meeting started at 6 p.m. sharp."}},
		{"initials", "J. R. R. Tolkien wrote books. George W. Bush read them.",
			[]string{"J. R. R. Tolkien wrote books.", "George W. Bush read them."}},
		{"company", "She works for Acme Inc. in Boston. Acme Inc. But not for long.",
			[]string{"She works for Acme Inc. in Boston.", "Acme Inc.", "But not for long."}},
		{"quote closes sentence", `He said "No." Then he left.`, []string{`He said "No."`, "Then he left."}},
		{"quote then attribution", `"We will not yield," she said. "Never."`,
			[]string{`"We will not yield," she said.`, `"Never."`}},
		{"question in quote", `"Is this over?" he asked. "Yes."`, []string{`"Is this over?" he asked.`, `"Yes."`}},
		{"curly quotes", "“We are done.” He added: “Goodbye.”", []string{"“We are done.”", "He added: “Goodbye.”"}},
		{"bracket", "They met on Friday (the talks were secret.) Afterwards they left.",
			[]string{"They met on Friday (the talks were secret.)", "Afterwards they left."}},
		{"ellipsis lowercase", "Wait... what happened? Nobody knew! It was over.",
			[]string{"Wait... what happened?", "Nobody knew!", "It was over."}},
		{"ellipsis uppercase", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"e.g. never ends", "Some ports, e.g. Dunmore, shut. Others stayed open.",
			[]string{"Some ports, e.g. Dunmore, shut.", "Others stayed open."}},
		{"no period space", "The site example.com went down.Nobody noticed.", []string{"The site example.com went down.Nobody noticed."}},
		{"number abbreviation", "He lives at No. 10 Harbour Row. It is small.",
			[]string{"He lives at No. 10 Harbour Row.", "It is small."}},
		{"line per sentence", "Harbour closed\nThe harbour was closed on Friday.\nIt reopened later.",
			[]string{"Harbour closed", "The harbour was closed on Friday.", "It reopened later."}},
		{"wrapped line", "The harbour was closed\non Friday, officials\nsaid.", []string{"The harbour was closed\non Friday, officials\nsaid."}},
		{"comma before break", "The mayor,\nMarta Quell, spoke.", []string{"The mayor,\nMarta Quell, spoke."}},
		{"blank line", "No final stop\n\nnext paragraph", []string{"No final stop", "next paragraph"}},
		{"ptb", "`` We are done . '' He left . The U.S. Army -LRB- USA -RRB- said no .",
			[]string{"`` We are done . ''", "He left .", "The U.S. Army -LRB- USA -RRB- said no ."}},
		{"crlf", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"spaces only", "  \n\t ", nil},
		{"empty", "", nil},
		{"no terminator", "  just words  ", []string{"just words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitTexts(tt.in)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	in := "  First one.  Second one!\n"
	got := Sentences(in)
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2: %+v", len(got), got)
	}
	for i, s := range got {
		if s.Index != i || in[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d = %+v: offsets do not match text", i, s)
		}
	}
	if got[1].Text != "Second one!" {
		t.Errorf("second = %q", got[1].Text)
	}
}

// checkSpans verifies the invariants of Split on any input.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("bad span %+v after %d in %q", sp, prev, s)
		}
		if strings.TrimSpace(s[prev:sp.Start]) != "" {
			t.Fatalf("non-space text %q dropped between spans in %q", s[prev:sp.Start], s)
		}
		sub := s[sp.Start:sp.End]
		if strings.TrimSpace(sub) != sub {
			t.Fatalf("span %q has surrounding space", sub)
		}
		prev = sp.End
	}
	if strings.TrimSpace(s[prev:]) != "" {
		t.Fatalf("trailing text %q dropped in %q", s[prev:], s)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith went to Washington. He arrived on Jan. 5.",
		`He said "No." Then... "Why?" he asked.`,
		"a\n\nb\nC. d.\u2026 E\u201d F",
		"`` x . '' -RRB- y",
		"\xff. \xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// Invariants are stated for text; invalid bytes must not panic.
			Split(s)
			return
		}
		checkSpans(t, s, Split(s))
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat(`The U.S. economy grew 3.5 percent in Jan. last year, Mr. Smith said. "We are done." He added that talks would resume on Oct. 12. Nobody knew! `, 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}

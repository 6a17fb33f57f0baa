package htmltext

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFragment(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs are lines, entities decoded", "<p>One &amp; two</p><p>Three</p>", "One & two\nThree"},
		{"plain text keeps its lines", "Plain   text\n\n with  breaks", "Plain text\nwith breaks"},
		{"br breaks, style and script dropped", "a<br>b<style>x{}</style><script>y()</script>c", "a\nbc"},
		{"soft hyphen removed", "co\u00adop", "coop"},
		{"empty", "", ""},
		{"inline joins words", "wo<b>r</b>d, <a href='#'>link</a> .", "word, link ."},
		{"iframe fallback dropped", "a<iframe src='x'>no frames</iframe>b", "ab"},
		{"summary is a block", "<details><summary>More</summary>Body</details>", "More\nBody"},
		{"broken markup keeps order", "<table>lead<tr><td>cell", "lead\ncell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fragment(tt.in); got != tt.want {
				t.Errorf("Fragment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs are lines", "<div><p>One  two.</p><p>Three\nfour.</p></div>", "One two.\nThree four."},
		{"inline stays on the line", "<p>A <b>bold</b> move, <a href='#'>link</a>.</p>", "A bold move, link."},
		{"trafilatura heads and items", "<doc><head>Sub</head><list><item>a</item><item>b</item></list></doc>", "Sub\na\nb"},
		{"scripts dropped, soft hyphens removed", "<p>co\u00adop<script>x()</script></p>", "coop"},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"iframe fallback dropped", "<p>a<iframe>no frames</iframe>b</p>", "ab"},
		{"comments dropped", "<p>a<!-- note -->b</p>", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := Node(doc); got != tt.want {
				t.Errorf("Node(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	tests := []struct{ name, in, tidy, joined string }{
		{"blank lines dropped", "  a  b \n\n\t\nc", "a b\nc", "a b\nc"},
		{"space before punctuation", "link . end )", "link . end )", "link. end)"},
		{"soft hyphens", "co\u00adop", "coop", "coop"},
		{"only space", " \n ", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tidy(tt.in); got != tt.tidy {
				t.Errorf("Tidy(%q) = %q, want %q", tt.in, got, tt.tidy)
			}
			if got := TidyJoined(tt.in); got != tt.joined {
				t.Errorf("TidyJoined(%q) = %q, want %q", tt.in, got, tt.joined)
			}
		})
	}
}

// checkLines fails when text has a blank line, a soft hyphen or white
// space that was not collapsed.
func checkLines(t *testing.T, in, text string) {
	t.Helper()
	if strings.Contains(text, "\u00ad") {
		t.Fatalf("soft hyphen left in %q (input %q)", text, in)
	}
	if text == "" {
		return
	}
	for _, l := range strings.Split(text, "\n") {
		if l == "" || l != strings.Join(strings.Fields(l), " ") {
			t.Fatalf("untidy line %q in %q (input %q)", l, text, in)
		}
	}
}

func FuzzFragment(f *testing.F) {
	for _, s := range []string{
		"<p>One &amp; two</p><p>Three</p>",
		"a<br>b<style>x{}</style><script>y()</script>c",
		"<script>unclosed",
		"</p></div>stray ends",
		"Plain\r\ntext\u00ad",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLines(t, s, Fragment(s))
	})
}

func FuzzNode(f *testing.F) {
	for _, s := range []string{
		"<div><p>One  two.</p><p>Three\nfour.</p></div>",
		"<doc><head>Sub</head><list><item>a</item></list></doc>",
		"<table>lead<tr><td>cell",
		"<p>co\u00adop<noscript>x</noscript></p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		checkLines(t, s, Node(doc))
	})
}

func BenchmarkNode(b *testing.B) {
	doc, err := html.Parse(strings.NewReader(strings.Repeat("<p>The council met on <b>Tuesday</b>, and the <a href='#'>report</a> was published.</p>\n", 200)))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Node(doc)
	}
}

func BenchmarkFragment(b *testing.B) {
	s := strings.Repeat("<p>The council met on <b>Tuesday</b>, and the <a href='#'>report</a> was published.</p>\n", 200)
	for b.Loop() {
		Fragment(s)
	}
}

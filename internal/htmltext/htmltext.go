package htmltext

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElems start and end a line of text.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Hr: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Main: true, atom.Aside: true, atom.Details: true, atom.Summary: true,
}

// blockNames are the element names trafilatura gives its output tree
// ("head" for headings, "list"/"item", "lb" for line breaks, "quote"...):
// blocks too, in [Node].
var blockNames = map[string]bool{
	"head": true, "list": true, "item": true, "lb": true, "quote": true, "row": true, "graphic": true,
}

// skipElems have no readable text.
var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
}

// Fragment returns the readable text of an HTML fragment, read as a token
// stream so that broken markup keeps its text in order. Block elements
// break lines; inline elements join their text to the words around them
// ("wo<b>r</b>d" is "word"); line breaks in the text itself are kept, so
// plain text passes through with its lines and only its white space
// normalised.
func Fragment(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return Tidy(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipElems[a]:
				if tt := z.Token(); tt.Type == html.StartTagToken {
					skip++
				}
			case blockElems[a]:
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipElems[a]:
				if skip > 0 {
					skip--
				}
			case blockElems[a]:
				b.WriteByte('\n')
			}
		}
	}
}

// Node renders the tree n as text. Block elements, including
// trafilatura's own element names, break lines; every other element
// boundary separates words, as trafilatura's own text output does (it
// trims the text around elements), and a space so left before closing
// punctuation is removed. Line breaks inside text are white space, as in
// HTML.
func Node(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(newlinesToSpace.Replace(n.Data))
			return
		}
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		// Elements trafilatura creates carry their name in Data only.
		a := n.DataAtom
		if a == 0 {
			a = atom.Lookup([]byte(strings.ToLower(n.Data)))
		}
		if skipElems[a] {
			return
		}
		sep := byte(' ')
		if blockElems[a] || blockNames[n.Data] {
			sep = '\n'
		}
		b.WriteByte(sep)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		b.WriteByte(sep)
	}
	walk(n)
	return TidyJoined(b.String())
}

// newlinesToSpace turns the line breaks of HTML text into spaces.
var newlinesToSpace = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// spaceBeforePunct matches a space that joining pieces of text left before
// closing punctuation.
var spaceBeforePunct = regexp.MustCompile(` ([,.;:!?)\]»”’])`)

// Tidy collapses white space within each line of s, removes soft hyphens
// and drops empty lines.
func Tidy(s string) string { return tidy(s, false) }

// TidyJoined is [Tidy] for text whose pieces were joined with spaces (the
// text of a tree, element by element): it also removes a space before
// closing punctuation ("link ." becomes "link.").
func TidyJoined(s string) string { return tidy(s, true) }

func tidy(s string, joined bool) string {
	// Removing one soft hyphen from invalid UTF-8 can join bytes into
	// another: remove until none is left.
	for strings.Contains(s, "\u00ad") {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			if joined {
				l = spaceBeforePunct.ReplaceAllString(l, "$1")
			}
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

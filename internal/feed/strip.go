package feed

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElems start a new line in stripped text.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Hr: true,
	atom.Figure: true, atom.Figcaption: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Dd: true, atom.Dt: true,
}

// skipElems have no readable text.
var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
}

// StripHTML returns the readable text of an HTML fragment: one line per
// block, runs of white space collapsed, entities decoded. Plain text
// passes through with its white space normalised.
func StripHTML(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return tidy(b.String())
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

// tidy collapses white space within lines and drops empty lines.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

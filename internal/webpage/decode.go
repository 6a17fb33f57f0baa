package webpage

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// parseHTML decodes b to UTF-8 and parses it. The encoding is taken from a
// byte-order mark, the HTTP Content-Type, or a <meta charset> in the first
// KiB, in that order; undeclared input is taken as UTF-8 when it is valid
// UTF-8 and otherwise handed to go-shiori/dom's statistical detection.
// Text is normalised to NFC.
func parseHTML(b []byte, contentType string) (*html.Node, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain && !strings.EqualFold(name, "utf-8") && utf8.Valid(b) {
		certain, name = true, "utf-8"
	}
	if !certain && !utf8.Valid(b) {
		return dom.Parse(bytes.NewReader(b))
	}
	r := transform.NewReader(bytes.NewReader(b), transform.Chain(enc.NewDecoder(), norm.NFC))
	if strings.EqualFold(name, "utf-8") {
		r = transform.NewReader(bytes.NewReader(b), norm.NFC)
	}
	return html.Parse(r)
}

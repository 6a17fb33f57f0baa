package timeml

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/news"
)

// Timex is one gold TIMEX3 annotation inside <TEXT>.
type Timex struct {
	// ID is the tid attribute ("t12").
	ID string
	// Start and End are byte offsets of the expression in Document.Text.
	Start, End int
	// Text is Document.Text[Start:End].
	Text string
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type string
	// Value is the normalised value ("1998-01-08", "P3D", "PRESENT_REF").
	Value string
	// Mod is the mod attribute ("START", "APPROX"), empty when absent.
	Mod string
}

// Document is one TimeML file.
type Document struct {
	// Name identifies the document in messages (its DOCID or file name).
	Name string
	// DCT is the document creation date; DCTValue is the raw value
	// attribute it was read from ("1998-01-08" or "1998-01-08T10:30:00").
	DCT      news.Date
	DCTValue string
	// Text is the character data of the <TEXT> element with all inline
	// tags removed.
	Text string
	// Timexes are the gold expressions in Text, in document order. The
	// creation time is not among them.
	Timexes []Timex
}

// Errors returned by [Parse], wrapped with detail.
var (
	ErrNoText = errors.New("timeml: no <TEXT> element")
	ErrNoDCT  = errors.New("timeml: no usable document creation time")
)

// ReadFile parses the TimeML file at path; the document is named after the
// file when it has no DOCID.
func ReadFile(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if doc.Name == "" {
		doc.Name = path
	}
	return doc, nil
}

// Parse reads one TimeML document. It fails when the XML is malformed, when
// there is no <TEXT> element, or when no creation time can be found (a
// TIMEX3 with functionInDocument="CREATION_TIME", normally inside <DCT>,
// whose value starts with YYYY-MM-DD).
func Parse(r io.Reader) (*Document, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.AutoClose = xml.HTMLAutoClose

	var (
		doc      Document
		text     strings.Builder
		inText   int // depth of <TEXT> nesting
		sawText  bool
		inDocID  bool
		docID    strings.Builder
		inDCT    bool
		open     []Timex // TIMEX3 elements opened inside TEXT, innermost last
		dctFound bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: malformed XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
				sawText = true
			case "DOCID":
				inDocID = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				attrs := attrMap(t.Attr)
				isDCT := attrs["functionInDocument"] == "CREATION_TIME" || (inDCT && inText == 0)
				if isDCT && !dctFound {
					if d, ok := parseDCT(attrs["value"]); ok {
						doc.DCT, doc.DCTValue, dctFound = d, attrs["value"], true
					}
				}
				if isDCT || inText == 0 {
					// Not a gold expression: keep the nesting balanced only.
					open = append(open, Timex{Start: -1})
					continue
				}
				open = append(open, Timex{
					ID: attrs["tid"], Start: text.Len(), Type: attrs["type"],
					Value: attrs["value"], Mod: attrs["mod"],
				})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				if inText > 0 {
					inText--
				}
			case "DOCID":
				inDocID = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if len(open) == 0 {
					continue
				}
				tx := open[len(open)-1]
				open = open[:len(open)-1]
				if tx.Start >= 0 {
					tx.End = text.Len()
					doc.Timexes = append(doc.Timexes, tx)
				}
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
			if inDocID {
				docID.Write(t)
			}
		}
	}
	if !sawText {
		return nil, ErrNoText
	}
	if !dctFound {
		return nil, ErrNoDCT
	}
	doc.Name = strings.TrimSpace(docID.String())
	doc.Text = text.String()
	// A TIMEX3 left open at the end of the input still ends there.
	for i := len(open) - 1; i >= 0; i-- {
		if open[i].Start >= 0 {
			open[i].End = len(doc.Text)
			doc.Timexes = append(doc.Timexes, open[i])
		}
	}
	// Timexes were appended at their end tags: order them by start.
	sortTimexes(doc.Timexes)
	for i := range doc.Timexes {
		tx := &doc.Timexes[i]
		tx.Text = doc.Text[tx.Start:tx.End]
	}
	return &doc, nil
}

func attrMap(attrs []xml.Attr) map[string]string {
	m := make(map[string]string, len(attrs))
	for _, a := range attrs {
		m[a.Name.Local] = a.Value
	}
	return m
}

// parseDCT reads the date part of a creation-time value: YYYY-MM-DD or
// YYYYMMDD, optionally followed by a time.
func parseDCT(v string) (news.Date, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		d, err := news.ParseDate(v[:10])
		return d, err == nil
	}
	if len(v) >= 8 && utf8.ValidString(v[:8]) {
		if d, err := news.ParseDate(v[:4] + "-" + v[4:6] + "-" + v[6:8]); err == nil {
			return d, true
		}
	}
	return news.Date{}, false
}

func sortTimexes(ts []Timex) {
	slices.SortStableFunc(ts, func(a, b Timex) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
}

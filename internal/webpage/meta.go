package webpage

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stamps are the publication and modification times a page states in
// machine-readable form; zero when absent or not in an ISO 8601 form.
type stamps struct {
	published, modified time.Time
	// publishedZone is false when the published stamp had no UTC offset.
	publishedZone bool
}

// Meta names (of property, name or itemprop, lowercased) that state the
// publication or the modification time.
var (
	publishedNames = map[string]bool{
		"article:published_time": true, "og:article:published_time": true, "og:published_time": true,
		"article:published": true, "datepublished": true, "publishdate": true, "publish-date": true,
		"publish_date": true, "pubdate": true, "publication_date": true, "dcterms.issued": true,
		"dc.date.issued": true, "parsely-pub-date": true, "sailthru.date": true, "date": true,
		"dc.date": true, "dcterms.date": true, "datecreated": true,
	}
	modifiedNames = map[string]bool{
		"article:modified_time": true, "og:article:modified_time": true, "og:updated_time": true,
		"article:modified": true, "datemodified": true, "dcterms.modified": true,
		"dc.date.modified": true, "last-modified": true, "lastmod": true, "revised": true,
	}
)

// scanStamps reads the structured date metadata of doc. JSON-LD wins over
// <meta>, which wins over <time itemprop|pubdate>; within one kind the first
// in document order wins.
func scanStamps(doc *html.Node) stamps {
	var ld, meta, tm stamps
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstAttr(n, "property", "name", "itemprop", "http-equiv"))
				val := attr(n, "content")
				switch {
				case publishedNames[key]:
					setPublished(&meta, val)
				case modifiedNames[key]:
					setModified(&meta, val)
				}
			case atom.Time:
				val := attr(n, "datetime")
				switch ip := strings.ToLower(attr(n, "itemprop")); {
				case ip == "datepublished" || hasAttr(n, "pubdate"):
					setPublished(&tm, val)
				case ip == "datemodified":
					setModified(&tm, val)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					scanJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	out := ld
	for _, s := range []stamps{meta, tm} {
		if out.published.IsZero() {
			out.published, out.publishedZone = s.published, s.publishedZone
		}
		if out.modified.IsZero() {
			out.modified = s.modified
		}
	}
	return out
}

func setPublished(s *stamps, v string) {
	if !s.published.IsZero() {
		return
	}
	if t, zone, ok := parseISO(v); ok {
		s.published, s.publishedZone = t, zone
	}
}

func setModified(s *stamps, v string) {
	if !s.modified.IsZero() {
		return
	}
	if t, _, ok := parseISO(v); ok {
		s.modified = t
	}
}

// scanJSONLD walks a JSON-LD block for the first datePublished and
// dateModified values, preferring objects whose @type names an article.
func scanJSONLD(src string, s *stamps) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var articleLike, other stamps
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 20 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			dst := &other
			if isArticleType(x["@type"]) {
				dst = &articleLike
			}
			if p, ok := x["datePublished"].(string); ok {
				setPublished(dst, p)
			}
			if m, ok := x["dateModified"].(string); ok {
				setModified(dst, m)
			}
			for k, e := range x {
				if k != "datePublished" && k != "dateModified" {
					walk(e, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	for _, c := range []stamps{articleLike, other} {
		if s.published.IsZero() {
			s.published, s.publishedZone = c.published, c.publishedZone
		}
		if s.modified.IsZero() {
			s.modified = c.modified
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "Posting") || strings.Contains(x, "Report")
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// isoLayouts are the ISO 8601 / RFC 3339 shapes accepted in metadata, with
// whether they carry a UTC offset.
var isoLayouts = []struct {
	layout string
	zone   bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02T15:04:05.999999999", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02", false},
}

// parseISO parses an ISO 8601 timestamp; one without an offset is read as
// UTC wall-clock time and reported with zone false.
func parseISO(v string) (time.Time, bool, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 10 || len(v) > 40 {
		return time.Time{}, false, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, l.zone, true
		}
	}
	return time.Time{}, false, false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	return ""
}

// pageLanguage is the language the page declares on its <html> element,
// else the one trafilatura detected.
func pageLanguage(doc *html.Node, detected string) string {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			if l := attr(c, "lang"); l != "" {
				return l
			}
			if l := attr(c, "xml:lang"); l != "" {
				return l
			}
		}
	}
	return detected
}

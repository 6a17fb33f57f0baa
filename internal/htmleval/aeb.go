package htmleval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// ShingleSize is the number of tokens in one AEB shingle.
const ShingleSize = 4

// Counts are one page's shingle counts, normalised to sum to 1 (all zero
// when both texts are empty).
type Counts struct {
	TP, FP, FN float64
}

// Tokens splits text into maximal runs of letters, numbers and '_' (the
// \w+ tokens of the benchmark).
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the ShingleSize-token windows of text; a text with fewer
// tokens than that is one shingle of all its tokens, an empty text none.
func shingles(text string) map[string]int {
	toks := Tokens(text)
	out := make(map[string]int)
	n := max(1, len(toks)-ShingleSize+1)
	for i := 0; i < n && i < len(toks); i++ {
		out[strings.Join(toks[i:min(i+ShingleSize, len(toks))], "\x00")]++
	}
	return out
}

// Match compares a predicted body with the gold body of one page.
func Match(gold, pred string) Counts {
	g, p := shingles(gold), shingles(pred)
	var c Counts
	for k, gn := range g {
		pn := p[k]
		c.TP += float64(min(gn, pn))
		c.FN += float64(max(0, gn-pn))
	}
	for k, pn := range p {
		c.FP += float64(max(0, pn-g[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

func precisionOf(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

func recallOf(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// TextScores are the benchmark's aggregate figures.
type TextScores struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Aggregate averages per-page counts the way the benchmark does.
func Aggregate(pages []Counts) TextScores {
	var ps, rs float64
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			ps += precisionOf(c)
			np++
		}
		if c.TP+c.FN > 0 {
			rs += recallOf(c)
			nr++
		}
	}
	s := TextScores{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// AEBPage is one page of the Article Extraction Benchmark.
type AEBPage struct {
	ID   string
	URL  string
	Body string // the gold articleBody
	Path string // the gzipped HTML file
}

// IsAEB reports whether dir looks like the AEB dataset folder.
func IsAEB(dir string) bool {
	_, err1 := os.Stat(filepath.Join(dir, "ground-truth.json"))
	fi, err2 := os.Stat(filepath.Join(dir, "html"))
	return err1 == nil && err2 == nil && fi.IsDir()
}

// LoadAEB reads ground-truth.json in dir, sorted by page id. Every page
// must have its html/<id>.html.gz file.
func LoadAEB(dir string) ([]AEBPage, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("aeb: %w", err)
	}
	var gt map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("aeb: %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	pages := make([]AEBPage, 0, len(gt))
	for id, v := range gt {
		p := AEBPage{ID: id, URL: v.URL, Body: v.ArticleBody, Path: filepath.Join(dir, "html", id+".html.gz")}
		if _, err := os.Stat(p.Path); err != nil {
			return nil, fmt.Errorf("aeb: page %s: %w", id, err)
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// ReadHTML returns the page's HTML, gunzipped.
func (p AEBPage) ReadHTML() ([]byte, error) {
	b, err := os.ReadFile(p.Path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	return out, nil
}

// TextExtractor returns the main text of one page. An error counts as an
// empty prediction (as in the benchmark, where a failing extractor prints
// nothing).
type TextExtractor func(ctx context.Context, page AEBPage, html []byte) (string, error)

// PageText is one page's outcome.
type PageText struct {
	ID     string  `json:"id"`
	Text   string  `json:"-"` // the prediction
	Counts Counts  `json:"-"`
	F1     float64 `json:"f1"`
	Err    string  `json:"error,omitempty"`
}

// AEBResult is the outcome of [RunAEB].
type AEBResult struct {
	TextScores
	Failed int        `json:"failed"`
	Pages  []PageText `json:"-"`
}

// RunAEB extracts every page with extract and scores it. It stops early
// only when ctx is done.
func RunAEB(ctx context.Context, pages []AEBPage, extract TextExtractor) (AEBResult, error) {
	var res AEBResult
	counts := make([]Counts, 0, len(pages))
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		html, err := p.ReadHTML()
		if err != nil {
			return res, fmt.Errorf("aeb: %w", err)
		}
		pred, err := extract(ctx, p, html)
		pt := PageText{ID: p.ID}
		if err != nil {
			pred = ""
			pt.Err = err.Error()
			res.Failed++
		}
		pred = strings.ReplaceAll(pred, "\u00ad", "")
		pt.Text = pred
		pt.Counts = Match(p.Body, pred)
		pt.F1 = pageF1(pt.Counts)
		counts = append(counts, pt.Counts)
		res.Pages = append(res.Pages, pt)
	}
	res.TextScores = Aggregate(counts)
	return res, nil
}

func pageF1(c Counts) float64 {
	p, r := precisionOf(c), recallOf(c)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

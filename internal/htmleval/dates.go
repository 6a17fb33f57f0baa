package htmleval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// DatePage is one page of the htmldate MediaCloud test set.
type DatePage struct {
	URL  string
	Path string // the HTML file
	// Gold is the publication day as YYYY-MM-DD, "" when the page has no
	// date (NaN in the gold file).
	Gold string
}

// MediaCloudFile is the gold file's name inside the dataset folder.
const MediaCloudFile = "eval_mediacloud_2020.json"

// IsMediaCloud reports whether dir looks like the htmldate MediaCloud
// dataset folder.
func IsMediaCloud(dir string) bool {
	_, err1 := os.Stat(filepath.Join(dir, MediaCloudFile))
	fi, err2 := os.Stat(filepath.Join(dir, "test_set"))
	return err1 == nil && err2 == nil && fi.IsDir()
}

// LoadMediaCloud reads the gold file in dir, sorted by file name.
func LoadMediaCloud(dir string) ([]DatePage, error) {
	name := filepath.Join(dir, MediaCloudFile)
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("mediacloud: %w", err)
	}
	var gold map[string]struct {
		File string  `json:"file"`
		Date *string `json:"date"`
	}
	if err := json.Unmarshal(nanToNull(b), &gold); err != nil {
		return nil, fmt.Errorf("mediacloud: %s: %w", name, err)
	}
	pages := make([]DatePage, 0, len(gold))
	for url, g := range gold {
		p := DatePage{URL: url, Path: filepath.Join(dir, "test_set", g.File)}
		if g.Date != nil {
			p.Gold = *g.Date
		}
		if _, err := os.Stat(p.Path); err != nil {
			return nil, fmt.Errorf("mediacloud: page %s: %w", url, err)
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Path < pages[j].Path })
	return pages, nil
}

// nanToNull rewrites the bare NaN tokens Python's json module writes (and
// Go's rejects) to null, leaving string contents alone.
func nanToNull(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == 'N' && i+3 <= len(b) && string(b[i:i+3]) == "NaN":
			out = append(out, "null"...)
			i += 2
			continue
		}
		out = append(out, c)
	}
	return out
}

// Confusion counts date predictions the way htmldate's evaluation does.
type Confusion struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	TN int `json:"tn"`
	FN int `json:"fn"`
}

// Add scores one prediction; both are YYYY-MM-DD or "" for no date.
func (c *Confusion) Add(pred, gold string) {
	switch {
	case pred == "" && gold == "":
		c.TN++
	case pred == "":
		c.FN++
	case pred == gold:
		c.TP++
	default:
		c.FP++
	}
}

// DateScores are the figures derived from a [Confusion].
type DateScores struct {
	Confusion
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Accuracy  float64 `json:"accuracy"`
	F1        float64 `json:"f1"`
}

// Scores computes precision, recall, accuracy and F1 (0 where undefined).
func (c Confusion) Scores() DateScores {
	s := DateScores{Confusion: c}
	div := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	s.Precision = div(c.TP, c.TP+c.FP)
	s.Recall = div(c.TP, c.TP+c.FN)
	s.Accuracy = div(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN)
	s.F1 = div(2*c.TP, 2*c.TP+c.FP+c.FN)
	return s
}

// DateExtractor returns the publication day of one page as YYYY-MM-DD, or
// "" when it finds none. An error counts as no date.
type DateExtractor func(ctx context.Context, page DatePage, html []byte) (string, error)

// DateSystem is one named extractor to compare.
type DateSystem struct {
	Name    string
	Extract DateExtractor
}

// DateResult is one system's outcome on the whole set.
type DateResult struct {
	Name   string `json:"name"`
	Pages  int    `json:"pages"`
	Failed int    `json:"failed"`
	DateScores
}

// RunDates runs every system on every page (each page read once) and
// scores them side by side.
func RunDates(ctx context.Context, pages []DatePage, systems []DateSystem) ([]DateResult, error) {
	res := make([]DateResult, len(systems))
	conf := make([]Confusion, len(systems))
	for i, s := range systems {
		res[i].Name = s.Name
	}
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		html, err := os.ReadFile(p.Path)
		if err != nil {
			return nil, fmt.Errorf("mediacloud: %w", err)
		}
		for i, s := range systems {
			pred, err := s.Extract(ctx, p, html)
			if err != nil {
				pred = ""
				res[i].Failed++
			}
			conf[i].Add(pred, p.Gold)
			res[i].Pages++
		}
	}
	for i := range res {
		res[i].DateScores = conf[i].Scores()
	}
	return res, nil
}

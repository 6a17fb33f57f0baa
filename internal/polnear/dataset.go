package polnear

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) in an article's text.
type Span struct {
	Start, End int
}

// Attribution is one gold (or predicted) attribution relation, in byte
// offsets of the article text. Content may be discontinuous; Source is
// empty when the annotator marked none.
type Attribution struct {
	Content []Span
	Cue     []Span
	Source  []Span
}

// Annotation is one annotator's attributions for an article.
type Annotation struct {
	Annotator    string
	Attributions []Attribution
}

// Article is one PolNeAR article with every annotation of it.
type Article struct {
	// Name is the file name stem ("nyt_2016-04-18_for-news-outlets-...").
	Name string
	Text string
	// Annotations are sorted by annotator ID; most articles have one.
	Annotations []Annotation
}

// IsDataset reports whether dir looks like a PolNeAR split: a text/ and an
// attributions/ folder, the latter holding at least one .ann file.
func IsDataset(dir string) bool {
	if fi, err := os.Stat(filepath.Join(dir, "text")); err != nil || !fi.IsDir() {
		return false
	}
	m, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	return len(m) > 0
}

// Load reads every annotated article of a split folder. An annotation file
// that cannot be read or parsed, or whose article text is missing or whose
// offsets fall outside the text, is reported in errs and skipped; the other
// files are still returned. Articles are sorted by name.
func Load(ctx context.Context, dir string) (arts []*Article, errs []error) {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, []error{err}
	}
	if len(files) == 0 {
		return nil, []error{fmt.Errorf("polnear: no .ann files under %s", filepath.Join(dir, "attributions"))}
	}
	sort.Strings(files)
	byName := map[string]*Article{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return arts, append(errs, err)
		}
		stem := strings.TrimSuffix(filepath.Base(f), ".ann")
		i := strings.LastIndexByte(stem, '_')
		if i <= 0 {
			errs = append(errs, fmt.Errorf("%s: file name has no _<annotator> suffix", f))
			continue
		}
		name, annotator := stem[:i], stem[i+1:]
		art := byName[name]
		if art == nil {
			b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: article text: %w", f, err))
				continue
			}
			if !utf8.Valid(b) {
				errs = append(errs, fmt.Errorf("%s: article text is not valid UTF-8", f))
				continue
			}
			art = &Article{Name: name, Text: string(b)}
			byName[name] = art
			arts = append(arts, art)
		}
		ann, err := readAnnotation(f, art.Text)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ann.Annotator = annotator
		art.Annotations = append(art.Annotations, ann)
	}
	// Drop articles none of whose annotation files could be used.
	kept := arts[:0]
	for _, a := range arts {
		if len(a.Annotations) > 0 {
			kept = append(kept, a)
		}
	}
	return kept, errs
}

func readAnnotation(path, text string) (Annotation, error) {
	f, err := os.Open(path)
	if err != nil {
		return Annotation{}, err
	}
	defer f.Close()
	so, err := ParseStandoff(f)
	if err != nil {
		return Annotation{}, fmt.Errorf("%s: %w", path, err)
	}
	atts, err := Attributions(so, text)
	if err != nil {
		return Annotation{}, fmt.Errorf("%s: %w", path, err)
	}
	return Annotation{Attributions: atts}, nil
}

// ErrOffset reports an annotation offset outside the article text.
var ErrOffset = errors.New("offset outside the text")

// Attributions turns the Attribution events of a standoff file into byte
// spans of text. Every event whose type starts with "Attribution" (PolNeAR
// also has "Attribution-no-source") and that has at least one Content
// argument ("Content", "Content2", ...) becomes one Attribution; its
// content fragments are sorted by offset.
func Attributions(so *Standoff, text string) ([]Attribution, error) {
	idx := runeIndex(text)
	conv := func(id string) ([]Span, error) {
		tb, ok := so.Spans[id]
		if !ok {
			return nil, fmt.Errorf("event refers to unknown annotation %s", id)
		}
		out := make([]Span, 0, len(tb.Frags))
		for _, fr := range tb.Frags {
			if fr.End >= len(idx) {
				return nil, fmt.Errorf("%s %d-%d: %w (%d characters)", id, fr.Start, fr.End, ErrOffset, len(idx)-1)
			}
			out = append(out, Span{idx[fr.Start], idx[fr.End]})
		}
		return out, nil
	}
	var atts []Attribution
	for _, ev := range so.Events {
		if !strings.HasPrefix(ev.Type, "Attribution") {
			continue
		}
		var a Attribution
		for _, arg := range ev.Args {
			sp, err := conv(arg.ID)
			if err != nil {
				return nil, fmt.Errorf("event %s: %w", ev.ID, err)
			}
			switch {
			case strings.HasPrefix(arg.Role, "Content"):
				a.Content = append(a.Content, sp...)
			case arg.Role == "Cue":
				a.Cue = append(a.Cue, sp...)
			case arg.Role == "Source":
				a.Source = append(a.Source, sp...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		sort.Slice(a.Content, func(i, j int) bool { return a.Content[i].Start < a.Content[j].Start })
		atts = append(atts, a)
	}
	return atts, nil
}

// runeIndex maps code-point offsets to byte offsets: idx[i] is the byte
// offset of the i-th code point, and idx[len] is len(text).
func runeIndex(text string) []int {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	return append(idx, len(text))
}

package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/news"
)

// DatasetKind names a benchmark dataset layout.
type DatasetKind string

// The dataset layouts LoadDataset knows.
const (
	// KindT17 is the Timeline17 / Crisis layout: <Topic>_<source>/ folders
	// holding InputDocs/YYYY-MM-DD/*.txt, timelines/*.txt and keywords.json.
	KindT17 DatasetKind = "t17"
	// KindNewsTLS is the news-tls layout: one folder per topic holding an
	// articles*.jsonl(.gz) file, timelines.jsonl and keywords.json.
	KindNewsTLS DatasetKind = "news-tls"
)

// Dataset is a loaded benchmark dataset.
type Dataset struct {
	Dir    string
	Kind   DatasetKind
	Topics []*Topic
}

// Topic is one topic of a dataset: the articles to summarise, the query
// keywords and the reference timelines to score against.
type Topic struct {
	// Name is the topic: for T17 the folder prefix before the first "_"
	// ("bpoil"), for news-tls the folder name.
	Name string
	// Dirs are the folders merged into the topic, in order.
	Dirs []string
	// Keywords is the union of the folders' keywords.json, in order,
	// without repeats.
	Keywords []string
	// References are the reference timeline files, in order. They are not
	// parsed here.
	References []Reference
	// Articles are the topic's articles in read order; each T17 article
	// keeps its folder ("bpoil_bbc") as Source.
	Articles []*news.Article
	// Skipped are the documents that could not be used.
	Skipped []*DocError
	// Tally counts the topic's documents.
	Tally Tally
}

// Reference locates one reference timeline file.
type Reference struct {
	// Name identifies it within the dataset: "bpoil_bbc/timelines/bbc.txt",
	// "syria/timelines.jsonl".
	Name string
	// Path is the file's path.
	Path string
	// Kind is the layout the file is written in: KindT17 (a date line,
	// sentences, a line of dashes) or KindNewsTLS (one JSON timeline per
	// line).
	Kind DatasetKind
}

// Tally returns the counts over all topics.
func (d *Dataset) Tally() Tally {
	var t Tally
	for _, tp := range d.Topics {
		t.Merge(tp.Tally)
	}
	return t
}

// DetectDataset reports the layout of dir: a dataset root whose subfolders
// are topic folders, or a single topic folder. ok is false when dir is
// neither.
func DetectDataset(dir string) (kind DatasetKind, ok bool) {
	if k := folderLayout(dir); k != "" {
		return k, true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	for _, e := range entries {
		if isDir(dir, e) && !strings.HasPrefix(e.Name(), ".") {
			if k := folderLayout(filepath.Join(dir, e.Name())); k != "" {
				return k, true
			}
		}
	}
	return "", false
}

// isDir reports whether entry e of folder dir is a folder or a symbolic
// link to one: a dataset may gather topic folders kept elsewhere.
func isDir(dir string, e fs.DirEntry) bool {
	if e.IsDir() {
		return true
	}
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	fi, err := os.Stat(filepath.Join(dir, e.Name()))
	return err == nil && fi.IsDir()
}

// folderLayout returns the layout of a topic folder, or "".
func folderLayout(dir string) DatasetKind {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	kind, _ := layoutOf(entries)
	return DatasetKind(kind)
}

// LoadDataset loads the benchmark dataset in dir (see [DetectDataset]):
// every topic with its articles (read as [Read] does, files concurrently),
// keywords and reference timeline paths. Topics come in lexical order of
// their names. Documents that cannot be used are kept in Topic.Skipped and
// counted; an unreadable or malformed keywords.json, or a dir of no known
// layout, is an error.
func LoadDataset(ctx context.Context, dir string, opts Options) (*Dataset, error) {
	kind, ok := DetectDataset(dir)
	if !ok {
		return nil, fmt.Errorf("corpus: %s is not a dataset folder (want Timeline17/Crisis <topic>_<source>/InputDocs or news-tls <topic>/articles*.jsonl with timelines.jsonl)", dir)
	}
	folders, err := topicFolders(dir, kind)
	if err != nil {
		return nil, err
	}
	ds := &Dataset{Dir: dir, Kind: kind}
	byName := map[string]*Topic{}
	for _, f := range folders {
		name := filepath.Base(f)
		if kind == KindT17 {
			name, _, _ = strings.Cut(name, "_")
		}
		tp := byName[name]
		if tp == nil {
			tp = &Topic{Name: name}
			byName[name] = tp
			ds.Topics = append(ds.Topics, tp)
		}
		tp.Dirs = append(tp.Dirs, f)
	}
	slices.SortStableFunc(ds.Topics, func(a, b *Topic) int { return strings.Compare(a.Name, b.Name) })
	for _, tp := range ds.Topics {
		if err := loadTopic(ctx, tp, kind, opts); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// topicFolders lists the topic folders of a dataset (dir itself when it is
// one), sorted.
func topicFolders(dir string, kind DatasetKind) ([]string, error) {
	if folderLayout(dir) == kind {
		return []string{filepath.Clean(dir)}, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var out []string
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if isDir(dir, e) && !strings.HasPrefix(e.Name(), ".") && folderLayout(p) == kind {
			out = append(out, p)
		}
	}
	return out, nil
}

func loadTopic(ctx context.Context, tp *Topic, kind DatasetKind, opts Options) error {
	for _, d := range tp.Dirs {
		kws, err := readKeywords(filepath.Join(d, "keywords.json"))
		if err != nil {
			return err
		}
		for _, k := range kws {
			if !slices.Contains(tp.Keywords, k) {
				tp.Keywords = append(tp.Keywords, k)
			}
		}
		refs, err := references(d, kind)
		if err != nil {
			return err
		}
		tp.References = append(tp.References, refs...)
	}
	for a, err := range Read(ctx, tp.Dirs, opts) {
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				return err // cancelled
			}
			tp.Skipped = append(tp.Skipped, de)
		} else {
			tp.Articles = append(tp.Articles, a)
		}
		tp.Tally.Add(a, err)
	}
	return nil
}

// readKeywords reads a keywords.json array of strings; a missing file gives
// no keywords.
func readKeywords(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: keywords: %w", err)
	}
	var kws []string
	if err := json.Unmarshal(b, &kws); err != nil {
		return nil, fmt.Errorf("corpus: %s: want a JSON array of strings: %w", path, err)
	}
	out := kws[:0]
	for _, k := range kws {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out, nil
}

// references lists the reference timeline files of a topic folder.
func references(dir string, kind DatasetKind) ([]Reference, error) {
	base := filepath.Base(dir)
	if kind == KindNewsTLS {
		p := filepath.Join(dir, "timelines.jsonl")
		if _, err := os.Stat(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil
			}
			return nil, fmt.Errorf("corpus: %w", err)
		}
		return []Reference{{Name: base + "/timelines.jsonl", Path: p, Kind: KindNewsTLS}}, nil
	}
	tdir := filepath.Join(dir, "timelines")
	entries, err := os.ReadDir(tdir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var out []Reference
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		out = append(out, Reference{Name: base + "/timelines/" + e.Name(), Path: filepath.Join(tdir, e.Name()), Kind: KindT17})
	}
	return out, nil
}

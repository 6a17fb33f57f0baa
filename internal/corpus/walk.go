package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// fileSystem is what the walker needs: the OS (native paths) or an fs.FS
// (slash paths).
type fileSystem interface {
	open(name string) (io.ReadCloser, error)
	readDir(name string) ([]fs.DirEntry, error)
	stat(name string) (fs.FileInfo, error)
	join(elem ...string) string
	base(name string) string
	dir(name string) string
	// rel returns target relative to root, slash-separated.
	rel(root, target string) string
	// root prepares a path argument naming a folder.
	root(name string) string
}

type osFS struct{}

func (osFS) open(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	return os.Open(name)
}
func (osFS) readDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) join(elem ...string) string                 { return filepath.Join(elem...) }
func (osFS) base(name string) string                    { return filepath.Base(name) }
func (osFS) dir(name string) string                     { return filepath.Dir(name) }
func (osFS) rel(root, target string) string {
	r, err := filepath.Rel(root, target)
	if err != nil {
		return filepath.ToSlash(target)
	}
	return filepath.ToSlash(r)
}
func (osFS) root(name string) string {
	name = filepath.Clean(name)
	if b := filepath.Base(name); b == "." || b == ".." || b == string(filepath.Separator) {
		if abs, err := filepath.Abs(name); err == nil {
			return abs
		}
	}
	return name
}

type ioFS struct{ fsys fs.FS }

func (f ioFS) open(name string) (io.ReadCloser, error)    { return f.fsys.Open(name) }
func (f ioFS) readDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.fsys, name) }
func (f ioFS) stat(name string) (fs.FileInfo, error)      { return fs.Stat(f.fsys, name) }
func (ioFS) join(elem ...string) string                   { return path.Join(elem...) }
func (ioFS) base(name string) string                      { return path.Base(name) }
func (ioFS) dir(name string) string                       { return path.Dir(name) }
func (ioFS) rel(root, target string) string {
	if root == "." {
		return target
	}
	return strings.TrimPrefix(target, root+"/")
}
func (ioFS) root(name string) string { return path.Clean(name) }

// input is one file to read.
type input struct {
	path   string // as opened and passed to the Format
	idBase string // replaces path at the start of article IDs
	source string // default Article.Source
	format Format // forced format (layouts), nil to sniff
	err    *DocError
}

// newsTLSArticleFiles are the articles files of a news-tls topic folder, in
// order of preference.
var newsTLSArticleFiles = []string{
	"articles.preprocessed.jsonl.gz", "articles.preprocessed.jsonl",
	"articles.tokenized.jsonl.gz", "articles.tokenized.jsonl",
	"articles.jsonl.gz", "articles.jsonl",
}

// layoutOf reports the benchmark layout of a folder from its entries: "t17"
// (holds InputDocs/), "news-tls" (holds timelines.jsonl or keywords.json and
// an articles file, returned), or "".
func layoutOf(entries []fs.DirEntry) (kind, articles string) {
	names := make(map[string]fs.DirEntry, len(entries))
	for _, e := range entries {
		names[e.Name()] = e
	}
	if e, ok := names["InputDocs"]; ok && e.IsDir() {
		return "t17", ""
	}
	_, tl := names["timelines.jsonl"]
	_, kw := names["keywords.json"]
	if !tl && !kw {
		return "", ""
	}
	for _, n := range newsTLSArticleFiles {
		if e, ok := names[n]; ok && !e.IsDir() {
			return "news-tls", n
		}
	}
	for _, e := range entries { // sorted by name
		if n := e.Name(); !e.IsDir() && strings.HasPrefix(n, "articles") && strings.Contains(n, ".jsonl") {
			return "news-tls", n
		}
	}
	return "", ""
}

// collect lists the inputs named by paths, in order: files as given,
// folders walked in lexical order with the layouts applied.
func collect(fsys fileSystem, paths []string) []input {
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: "-", idBase: "stdin"})
			continue
		}
		fi, err := fsys.stat(p)
		if err != nil {
			out = append(out, input{path: p, err: &DocError{Origin: p, Reason: ReasonUnreadable, Err: unwrapPathError(err)}})
			continue
		}
		if !fi.IsDir() {
			out = append(out, input{path: p, idBase: filepath.ToSlash(filepath.Clean(p)), source: sourceOf(fsys, p)})
			continue
		}
		root := fsys.root(p)
		prefix := fsys.base(root)
		if prefix == "." || prefix == "/" {
			prefix = ""
		}
		out = walkDir(fsys, root, root, prefix, out)
	}
	return out
}

// sourceOf returns the default source of a file: its folder's name.
func sourceOf(fsys fileSystem, p string) string {
	d := fsys.dir(p)
	if b := fsys.base(d); b != "." && b != ".." && b != "/" && b != string(filepath.Separator) {
		return b
	}
	if _, isOS := fsys.(osFS); isOS {
		if abs, err := filepath.Abs(d); err == nil {
			if b := filepath.Base(abs); b != string(filepath.Separator) {
				return b
			}
		}
	}
	return ""
}

func walkDir(fsys fileSystem, root, dir, prefix string, out []input) []input {
	entries, err := fsys.readDir(dir)
	if err != nil {
		return append(out, input{path: dir, err: &DocError{Origin: dir, Reason: ReasonUnreadable, Err: unwrapPathError(err)}})
	}
	entries = slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return strings.HasPrefix(e.Name(), ".") })
	mk := func(p string) input {
		id := fsys.rel(root, p)
		if prefix != "" {
			id = prefix + "/" + id
		}
		return input{path: p, idBase: id, source: sourceOf(fsys, p)}
	}
	switch kind, articles := layoutOf(entries); kind {
	case "t17":
		return walkAll(fsys, root, fsys.join(dir, "InputDocs"), prefix, out)
	case "news-tls":
		in := mk(fsys.join(dir, articles))
		in.format = JSONL{LineSentences: true}
		return append(out, in)
	}
	for _, e := range entries {
		p := fsys.join(dir, e.Name())
		if e.IsDir() {
			out = walkDir(fsys, root, p, prefix, out)
			continue
		}
		if !e.Type().IsRegular() && e.Type()&fs.ModeSymlink == 0 {
			continue // devices, sockets, pipes
		}
		out = append(out, mk(p))
	}
	return out
}

// walkAll lists every non-hidden file under dir, without layout handling.
func walkAll(fsys fileSystem, root, dir, prefix string, out []input) []input {
	entries, err := fsys.readDir(dir)
	if err != nil {
		return append(out, input{path: dir, err: &DocError{Origin: dir, Reason: ReasonUnreadable, Err: unwrapPathError(err)}})
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := fsys.join(dir, e.Name())
		if e.IsDir() {
			out = walkAll(fsys, root, p, prefix, out)
			continue
		}
		id := fsys.rel(root, p)
		if prefix != "" {
			id = prefix + "/" + id
		}
		out = append(out, input{path: p, idBase: id, source: sourceOf(fsys, p)})
	}
	return out
}

// unwrapPathError drops the path from a *fs.PathError: the DocError names
// the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

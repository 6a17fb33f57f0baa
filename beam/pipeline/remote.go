package pipeline

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// Inputs named by URL ("gs://bucket/dir/file.warc.gz", "s3://...",
// "memfs://...") are read through Beam's file systems, so that workers
// that do not share the launcher's disk (Dataflow) can read them. A remote
// input is a file: object stores have no folders to walk.

// isRemote reports whether name is a URL of a Beam file system.
func isRemote(name string) bool { return strings.Contains(name, "://") }

// splitRemote splits "gs://bucket/dir/f" into its scheme root "gs://" and
// the slash path "bucket/dir/f", which becomes the article ID (and the
// source its folder's name), as for a local file named on its own.
func splitRemote(name string) (root, rel string) {
	i := strings.Index(name, "://")
	return name[:i+3], name[i+3:]
}

// expandRemote lists the files matching a remote glob pattern, sorted.
func expandRemote(ctx context.Context, pattern string) ([]string, error) {
	fsys, err := filesystem.New(ctx, pattern)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	return fsys.List(ctx, pattern)
}

// remoteFS presents the files of one Beam file system scheme as an fs.FS
// for corpus.ReadFS: the name "bucket/dir/f" is the file root+name.
type remoteFS struct {
	ctx  context.Context
	fs   filesystem.Interface
	root string
}

// Open opens a file; there are no directories.
func (r remoteFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) || name == "." {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	full := r.root + name
	size, err := r.fs.Size(r.ctx, full)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("%w: %v", fs.ErrNotExist, err)}
	}
	rc, err := r.fs.OpenRead(r.ctx, full)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &remoteFile{ReadCloser: rc, info: fileInfo{name: path.Base(name), size: size}}, nil
}

// readRemote opens the file system of the remote inputs, which must share
// one scheme, and returns it with the inputs' names in it.
func readRemote(ctx context.Context, inputs []string) (remoteFS, []string, error) {
	root, _ := splitRemote(inputs[0])
	names := make([]string, len(inputs))
	for i, in := range inputs {
		if !isRemote(in) || !strings.HasPrefix(in, root) {
			return remoteFS{}, nil, fmt.Errorf("inputs %s and %s: cannot mix file systems in one run", inputs[0], in)
		}
		_, names[i] = splitRemote(in)
	}
	fsys, err := filesystem.New(ctx, inputs[0])
	if err != nil {
		return remoteFS{}, nil, err
	}
	return remoteFS{ctx: ctx, fs: fsys, root: root}, names, nil
}

type remoteFile struct {
	io.ReadCloser
	info fileInfo
}

func (f *remoteFile) Stat() (fs.FileInfo, error) { return f.info, nil }

type fileInfo struct {
	name string
	size int64
}

func (i fileInfo) Name() string       { return i.name }
func (i fileInfo) Size() int64        { return i.size }
func (i fileInfo) Mode() fs.FileMode  { return 0o444 }
func (i fileInfo) ModTime() time.Time { return time.Time{} }
func (i fileInfo) IsDir() bool        { return false }
func (i fileInfo) Sys() any           { return nil }

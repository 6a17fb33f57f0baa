package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/dedup"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open store. It is safe for concurrent use; writes are
// serialised by SQLite.
type DB struct {
	db     *sql.DB
	path   string
	hasher *dedup.Hasher
	lsh    *lshCache
}

// Options configure [Open].
type Options struct {
	// ReadOnly opens an existing store without writing to it.
	ReadOnly bool
	// CacheMiB is SQLite's page cache per connection; 0 means 64 for a
	// writable store and 2 for a read-only one, which reads through a
	// memory map instead (a large cache only costs time to fill and free).
	CacheMiB int
	// FoldThreshold is the estimated Jaccard similarity of two articles'
	// normalised word shingles at or above which the later one is folded
	// with the earlier as a near-duplicate; 0 means the default of
	// dedup.ArticleOptions (0.3). A store keeps the threshold it was
	// created with: writing to it with another one is refused.
	FoldThreshold float64
}

// Open opens the store at path, creating it if needed (unless read-only)
// and bringing its schema up to date.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("store: no database path")
	}
	cache := opts.CacheMiB
	switch {
	case cache > 0:
	case opts.ReadOnly:
		cache = 2
	default:
		cache = 64
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cache<<10))
	if opts.ReadOnly {
		q.Add("mode", "ro")
		// Map the file for reading: no read system call per page.
		q.Add("_pragma", "mmap_size(1073741824)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_txlock", "immediate")
	}
	dsn := "file:" + escapePath(path) + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// One writer at a time is all SQLite allows; a small pool lets
	// readers run beside it in WAL mode.
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	dopts := dedup.ArticleOptions()
	if opts.FoldThreshold != 0 {
		dopts.Threshold = opts.FoldThreshold
	}
	hasher, err := dedup.New(dopts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	d := &DB{db: db, path: path, hasher: hasher, lsh: newLSHCache(defaultLSHEntries)}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if err := d.migrate(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	if err := d.checkMeta(ctx, opts.ReadOnly); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// escapePath escapes the characters of a file path that would end it early
// in a URI.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// Close closes the store.
func (d *DB) Close() error { return d.db.Close() }

// Path returns the file the store was opened from.
func (d *DB) Path() string { return d.path }

// SQL returns the underlying database, for packages that need a query this
// package does not offer. Write only through [DB.Transact].
func (d *DB) SQL() *sql.DB { return d.db }

// Transact runs fn in a transaction: committed when fn returns nil, rolled
// back when it returns an error or panics (the panic is re-raised).
func (d *DB) Transact(ctx context.Context, fn func(tx *sql.Tx) error) (err error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: migration file %q: want NNNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migrations are not numbered 1..n: %s is number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this build creates and reads.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its version bump.
func (d *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var have int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("store: %s: read schema version: %w", d.path, err)
	}
	if have > len(ms) {
		return fmt.Errorf("store: %s has schema version %d, newer than this build (%d)", d.path, have, len(ms))
	}
	for _, m := range ms[have:] {
		err := d.Transact(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			switch m.version {
			case 1:
				if err := writeMeta(ctx, tx, d.hasher); err != nil {
					return err
				}
			case 2:
				if err := fillSpeakers(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: %s: migration %s: %w", d.path, m.name, err)
		}
	}
	return nil
}

// Meta keys recording how the store's signatures were made.
const (
	metaSigVersion = "dedup_signature_version"
	metaDedupOpts  = "dedup_options"
)

func dedupOptsString(o dedup.Options) string {
	return fmt.Sprintf("shingle=%d bands=%d rows=%d threshold=%g", o.Shingle, o.Bands, o.Rows, o.Threshold)
}

func writeMeta(ctx context.Context, tx *sql.Tx, h *dedup.Hasher) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES (?, ?), (?, ?)",
		metaSigVersion, strconv.Itoa(dedup.SignatureVersion),
		metaDedupOpts, dedupOptsString(h.Options()))
	return err
}

// checkMeta refuses to write to a store whose near-duplicate signatures
// were made by another scheme: new articles could not be compared with old
// ones. Reading such a store is fine.
func (d *DB) checkMeta(ctx context.Context, readOnly bool) error {
	var have int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("store: %s: %w", d.path, err)
	}
	if have != SchemaVersion() {
		if readOnly && have == 0 {
			return fmt.Errorf("store: %s is not a dateline store (empty or missing)", d.path)
		}
		if readOnly && have < SchemaVersion() {
			return fmt.Errorf("store: %s has schema version %d, this build reads %d: open it once for writing (ingest) to upgrade it", d.path, have, SchemaVersion())
		}
		return fmt.Errorf("store: %s has schema version %d, this build reads %d", d.path, have, SchemaVersion())
	}
	var sigV, opts string
	if err := d.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaSigVersion).Scan(&sigV); err != nil {
		return fmt.Errorf("store: %s: read %s: %w", d.path, metaSigVersion, err)
	}
	if err := d.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaDedupOpts).Scan(&opts); err != nil {
		return fmt.Errorf("store: %s: read %s: %w", d.path, metaDedupOpts, err)
	}
	// Reading needs no signatures; writing compares new articles with
	// stored ones, so the schemes must match.
	if want := strconv.Itoa(dedup.SignatureVersion); !readOnly && (sigV != want || opts != dedupOptsString(d.hasher.Options())) {
		return fmt.Errorf("store: %s was built with near-duplicate signatures v%s (%s); this run uses v%s (%s): use the same fold threshold or ingest into a new store",
			d.path, sigV, opts, want, dedupOptsString(d.hasher.Options()))
	}
	return nil
}

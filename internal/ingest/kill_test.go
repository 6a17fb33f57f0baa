//go:build unix

package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const killChildEnv = "DATELINE_INGEST_KILL_CHILD"

// TestKill9MidIngest starts an ingest in a child process (this test binary
// re-executed), kills it with SIGKILL after a few batches, and checks that
// the store opens cleanly, passes SQLite's integrity check, and that a
// re-run completes it with every article exactly once: the same count and
// content hashes as a store built in one go.
func TestKill9MidIngest(t *testing.T) {
	if spec := os.Getenv(killChildEnv); spec != "" {
		killChild(t, spec)
		return
	}
	const n = 2500
	dir := t.TempDir()
	in := genFile(t, dir, "gen.jsonl.gz", n, 5)
	dbPath := filepath.Join(dir, "killed.db")

	cmd := exec.Command(os.Args[0], "-test.run=^TestKill9MidIngest$", "-test.v")
	cmd.Env = append(os.Environ(), killChildEnv+"="+in+"|"+dbPath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	batches := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "BATCH ") {
			batches++
			if batches == 3 {
				// The child is writing its fourth batch now.
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	err = cmd.Wait()
	if batches < 3 {
		t.Fatalf("child ended after %d batches (%v) before it could be killed", batches, err)
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed by SIGKILL: %v", cmd.ProcessState)
	}

	db := openStore(t, dbPath)
	var check string
	if err := db.SQL().QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check after SIGKILL = %q, %v", check, err)
	}
	partial, _ := contentDigest(t, db)
	if partial == 0 || partial >= n {
		t.Fatalf("%d articles stored when killed, want some but not all of %d", partial, n)
	}
	t.Logf("killed after %d committed articles", partial)
	res, err := Run(context.Background(), db, []string{in}, Options{Annotator: fakeAnnotator{}, BatchSize: 200})
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged != partial || res.Inserted != n-partial {
		t.Errorf("re-run: %d unchanged, %d inserted; want %d and %d", res.Unchanged, res.Inserted, partial, n-partial)
	}
	gotN, got := contentDigest(t, db)

	ref := openStore(t, filepath.Join(dir, "ref.db"))
	if _, err := Run(context.Background(), ref, []string{in}, Options{Annotator: fakeAnnotator{}, BatchSize: 200}); err != nil {
		t.Fatal(err)
	}
	wantN, want := contentDigest(t, ref)
	if gotN != n || gotN != wantN || got != want {
		t.Errorf("after kill and re-run: %d articles (digest %s), want %d (digest %s)", gotN, got[:12], wantN, want[:12])
	}
	// The indexes agree with the table: one FTS row and one set of LSH
	// keys per article, and the same groups as the reference.
	var fts, lsh, docs int
	db.SQL().QueryRow("SELECT COUNT(*) FROM articles_fts").Scan(&fts)
	db.SQL().QueryRow("SELECT IFNULL(SUM(length(data)), 0) / 8 FROM lsh_blocks").Scan(&lsh)
	db.SQL().QueryRow("SELECT COUNT(*) FROM articles WHERE minhash IS NOT NULL").Scan(&docs)
	if fts != n || lsh != 32*docs {
		t.Errorf("indexes: %d FTS rows, %d LSH entries, want %d and %d", fts, lsh, n, 32*docs)
	}
	q := "SELECT id, (SELECT id FROM articles g WHERE g.doc = a.dup_group) FROM articles a ORDER BY id"
	if a, b := dump(t, db, q), dump(t, ref, q); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("near-duplicate groups differ from the reference store")
	}
}

// killChild is the child side: ingest slowly enough to be killed, printing
// a line after each committed batch.
func killChild(t *testing.T, spec string) {
	in, dbPath, _ := strings.Cut(spec, "|")
	db := openStore(t, dbPath)
	_, err := Run(context.Background(), db, []string{in}, Options{Annotator: fakeAnnotator{}, BatchSize: 200, OnBatch: func(p Progress) {
		fmt.Printf("BATCH %d\n", p.Stored)
	}})
	if err != nil {
		t.Fatal(err)
	}
}

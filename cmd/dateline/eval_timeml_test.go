package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

const smallTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>SMALL</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-06-05" functionInDocument="CREATION_TIME">June 5, 2017</TIMEX3></DCT>
<TEXT>
Putin said on <TIMEX3 tid="t1" type="DATE" value="2017-06-02">Friday</TIMEX3> that talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
They will meet again <TIMEX3 tid="t3" type="DATE" value="2017-W24">next week</TIMEX3>.
</TEXT>
</TimeML>
`

func TestEvalTimeML(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "part"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "part", "small.tml"), []byte(smallTimeML), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "runs")

	var stdout, stderr bytes.Buffer
	err := runEval(context.Background(), evalOptions{Dataset: dir, JSON: true, Out: out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("runEval: %v (stderr %s)", err, stderr.String())
	}
	var rep map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout.String())
	}
	if rep["documents"] != 1.0 || rep["gold"] != 3.0 || rep["predicted"] != 3.0 {
		t.Errorf("counts in %s", stdout.String())
	}
	value := rep["value"].(map[string]any)
	strict := rep["strict"].(map[string]any)
	if value["f1"] != 1.0 || strict["f1"] != 1.0 {
		t.Errorf("value.f1 = %v, strict.f1 = %v, want 1 (fractions)\n%s", value["f1"], strict["f1"], stdout.String())
	}
	if _, err := os.Stat(filepath.Join(out, "part", "small.tml")); err != nil {
		t.Errorf("--out run file missing: %v", err)
	}

	// A broken file is reported, the rest still scored, and the exit code says so.
	if err := os.WriteFile(filepath.Join(dir, "broken.tml"), []byte("<TimeML><TEXT>x"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	err = runEval(context.Background(), evalOptions{Dataset: dir}, &stdout, &stderr)
	if !errors.Is(err, errSkipped) || !strings.Contains(stderr.String(), "broken.tml") {
		t.Fatalf("err = %v, stderr = %q; want errSkipped naming broken.tml", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "strict extent") || !strings.Contains(stdout.String(), "100.00") {
		t.Errorf("table:\n%s", stdout.String())
	}
}

// TestEvalTimeMLPlatinum runs the CLI evaluator on the TempEval-3 test set
// and checks the report is complete; the score itself is reported, not
// asserted beyond the off-the-shelf HeidelTime floor.
func TestEvalTimeMLPlatinum(t *testing.T) {
	dir := sharedtest.Dir(t, "data", "tempeval3", "te3-platinum")
	var stdout, stderr bytes.Buffer
	if err := runEval(context.Background(), evalOptions{Dataset: dir, JSON: true}, &stdout, &stderr); err != nil {
		t.Fatalf("runEval: %v\n%s", err, stderr.String())
	}
	var rep struct {
		Documents, Gold int
		Value           struct{ F1 float64 }
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 20 || rep.Gold != 138 {
		t.Fatalf("documents %d gold %d, want 20 and 138", rep.Documents, rep.Gold)
	}
	if rep.Value.F1 < 0.721 {
		t.Errorf("value F1 %.4f below HeidelTime 1.2 off the shelf (0.7212)", rep.Value.F1)
	}
}

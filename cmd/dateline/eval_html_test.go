package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens</title>
<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head><body>
<nav>Home | News | Sport</nav><article><h1>Bridge reopens</h1>
<p>The harbour bridge reopened to traffic on Thursday after eleven weeks of repairs to its deck, the transport office said.</p>
<p>Engineers replaced forty steel plates and resurfaced the span, and the work cost less than the council had budgeted.</p>
<p>A second round of maintenance will take place at night next year so that the bridge can stay open during the day.</p>
</article><footer>Copyright 2021</footer></body></html>`

const evalBody = "The harbour bridge reopened to traffic on Thursday after eleven weeks of repairs to its deck, the transport office said.\n\n" +
	"Engineers replaced forty steel plates and resurfaced the span, and the work cost less than the council had budgeted.\n\n" +
	"A second round of maintenance will take place at night next year so that the bridge can stay open during the day."

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEvalAEB(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(evalPage))
	w.Close()
	writeFile(t, filepath.Join(dir, "html", "p1.html.gz"), gz.Bytes())
	writeFile(t, filepath.Join(dir, "ground-truth.json"), []byte(`{"p1": {"url": "https://x.example/p1", "articleBody": `+jsonString(evalBody)+`}}`))
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := runEval(context.Background(), evalOptions{Dataset: dir, JSON: true, Out: out}, &stdout, &stderr); err != nil {
		t.Fatalf("runEval: %v (stderr %s)", err, stderr.String())
	}
	var rep map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
	}
	if rep["pages"] != 1.0 || rep["f1"] != 1.0 || rep["library_f1"] == nil {
		t.Errorf("report = %v, want 1 page scored f1 1 with the library beside it", rep)
	}
	pred, err := os.ReadFile(filepath.Join(out, "dateline.json"))
	if err != nil || !strings.Contains(string(pred), `"p1"`) {
		t.Errorf("predictions not written in the benchmark's format: %v %s", err, pred)
	}
}

func TestEvalMediaCloud(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "test_set", "1.html"), []byte(evalPage))
	writeFile(t, filepath.Join(dir, "test_set", "2.html"), []byte(strings.NewReplacer("2021-03-04T10:00:00Z", "", "Copyright 2021", "").Replace(evalPage)))
	writeFile(t, filepath.Join(dir, "eval_mediacloud_2020.json"), []byte(`{"https://x.example/a": {"file": "1.html", "date": "2021-03-04"}, "https://x.example/b": {"file": "2.html", "date": NaN}}`))
	var stdout, stderr bytes.Buffer
	if err := runEval(context.Background(), evalOptions{Dataset: dir}, &stdout, &stderr); err != nil {
		t.Fatalf("runEval: %v (stderr %s)", err, stderr.String())
	}
	// dateline: the dated page right, the undated one left undated.
	if !strings.Contains(stdout.String(), "dateline        1    0    1    0") {
		t.Errorf("table lacks dateline's counts:\n%s", stdout.String())
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

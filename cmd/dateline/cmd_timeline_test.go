package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunDatesNewsConvention(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "date 2017-06-05\nPresident Vladimir Putin said on Friday that hackers can be anywhere. He will meet the delegation on Friday, officials said. The interview aired on Sunday.\n"})
	var out, errOut bytes.Buffer
	if err := runDates(context.Background(), datesOptions{JSON: true}, &out, &errOut, []string{dir}); err != nil {
		t.Fatalf("runDates: %v (%s)", err, errOut.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r dateRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		got = append(got, r.Resolved)
	}
	want := []string{"2017-06-02", "2017-06-09", "2017-06-04"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("resolved %v, want %v", got, want)
	}
	if !strings.Contains(errOut.String(), "read 1 document: 1 used") {
		t.Errorf("no tally line on stderr: %q", errOut.String())
	}
}

func TestRunTimelineReportsSkippedDocuments(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":       "date 2017-06-05\nThe harbour strike began on Friday. Dockers walked out over pay.\n",
		"b.txt":       "date 2017-06-06\nThe harbour strike that began on June 2 went on. Ships queued.\n",
		"nodate.txt":  "The harbour strike went on.\n",
		"bad.jsonl":   "{\"id\": 1, \"text\": \"x\"\n",
		"future.txt":  "date 2999-01-01\nThe harbour strike will end.\n",
		"c/notes.txt": "date 2017-06-09\nTalks to end the harbour strike failed on Thursday.\n",
	})
	var out, errOut bytes.Buffer
	opts := timelineOptions{Query: "harbour strike", Dates: 3, Sentences: 1, Format: "json"}
	err := runTimeline(context.Background(), opts, &out, &errOut, []string{dir})
	if !errors.Is(err, errSkipped) || exitCode(err) != exitSkipped {
		t.Fatalf("err = %v, want errSkipped", err)
	}
	var tl struct {
		Dates []struct {
			Date    string
			Summary []struct{ Text, Doc, Source, DatedBy string }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &tl); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	if len(tl.Dates) < 2 || tl.Dates[0].Date != "2017-06-02" {
		t.Fatalf("dates = %+v", tl.Dates)
	}
	stderr := errOut.String()
	for _, want := range []string{"nodate.txt", "bad.jsonl:1", "future.txt", "3 skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestRunTimelineUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		opts timelineOptions
		args []string
	}{
		{"bad format", timelineOptions{Format: "pdf", Dates: 1, Sentences: 1}, []string{"."}},
		{"bad from", timelineOptions{Format: "text", Dates: 1, Sentences: 1, From: "June"}, []string{"."}},
		{"to before from", timelineOptions{Format: "text", Dates: 1, Sentences: 1, From: "2017-06-05", To: "2017-06-01"}, []string{"."}},
		{"zero dates", timelineOptions{Format: "text", Dates: 0, Sentences: 1}, []string{"."}},
		{"unknown method", timelineOptions{Format: "text", Dates: 1, Sentences: 1, Method: "magic"}, []string{"."}},
		{"no input", timelineOptions{Format: "text", Dates: 1, Sentences: 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runTimeline(context.Background(), tt.opts, &bytes.Buffer{}, &bytes.Buffer{}, tt.args)
			if exitCode(err) != exitUsage {
				t.Fatalf("err = %v (exit %d), want a usage error", err, exitCode(err))
			}
		})
	}
}

func TestRunDemo(t *testing.T) {
	var out bytes.Buffer
	if err := runDemo(context.Background(), demoOptions{Format: "text", Dates: 9, Sentences: 1}, &out); err != nil {
		t.Fatal(err)
	}
	dated := regexp.MustCompile(`(?m)^\d{4}-\d{2}-\d{2}  \(`).FindAllString(out.String(), -1)
	if len(dated) != 9 {
		t.Fatalf("demo printed %d dates, want 9:\n%s", len(dated), out.String())
	}
	if !strings.Contains(out.String(), "dated by mention") {
		t.Errorf("demo output does not say how sentences were dated:\n%s", out.String())
	}
	out.Reset()
	if err := runDemo(context.Background(), demoOptions{Format: "timelinejs", Dates: 5, Sentences: 1}, &out); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Events []map[string]any }
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Events) != 5 {
		t.Fatalf("timelinejs output: %v, %d events", err, len(doc.Events))
	}
}

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestServeRefusesOpenAddressWithoutToken(t *testing.T) {
	t.Setenv(tokenEnv, "")
	tests := []struct {
		name string
		run  func() error
	}{
		{"serve", func() error {
			return runServe(context.Background(), serveOptions{DB: filepath.Join(t.TempDir(), "x.db"), MaxArticles: 10,
				listenOptions: listenOptions{Addr: "0.0.0.0:0", LogFormat: "text"}}, io.Discard, io.Discard, nil)
		}},
		{"demo", func() error {
			return runDemoServe(context.Background(), demoOptions{Serve: true,
				listenOptions: listenOptions{Addr: ":8080", LogFormat: "text"}}, io.Discard, io.Discard)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var ue usageError
			if !errors.As(err, &ue) || !strings.Contains(err.Error(), "token") {
				t.Fatalf("got %v, want a usage error about the token", err)
			}
		})
	}
}

// lockedBuffer is written by the server goroutine and read by the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// dateline serve answers on loopback and stops when its context ends.
func TestServeRunsAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, serveOptions{DB: filepath.Join(t.TempDir(), "news.db"), MaxArticles: 100,
			listenOptions: listenOptions{Addr: "127.0.0.1:0", LogFormat: "json", Cache: 8}}, &stdout, &stderr, nil)
	}()
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stdout.String()); m != nil {
			base = "http://" + m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("no address printed; stdout %q, stderr %q, result %v", stdout.String(), stderr.String(), <-done)
	}
	resp, err := http.Get(base + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"backend": "store"`) {
		t.Errorf("stats: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(stderr.String(), `"msg":"request"`) {
		t.Errorf("no JSON request log on stderr: %s", stderr.String())
	}
}

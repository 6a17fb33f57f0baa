package server

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/timeline"
)

func TestCheckListen(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.0.0.2:0", "", true},
		{"localhost:80", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"[::]:8080", "", false},
		{"192.168.1.10:8080", "", false},
		{"example.org:80", "", false},
		{"0.0.0.0:8080", "tok", true},
		{"no-port", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr+"/"+tt.token, func(t *testing.T) {
			err := CheckListen(tt.addr, tt.token)
			if (err == nil) != tt.ok {
				t.Errorf("CheckListen(%q, %q) = %v, want ok=%v", tt.addr, tt.token, err, tt.ok)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeLogsAndShutsDown(t *testing.T) {
	var logs syncBuffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ln, err := Listen(ctx, ServeConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	b := NewMemory(fixture(t), sharedAnnotator())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, Handler(b, Options{Logger: log}), ServeConfig{Logger: log}) }()
	base := "http://" + ln.Addr().String()
	if r := get(t, base+"/healthz"); r.status != 200 {
		t.Fatalf("healthz: %d", r.status)
	}
	get(t, base+"/api/timeline?dates=x")
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve returned %v after shutdown", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
	out := logs.String()
	for _, want := range []string{`"msg":"request"`, `"path":"/healthz"`, `"status":400`, `"msg":"stopped"`} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %s:\n%s", want, out)
		}
	}
}

func TestListenRefusesOpenAddressWithoutToken(t *testing.T) {
	_, err := Listen(context.Background(), ServeConfig{Addr: "0.0.0.0:0"})
	if err == nil || !strings.Contains(err.Error(), "token") {
		t.Fatalf("Listen on 0.0.0.0 without a token: %v, want a refusal naming the token", err)
	}
}

func TestCache(t *testing.T) {
	tl := func(q string) *timeline.Timeline { return &timeline.Timeline{Query: q} }
	ctx := context.Background()
	t.Run("lru", func(t *testing.T) {
		c := newCache[*timeline.Timeline](2, time.Hour)
		var builds int
		build := func(q string) func() (*timeline.Timeline, error) {
			return func() (*timeline.Timeline, error) { builds++; return tl(q), nil }
		}
		for _, step := range []struct {
			key string
			hit bool
		}{{"a", false}, {"b", false}, {"a", true}, {"c", false}, {"b", false}, {"a", false}, {"a", true}} {
			got, hit, err := c.get(ctx, step.key, build(step.key))
			if err != nil || got.Query != step.key || hit != step.hit {
				t.Fatalf("get(%s) = %v, hit %v, %v; want hit %v", step.key, got, hit, err, step.hit)
			}
		}
		if builds != 5 {
			t.Errorf("%d builds, want 5", builds)
		}
	})
	t.Run("ttl", func(t *testing.T) {
		c := newCache[*timeline.Timeline](4, time.Minute)
		now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		c.now = func() time.Time { return now }
		b := func() (*timeline.Timeline, error) { return tl("x"), nil }
		c.get(ctx, "x", b)
		now = now.Add(59 * time.Second)
		if _, hit, _ := c.get(ctx, "x", b); !hit {
			t.Error("entry expired early")
		}
		now = now.Add(2 * time.Second)
		if _, hit, _ := c.get(ctx, "x", b); hit {
			t.Error("expired entry served")
		}
	})
	t.Run("errors not cached", func(t *testing.T) {
		c := newCache[*timeline.Timeline](4, time.Hour)
		c.get(ctx, "x", func() (*timeline.Timeline, error) { return nil, errors.New("boom") })
		if _, hit, err := c.get(ctx, "x", func() (*timeline.Timeline, error) { return tl("x"), nil }); hit || err != nil {
			t.Errorf("after an error: hit %v, err %v; want a fresh build", hit, err)
		}
	})
	t.Run("clear during build", func(t *testing.T) {
		c := newCache[*timeline.Timeline](4, time.Hour)
		c.get(ctx, "x", func() (*timeline.Timeline, error) { c.clear(); return tl("x"), nil })
		if _, hit, _ := c.get(ctx, "x", func() (*timeline.Timeline, error) { return tl("x"), nil }); hit {
			t.Error("a timeline built before clear was kept")
		}
	})
	t.Run("concurrent identical requests build once", func(t *testing.T) {
		c := newCache[*timeline.Timeline](-1, time.Hour) // even with caching off
		var builds atomic.Int32
		release := make(chan struct{})
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				got, _, err := c.get(ctx, "x", func() (*timeline.Timeline, error) {
					builds.Add(1)
					<-release
					return tl("x"), nil
				})
				if err != nil || got.Query != "x" {
					t.Errorf("got %v, %v", got, err)
				}
			})
		}
		// Wait until one build runs and the others wait for it.
		for deadline := time.Now().Add(5 * time.Second); ; {
			c.mu.Lock()
			waiting := c.hits
			c.mu.Unlock()
			if waiting == 7 || time.Now().After(deadline) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		close(release)
		wg.Wait()
		if n := builds.Load(); n != 1 {
			t.Errorf("%d builds, want 1", n)
		}
	})
}

// A slow backend's timeline ends with a 504 when the request time is up.
type slowBackend struct{ *Memory }

func (s slowBackend) Timeline(ctx context.Context, req TimelineRequest) (*timeline.Timeline, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestRequestTimeout(t *testing.T) {
	b := slowBackend{NewMemory([]*news.Article{}, sharedAnnotator())}
	url := serveBackend(t, b, Options{RequestTimeout: 50 * time.Millisecond})
	r := get(t, url+"/api/timeline?q=x")
	if r.status != http.StatusGatewayTimeout {
		t.Fatalf("status %d, want 504: %s", r.status, r.body)
	}
	r.errorMessage(t)
}

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/store"
)

// The load benchmark: 8 concurrent clients on loopback ask a real server
// (Listen + Serve) for timelines of a T17-topic-sized corpus (the bpoil_*
// folders merged, as the news-tls protocol does). Scenarios:
//
//	memory/uncached  in-memory corpus, response cache off, every request distinct
//	memory/cached    response cache on, 12 queries, warmed
//	store/cold       store, every cache off: retrieval, decoding and indexing every time (at most 40 requests)
//	store/reindex    response and corpus caches off, decoded articles cached: indexing every time (at most 40)
//	store/uncached   store, response cache off, retrieved corpora cached (4 queries, warmed)
//	store/cached     response cache on, 12 queries, warmed
//
// Each sub-benchmark makes b.N requests and reports latency percentiles
// and throughput:
//
//	go test -run '^$' -bench TimelineLoad -benchtime 200x ./internal/server
//
// It is skipped when the benchmark data is absent.

const loadClients = 8

// loadData is the annotated topic corpus and a store holding it, built
// once per test binary (annotating ~1,500 articles takes a while).
type loadData struct {
	arts     []*news.Article
	db       *store.DB
	keywords []string
	dir      string
}

var loadOnce struct {
	sync.Once
	data *loadData
	err  error
}

func loadCorpus(b *testing.B) *loadData {
	b.Helper()
	t17 := sharedtest.Dir(b, "data", "t17")
	loadOnce.Do(func() {
		ctx := context.Background()
		paths, _ := filepath.Glob(filepath.Join(t17, "bpoil_*"))
		if len(paths) == 0 {
			loadOnce.err = fmt.Errorf("no bpoil_* folders under %s", t17)
			return
		}
		d := &loadData{}
		for a, err := range corpus.Read(ctx, paths, corpus.Options{}) {
			if err == nil {
				d.arts = append(d.arts, a)
			}
		}
		kw, err := os.ReadFile(filepath.Join(paths[0], "keywords.json"))
		if err == nil {
			err = json.Unmarshal(kw, &d.keywords)
		}
		if err != nil {
			loadOnce.err = err
			return
		}
		if err := sharedAnnotator().All(ctx, d.arts, 0); err != nil {
			loadOnce.err = err
			return
		}
		d.dir, err = os.MkdirTemp("", "dateline-load-")
		if err != nil {
			loadOnce.err = err
			return
		}
		db, err := store.Open(ctx, filepath.Join(d.dir, "news.db"), store.Options{})
		if err != nil {
			loadOnce.err = err
			return
		}
		var batch []*store.Prepared
		for _, a := range d.arts {
			p, err := db.Prepare(a)
			if err != nil {
				loadOnce.err = err
				return
			}
			batch = append(batch, p)
		}
		if _, err := db.Put(ctx, batch); err != nil {
			loadOnce.err = err
			return
		}
		d.db = db
		loadOnce.data = d
	})
	if loadOnce.err != nil {
		b.Fatal(loadOnce.err)
	}
	return loadOnce.data
}

// TestMain removes the load benchmark's temporary store.
func TestMain(m *testing.M) {
	code := m.Run()
	if d := loadOnce.data; d != nil {
		d.db.Close()
		os.RemoveAll(d.dir)
	}
	os.Exit(code)
}

// loadQueries returns distinct timeline requests: the topic's keywords
// together and each alone, at timeline lengths 5 to 24 and 1 or 2
// sentences per date. Consecutive requests differ, so that with the
// response cache off no two requests in flight share a build.
func loadQueries(keywords []string) []url.Values {
	qs := []string{strings.Join(keywords, " ")}
	qs = append(qs, keywords...)
	var out []url.Values
	for l := 5; l < 25; l++ {
		for k := 1; k <= 2; k++ {
			for _, q := range qs {
				out = append(out, url.Values{"q": {q}, "dates": {strconv.Itoa(l)}, "sentences": {strconv.Itoa(k)}})
			}
		}
	}
	return out
}

// loadScenario is one row of the load benchmark.
type loadScenario struct {
	name    string
	backend Backend
	opts    Options
	// warm requests are made before measuring.
	warm []url.Values
	// next is the i-th measured request.
	next func(i int) url.Values
	// most caps the requests of a slow scenario (0: b.N).
	most int
}

func loadScenarios(d *loadData) []loadScenario {
	qs := loadQueries(d.keywords)
	cycle := func(i int) url.Values { return qs[i%len(qs)] }
	few := qs[:12] // the four queries at L = 5 and 6, k = 1 and 2
	cycleFew := func(i int) url.Values { return few[i%len(few)] }
	// cold moves the window start back a day per request, before the
	// first article: the same work, but no cache or shared build helps.
	cold := func(i int) url.Values {
		q := cloneValues(qs[i%len(qs)])
		q.Set("from", news.NewDate(2009, 1, 1).AddDays(-i).String())
		return q
	}
	memory := NewMemory(d.arts, sharedAnnotator())
	// Long request timeouts: the benchmark measures slow requests rather
	// than failing them.
	noCache := Options{CacheEntries: -1, RequestTimeout: 10 * time.Minute}
	cached := Options{RequestTimeout: 10 * time.Minute}
	storeBackend := func(o StoreOptions) Backend {
		o.Annotator = sharedAnnotator()
		return NewStore(d.db, o)
	}
	return []loadScenario{
		{"memory/uncached", memory, noCache, qs[:1], cycle, 0},
		{"memory/cached", memory, cached, few, cycleFew, 0},
		{"store/cold", storeBackend(StoreOptions{CorpusCache: -1, ArticleCache: -1}), noCache, nil, cold, 40},
		{"store/reindex", storeBackend(StoreOptions{CorpusCache: -1}), noCache, qs[:4], cold, 40},
		{"store/uncached", storeBackend(StoreOptions{}), noCache, qs[:4], cycle, 0},
		{"store/cached", storeBackend(StoreOptions{}), cached, few, cycleFew, 0},
	}
}

func BenchmarkTimelineLoad(b *testing.B) {
	d := loadCorpus(b)
	for _, sc := range loadScenarios(d) {
		b.Run(sc.name, func(b *testing.B) {
			base := startLoopback(b, sc.backend, sc.opts)
			for _, q := range sc.warm {
				mustGet(b, base+"/api/timeline?"+q.Encode())
			}
			cpu0 := cpuTime()
			b.ResetTimer()
			n := b.N
			if sc.most > 0 {
				n = min(n, sc.most)
			}
			res := runLoad(b, func(i int) string { return base + "/api/timeline?" + sc.next(i).Encode() }, n, loadClients, 5*time.Minute)
			b.StopTimer()
			cpuPerReq := (cpuTime() - cpu0) / time.Duration(max(1, res.n))
			b.ReportMetric(cpuPerReq.Seconds()*1000, "cpu-ms/req")
			b.ReportMetric(res.p50.Seconds()*1000, "p50-ms")
			b.ReportMetric(res.p99.Seconds()*1000, "p99-ms")
			b.ReportMetric(res.rps, "req/s")
			b.ReportMetric(0, "ns/op")
			if res.errors > 0 {
				b.Errorf("%d of %d requests failed; first: %v", res.errors, res.n, res.firstErr)
			}
			b.Logf("%s: %d requests, %d clients, %d articles: p50 %v, p99 %v, max %v, %.1f req/s, %v CPU per request (client included)",
				sc.name, res.n, loadClients, len(d.arts), res.p50.Round(time.Millisecond), res.p99.Round(time.Millisecond),
				res.max.Round(time.Millisecond), res.rps, cpuPerReq.Round(time.Millisecond))
		})
	}
}

// cpuTime is the CPU time (user and system) the test process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	return out
}

// startLoopback serves b on 127.0.0.1 with Serve and returns its URL.
func startLoopback(tb testing.TB, b Backend, opts Options) string {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ln, err := Listen(ctx, ServeConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		tb.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, Handler(b, opts), ServeConfig{}) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func mustGet(tb testing.TB, u string) {
	tb.Helper()
	resp, err := http.Get(u)
	if err != nil {
		tb.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		tb.Fatalf("GET %s: %s", u, resp.Status)
	}
}

type loadResult struct {
	n, errors     int
	firstErr      error
	p50, p99, max time.Duration
	rps           float64
}

// runLoad makes n requests (URLs from next) from the given number of
// concurrent clients, stopping early at the time limit.
func runLoad(tb testing.TB, next func(i int) string, n, clients int, limit time.Duration) loadResult {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	defer client.CloseIdleConnections()
	var (
		idx      atomic.Int64
		mu       sync.Mutex
		lat      []time.Duration
		errs     int
		firstErr error
		wg       sync.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := int(idx.Add(1)) - 1
				if i >= n || ctx.Err() != nil {
					return
				}
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, next(i), nil)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("status %s", resp.Status)
					}
				}
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					errs++
					if firstErr == nil {
						firstErr = err
					}
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	r := loadResult{n: len(lat) + errs, errors: errs, firstErr: firstErr}
	if len(lat) > 0 {
		r.p50 = percentile(lat, 0.50)
		r.p99 = percentile(lat, 0.99)
		r.max = lat[len(lat)-1]
		r.rps = float64(len(lat)) / elapsed.Seconds()
	}
	return r
}

// percentile returns the p-quantile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

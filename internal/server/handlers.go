package server

import (
	"bytes"
	"cmp"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/render"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Options configure the handlers.
type Options struct {
	// Token, when set, is the bearer token POST /api/articles requires.
	// [Serve] refuses to listen beyond loopback without one.
	Token string
	// Logger receives one structured line per request; nil discards.
	Logger *slog.Logger
	// MaxBodyBytes caps a request body; 0 means 32 MiB.
	MaxBodyBytes int64
	// CacheEntries is the number of timelines kept; 0 means 256, a
	// negative value turns the cache off.
	CacheEntries int
	// CacheTTL is how long a cached timeline is served; 0 means 5 minutes.
	// Articles added through the API clear the cache at once; articles
	// written to a store by another process show up within CacheTTL.
	CacheTTL time.Duration
	// RequestTimeout bounds the work of one API request; 0 means 60 s.
	RequestTimeout time.Duration
	// MaxBuilds is the number of timelines built at once; 0 means 4.
	// Further builds wait, so that a burst of distinct queries does not
	// hold every corpus in memory at the same time.
	MaxBuilds int
}

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 32 << 20
	}
	if o.CacheEntries == 0 {
		o.CacheEntries = 256
	}
	if o.CacheTTL <= 0 {
		o.CacheTTL = 5 * time.Minute
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 60 * time.Second
	}
	if o.MaxBuilds <= 0 {
		o.MaxBuilds = 4
	}
	return o
}

// handlers holds what the routes share.
type handlers struct {
	b      Backend
	opts   Options
	cache  *cache[*timeline.Timeline]
	builds chan struct{}
}

// Install puts dateline's routes on mux:
//
//	GET  /api/timeline   the timeline for q, entity, from, to, dates, sentences, method, format
//	GET  /api/search     articles matching q in [from, to]
//	GET  /api/quotes     quotes by speaker, said in [from, to], up to limit
//	GET  /api/articles/{id}
//	POST /api/articles   add articles (JSON object, array or JSON Lines)
//	GET  /api/stats
//	GET  /healthz
//	GET  /               the web page and its assets
func Install(mux *http.ServeMux, b Backend, opts Options) {
	opts = opts.withDefaults()
	h := &handlers{b: b, opts: opts, cache: newCache[*timeline.Timeline](opts.CacheEntries, opts.CacheTTL),
		builds: make(chan struct{}, opts.MaxBuilds)}
	api := func(pattern string, fn func(http.ResponseWriter, *http.Request) error) {
		mux.Handle(pattern, h.wrap(pattern, fn))
	}
	api("GET /api/timeline", h.timeline)
	api("GET /api/search", h.search)
	api("GET /api/quotes", h.quotes)
	api("GET /api/articles/{id...}", h.article)
	api("POST /api/articles", h.addArticles)
	api("GET /api/stats", h.stats)
	api("GET /healthz", h.healthz)
	api("/api/", h.notFound)
	web := webHandler()
	page := func(w http.ResponseWriter, r *http.Request) error {
		web.ServeHTTP(w, r)
		return nil
	}
	api("GET /{$}", page)
	api("GET /static/", page)
	api("/", func(w http.ResponseWriter, r *http.Request) error {
		return Errorf(KindNotFound, "no page %s", r.URL.Path)
	})
}

// Handler returns a new mux with the routes of [Install].
func Handler(b Backend, opts Options) http.Handler {
	mux := http.NewServeMux()
	Install(mux, b, opts)
	return mux
}

// statusWriter records the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// wrap adds what every route needs: security headers, a time limit,
// panic recovery, error responses and a log line.
func (h *handlers) wrap(route string, fn func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		w := &statusWriter{ResponseWriter: rw}
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		ctx, cancel := context.WithTimeout(r.Context(), h.opts.RequestTimeout)
		defer cancel()
		r = r.WithContext(ctx)
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					if p == http.ErrAbortHandler {
						panic(p)
					}
					err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
				}
			}()
			err = fn(w, r)
		}()
		if err != nil {
			h.writeError(w, r, err)
		}
		level := slog.LevelInfo
		if w.status >= 500 {
			level = slog.LevelError
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("route", route),
			slog.Int("status", w.status), slog.Int64("bytes", w.n),
			slog.Duration("duration", time.Since(start)), slog.String("remote", r.RemoteAddr),
		}
		if c := w.Header().Get("X-Dateline-Cache"); c != "" {
			attrs = append(attrs, slog.String("cache", c))
		}
		if err != nil {
			attrs = append(attrs, slog.String("error", err.Error()))
		}
		h.opts.Logger.LogAttrs(context.Background(), level, "request", attrs...)
	})
}

// contentSecurityPolicy allows the page its own scripts, styles and API
// calls and nothing else: no inline script, no other origin.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// statusOf maps an error to its HTTP status; it is the one place where
// error kinds meet HTTP.
func statusOf(err error) int {
	var e *Error
	if errors.As(err, &e) {
		switch e.Kind {
		case KindInvalid:
			return http.StatusBadRequest
		case KindNotFound:
			return http.StatusNotFound
		case KindUnauthorized:
			return http.StatusUnauthorized
		case KindTooLarge:
			return http.StatusRequestEntityTooLarge
		case KindUnsupportedMedia:
			return http.StatusUnsupportedMediaType
		case KindMethodNotAllowed:
			return http.StatusMethodNotAllowed
		case KindUnavailable:
			return http.StatusServiceUnavailable
		case KindTimeout:
			return http.StatusGatewayTimeout
		}
		return http.StatusInternalServerError
	}
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, context.Canceled):
		return 499 // the client went away; nobody reads this
	}
	return http.StatusInternalServerError
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error  string     `json:"error"`
	Errors []AddError `json:"errors,omitempty"`
}

// addErrors carries per-article errors into an error response.
type addErrors struct {
	err  *Error
	list []AddError
}

func (e addErrors) Error() string { return e.err.Error() }
func (e addErrors) Unwrap() error { return e.err }

func (h *handlers) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	body := errorBody{Error: http.StatusText(status)}
	var e *Error
	switch {
	case errors.As(err, &e):
		body.Error = e.Msg
	case status == http.StatusGatewayTimeout:
		body.Error = "the request took too long"
	case status == http.StatusRequestEntityTooLarge:
		body.Error = "body is too large"
	}
	var ae addErrors
	if errors.As(err, &ae) {
		body.Errors = ae.list
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dateline"`)
	}
	if status == 499 {
		return
	}
	writeJSON(w, status, body)
}

// writeJSON writes v as indented JSON.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func (h *handlers) timeline(w http.ResponseWriter, r *http.Request) error {
	req, format, download, err := timelineParams(r.URL.Query())
	if err != nil {
		return err
	}
	ctx := r.Context()
	tl, hit, err := h.cache.get(ctx, req.Key(), func() (*timeline.Timeline, error) {
		// The build is shared by every request waiting for this key, so
		// it does not end when the first of them goes away.
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.opts.RequestTimeout)
		defer cancel()
		select {
		case h.builds <- struct{}{}:
		case <-bctx.Done():
			return nil, Errorf(KindUnavailable, "server busy: too many timelines being built")
		}
		defer func() { <-h.builds }()
		return h.b.Timeline(bctx, req)
	})
	if err != nil {
		return err
	}
	if tl.Query != req.Query {
		// A cached timeline built for the same query written otherwise.
		cp := *tl
		cp.Query = req.Query
		tl = &cp
	}
	state := "miss"
	if hit {
		state = "hit"
	}
	w.Header().Set("X-Dateline-Cache", state)
	var buf bytes.Buffer
	if err := render.Write(&buf, tl, format); err != nil {
		return err
	}
	ct, ext := formatInfo(format)
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-store")
	if download {
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(req.Query, ext)))
	}
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	_, err = w.Write(buf.Bytes())
	return err
}

func (h *handlers) search(w http.ResponseWriter, r *http.Request) error {
	req, err := searchParams(r.URL.Query())
	if err != nil {
		return err
	}
	res, err := h.b.Search(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

func (h *handlers) quotes(w http.ResponseWriter, r *http.Request) error {
	req, err := quotesParams(r.URL.Query())
	if err != nil {
		return err
	}
	res, err := h.b.Quotes(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

func (h *handlers) article(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.Query()).err; err != nil {
		return err
	}
	id := r.PathValue("id")
	if id == "" {
		return Errorf(KindInvalid, "no article id")
	}
	a, err := h.b.Article(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a)
}

func (h *handlers) stats(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.Query()).err; err != nil {
		return err
	}
	st, err := h.b.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, st)
}

// health is the body of GET /healthz.
type health struct {
	Status string `json:"status"`
	// CacheHits and CacheMisses count timeline requests served from the
	// response cache (or a build in flight) and built.
	CacheHits   uint64 `json:"cache_hits"`
	CacheMisses uint64 `json:"cache_misses"`
}

func (h *handlers) healthz(w http.ResponseWriter, r *http.Request) error {
	hits, misses := h.cache.counts()
	return writeJSON(w, http.StatusOK, health{Status: "ok", CacheHits: hits, CacheMisses: misses})
}

// apiRoutes lists the methods of each fixed API path, for 405 answers.
var apiRoutes = map[string]string{
	"/api/timeline": "GET, HEAD",
	"/api/search":   "GET, HEAD",
	"/api/articles": "POST",
	"/api/stats":    "GET, HEAD",
}

func (h *handlers) notFound(w http.ResponseWriter, r *http.Request) error {
	allow, ok := apiRoutes[r.URL.Path]
	if !ok && strings.HasPrefix(r.URL.Path, "/api/articles/") {
		allow, ok = "GET, HEAD", true
	}
	if ok {
		w.Header().Set("Allow", allow)
		return Errorf(KindMethodNotAllowed, "%s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, allow)
	}
	return Errorf(KindNotFound, "no API route %s %s", r.Method, r.URL.Path)
}

// authorize checks the bearer token when one is configured.
func (h *handlers) authorize(r *http.Request) error {
	if h.opts.Token == "" {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(h.opts.Token)) != 1 {
		return Errorf(KindUnauthorized, "a valid bearer token is required to add articles")
	}
	return nil
}

func (h *handlers) addArticles(w http.ResponseWriter, r *http.Request) error {
	if err := h.authorize(r); err != nil {
		return err
	}
	if err := newParams(r.URL.Query()).err; err != nil {
		return err
	}
	if err := checkContentType(r); err != nil {
		return err
	}
	body := http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes)
	arts, index, badRecs, err := decodeArticles(body)
	if err != nil {
		return err
	}
	res := &AddResult{}
	if len(arts) > 0 {
		res, err = h.b.Add(r.Context(), arts)
		if err != nil {
			return err
		}
		// The backend indexes errors by position in arts; report them by
		// position in the request.
		for i := range res.Errors {
			if j := res.Errors[i].Index; j >= 0 && j < len(index) {
				res.Errors[i].Index = index[j]
			}
		}
	}
	res.Errors = append(badRecs, res.Errors...)
	slices.SortStableFunc(res.Errors, func(a, b AddError) int { return cmp.Compare(a.Index, b.Index) })
	if res.Added > 0 {
		h.cache.clear()
	}
	if res.Added+res.Unchanged == 0 && len(res.Errors) > 0 {
		first := res.Errors[0]
		return addErrors{Errorf(KindInvalid, "no article added: article %d: %s", first.Index, first.Error), res.Errors}
	}
	status := http.StatusOK
	if res.Added > 0 {
		status = http.StatusCreated
	}
	return writeJSON(w, status, res)
}

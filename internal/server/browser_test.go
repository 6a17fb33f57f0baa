package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/news"
)

// chromiumPath finds a Chromium or Chrome binary: $DATELINE_CHROMIUM, else
// the usual names on PATH.
func chromiumPath() string {
	if p := os.Getenv("DATELINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where the browser test leaves its screenshots and
// downloads: $DATELINE_TEST_ARTIFACTS/<test> when set, else a temporary
// folder.
func artifactDir(t *testing.T) string {
	d := os.Getenv("DATELINE_TEST_ARTIFACTS")
	if d == "" {
		return t.TempDir()
	}
	d = filepath.Join(d, strings.ReplaceAll(t.Name(), "/", "_"))
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

// Script payloads: each one, if it ever ran, would set window.__xss and
// open a dialog.
const (
	payloadSource = `<img src=x onerror="window.__xss=1;alert(1)">`
	payloadTitle  = `<script>window.__xss=2;alert(2)</script>`
)

// payloadArticles are articles on their own topic ("quokka parade") whose
// every field a page shows carries markup or script.
func payloadArticles() []*news.Article {
	day := func(d int) time.Time { return time.Date(2025, time.April, d, 9, 0, 0, 0, time.UTC) }
	return []*news.Article{
		{ID: "quokka-1", Source: payloadSource, Title: payloadTitle, URL: `javascript:window.__xss=3;alert(3)`, Published: day(1),
			Text: `The quokka parade "><img src=x onerror="window.__xss=4;alert(4)"> will be held on 3 April 2025 in Harrow Bay. ` +
				`Organisers of the quokka parade said <script>window.__xss=5;alert(5)</script> that tickets sold out on 31 March 2025.`},
		{ID: `quokka-"><svg onload="window.__xss=6;alert(6)">`, Source: payloadSource, Title: `"><img src=x onerror="window.__xss=7;alert(7)">`, Published: day(3),
			Text: `The quokka parade took place on Thursday, 3 April 2025, with <b onmouseover="window.__xss=8">thousands</b> of visitors. ` +
				`"The quokka parade was <i>our best</i> yet," said organiser Dena Roth.`},
		{ID: "quokka-3", Source: `Harrow <Bay> & "News"`, Title: `Quokka parade <style>body{display:none}</style> review`, Published: day(5),
			Text: `Two days after the quokka parade on 3 April 2025, the <marquee>council</marquee> counted the costs. ` +
				`The quokka parade will return on 2 April 2026, the council said.`},
	}
}

// TestBrowser drives a headless Chromium through the page: a query, the
// timeline with its dates, sources and chart, the article reader, an
// export, and script payloads in article fields that must stay text.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromiumPath()
	if bin == "" {
		t.Skip("no Chromium binary found (install Debian's chromium, or set DATELINE_CHROMIUM); skipping the browser test")
	}
	out := artifactDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	// The server: the demo corpus plus the payload articles, in memory.
	arts, err := demo.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	arts = append(arts, payloadArticles()...)
	if err := sharedAnnotator().All(ctx, arts, 0); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	sctx, stop := context.WithCancel(ctx)
	ln, err := Listen(sctx, ServeConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() {
		served <- Serve(sctx, ln, Handler(NewMemory(arts, sharedAnnotator()), Options{Logger: log}), ServeConfig{Logger: log})
	}()
	defer func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	}()
	base := "http://" + ln.Addr().String()

	// The browser.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// Record dialogs (and dismiss them, so that the page goes on) and
	// uncaught exceptions.
	var (
		mu         sync.Mutex
		dialogs    []string
		exceptions []string
	)
	err = chromedp.Listen(bctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			mu.Lock()
			dialogs = append(dialogs, string(ev.Type)+": "+ev.Message)
			mu.Unlock()
			go chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		case *runtime.EventExceptionThrown:
			mu.Lock()
			d := ev.ExceptionDetails
			msg := fmt.Sprintf("%s:%d:%d: %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, d.Text)
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			exceptions = append(exceptions, msg)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		actx, acancel := context.WithTimeout(bctx, 30*time.Second)
		defer acancel()
		if err := chromedp.Do(actx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string) bool {
		t.Helper()
		actx, acancel := context.WithTimeout(bctx, 10*time.Second)
		defer acancel()
		ok, err := chromedp.Run(actx, chromedp.Evaluate[bool](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return ok
	}
	evalString := func(expr string) string {
		t.Helper()
		actx, acancel := context.WithTimeout(bctx, 10*time.Second)
		defer acancel()
		s, err := chromedp.Run(actx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return s
	}
	screenshot := func(name string, full bool) {
		t.Helper()
		actx, acancel := context.WithTimeout(bctx, 30*time.Second)
		defer acancel()
		shot := chromedp.CaptureScreenshot()
		if full {
			shot = chromedp.FullScreenshot(100)
		}
		png, err := chromedp.Run(actx, shot)
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		p := filepath.Join(out, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}

	// 1. Type a query and wait for the timeline.
	run("search",
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#q")),
		chromedp.SendKeys(chromedp.CSS("#q"), demo.Query),
		chromedp.Click(chromedp.CSS("#go")),
		chromedp.WaitVisible(chromedp.CSS("#timeline .entry")),
		chromedp.WaitEnabled(chromedp.CSS("#go")),
	)
	if q := evalString(`new URLSearchParams(location.search).get('q')`); q != demo.Query {
		t.Errorf("query in the URL after search = %q, want %q", q, demo.Query)
	}
	dates := strings.Fields(evalString(`[...document.querySelectorAll('#timeline .entry')].map(e => e.dataset.date).join(' ')`))
	if len(dates) < 5 {
		t.Fatalf("%d dates shown, want at least 5: %v", len(dates), dates)
	}
	var key int
	for _, e := range demo.KeyEvents() {
		if strings.Contains(" "+strings.Join(dates, " ")+" ", " "+e.Date.String()+" ") {
			key++
		}
	}
	if key < 3 {
		t.Errorf("only %d of the story's key dates shown: %v", key, dates)
	}
	shown := evalString(`document.getElementById('timeline').innerText`)
	if !regexp.MustCompile(`\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d`).MatchString(shown) {
		t.Errorf("no readable date in the timeline text:\n%.400s", shown)
	}
	checks := []struct{ what, expr string }{
		{"every entry has sentences with a source link",
			`[...document.querySelectorAll('#timeline .entry')].every(e => e.querySelectorAll('.item').length > 0 &&
				[...e.querySelectorAll('.item')].every(i => { const a = i.querySelector('a.source');
					return a && a.textContent.trim() !== '' && /^(https?:\/\/|\/api\/articles\/)/.test(a.getAttribute('href')) }))`},
		{"a folded duplicate shows its sources badge", `[...document.querySelectorAll('.badge-sources')].some(b => /^\d+ sources/.test(b.textContent))`},
		{"a quote shows its speaker", `[...document.querySelectorAll('.is-quote cite')].some(c => c.textContent.trim() !== '')`},
		{"the chart marks every chosen date", `document.querySelectorAll('#chart .marker').length === document.querySelectorAll('#timeline .entry').length`},
		{"the chart draws publications and mentions", `document.querySelectorAll('#chart .bars rect').length > 0 && document.querySelector('#chart path.mentions').getAttribute('d').length > 10`},
		{"export links carry the query", `[...document.querySelectorAll('a.export')].every(a => a.getAttribute('href').includes('q=Lowen+Dam') && a.getAttribute('href').includes('format='))`},
		{"the corpus line is filled", `/\d+ articles/.test(document.getElementById('corpus').textContent)`},
	}
	for _, c := range checks {
		if !eval(c.expr) {
			t.Errorf("%s: false", c.what)
		}
	}
	screenshot("timeline-top.png", false)
	screenshot("timeline.png", true)

	// 2. The article reader highlights the cited sentence.
	run("reader",
		chromedp.Click(chromedp.CSS("#timeline .item button.read")),
		chromedp.WaitVisible(chromedp.CSS("#reader-body mark")),
	)
	if !eval(`document.querySelector('#reader-body mark').textContent === document.querySelector('#timeline .item .item-text').firstChild.textContent`) {
		t.Error("the reader does not highlight the cited sentence")
	}
	run("close reader", chromedp.Click(chromedp.CSS("#reader-close")), chromedp.WaitNotVisible(chromedp.CSS("#reader")))

	// 3. Export Markdown through the browser's download.
	dl := t.TempDir()
	if _, err := chromedp.CallBrowser(bctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dl, EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("download behaviour: %v", err)
	}
	dctx, dcancel := context.WithTimeout(bctx, 30*time.Second)
	events := chromedp.BrowserEvents(dctx, browser.DownloadProgress)
	run("export", chromedp.Click(chromedp.CSS("#export-md")))
	var file string
	for ev, err := range events {
		if err != nil {
			t.Fatalf("waiting for the download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			file = ev.FilePath
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("download canceled")
		}
	}
	dcancel()
	if file == "" {
		file = filepath.Join(dl, "timeline-lowen-dam.md")
	}
	md, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("exported file: %v", err)
	}
	if !strings.HasPrefix(string(md), "# ") || !strings.Contains(string(md), "Lowen") || filepath.Base(file) != "timeline-lowen-dam.md" {
		t.Errorf("export %s:\n%.300s", file, md)
	}
	os.WriteFile(filepath.Join(out, "export.md"), md, 0o644)

	// 4. Script in article fields and in the query stays text.
	run("payload timeline",
		chromedp.Navigate(base+"/?q=quokka+parade&sentences=2"),
		chromedp.WaitVisible(chromedp.CSS("#timeline .entry")),
		chromedp.WaitVisible(chromedp.CSS("#chart svg")),
	)
	run("payload reader",
		chromedp.Click(chromedp.CSS("#timeline .item button.read")),
		chromedp.WaitVisible(chromedp.CSS("#reader-meta")),
		chromedp.Poll[chromedp.Void](`document.getElementById('reader-meta').textContent.includes('·')`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	inert := []struct{ what, expr string }{
		{"no payload ran", `typeof window.__xss === 'undefined'`},
		{"no injected element", `document.querySelectorAll('img, iframe, object, embed, marquee, b, i, style, #timeline svg, #reader svg').length === 0`},
		{"only the page's own script", `document.scripts.length === 1 && document.scripts[0].getAttribute('src') === '/static/app.js'`},
		{"no event handler attribute", `[...document.querySelectorAll('*')].every(e => ![...e.attributes].some(a => a.name.startsWith('on')))`},
		{"no script URL in a link", `[...document.querySelectorAll('a[href]')].every(a => /^(https?:\/\/|\/)/.test(a.getAttribute('href')))`},
		{"the source payload is shown as text", `document.getElementById('timeline').textContent.includes(` + jsString(payloadSource) + `)`},
		{"the title payload is shown as text", `document.getElementById('timeline').textContent.includes('<script>') || document.getElementById('timeline').textContent.includes('"><img')`},
		{"the reader shows the title as text", `document.getElementById('reader-title').textContent.includes('<')`},
		{"the page is still visible", `getComputedStyle(document.body).display !== 'none'`},
	}
	for _, c := range inert {
		if !eval(c.expr) {
			t.Errorf("payloads: %s: false", c.what)
		}
	}
	screenshot("payloads.png", false)
	run("close reader", chromedp.Click(chromedp.CSS("#reader-close")))

	// A query carrying markup is echoed as text in the error or title.
	run("payload query",
		chromedp.Navigate(base+"/?q="+url.QueryEscape(`<img src=x onerror="window.__xss=9;alert(9)">`)),
		chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent !== 'Building the timeline…' && !document.body.classList.contains('busy')`, chromedp.WithPollingTimeout(20*time.Second)),
	)
	if !eval(`typeof window.__xss === 'undefined' && document.querySelectorAll('img').length === 0`) {
		t.Error("a query with markup was parsed as HTML")
	}

	// 5. A bad parameter shows the API's error message.
	run("bad parameter",
		chromedp.Navigate(base+"/?q=dam&dates=notanumber"),
		chromedp.WaitVisible(chromedp.CSS("#status.error")),
	)
	if msg := evalString(`document.getElementById('status').textContent`); !strings.Contains(msg, "dates") {
		t.Errorf("error shown = %q, want the API's message about dates", msg)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if len(exceptions) > 0 {
		t.Errorf("uncaught exceptions in the page: %q", exceptions)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string { return fmt.Sprintf("%q", s) }

//go:build browser

// The built-in UI in a real headless Chromium (Debian's chromium package,
// which .ci/run installs): go test -tags browser -run Browser ./internal/serve
//
// Without a browser this test fails; it does not skip. It is behind the
// build tag so that go test ./... needs nothing but the repository.
// LEDE_CHROMIUM names the browser (default: chromium on $PATH);
// LEDE_UI_SCREENSHOT is where the screenshot of an extracted article is
// kept (default: the test's temporary directory).

package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const browserToken = "ui-test-token"

// beacon is a server that records every request: a hostile page's scripts,
// images, frames and refreshes all point at it.
type beacon struct {
	mu   sync.Mutex
	hits []string
	srv  *httptest.Server
}

func newBeacon(t *testing.T) *beacon {
	b := &beacon{}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.hits = append(b.hits, r.Method+" "+r.URL.String())
		b.mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<script>window.top.pwned = "beacon"</script>`)
	}))
	t.Cleanup(b.srv.Close)
	return b
}

func (b *beacon) Hits() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.hits...)
}

// hostilePage is a news page whose every trick would reach the beacon, set
// the UI's title or window.parent.pwned if it ran anywhere.
func hostilePage(beaconURL string) string {
	r := strings.NewReplacer("BEACON", beaconURL)
	para := `<p>The council voted on Tuesday to close the old bridge for a year of repairs, after engineers found
cracks in two of its piers. Drivers will be sent over the ring road, and a ferry will carry cyclists.</p>`
	return r.Replace(`<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=BEACON/refresh">
<title>Hostile</title>
<script>document.title = "PWNED"; window.parent.pwned = "head"; fetch("BEACON/fetch-head");</script>
<style>body { background: url(BEACON/style-bg) } h1::after { content: "PWNED" }</style>
<link rel="stylesheet" href="BEACON/link-css">
<base href="BEACON/base/">
</head><body onload="document.title='PWNED';window.parent.pwned='onload';new Image().src='BEACON/onload'">
<article>
<h1 onclick="window.parent.pwned='h1'">Council closes the old bridge for repairs</h1>
<img src="x" onerror="document.title='PWNED';window.parent.pwned='onerror';fetch('BEACON/onerror')">
<img src="BEACON/pixel.gif" alt="">
` + strings.Repeat(para, 3) + `
<script>window.parent.pwned = "body"; document.title = "PWNED"; fetch("BEACON/fetch-body");</script>
<p>Read <a href="javascript:window.parent.pwned='link';fetch('BEACON/js-link')">the engineers' report</a>
and <a href="BEACON/plain-link" onmouseover="window.parent.pwned='hover'">the council's statement</a>.</p>
<iframe src="BEACON/iframe" onload="window.parent.pwned='iframe'"></iframe>
<svg onload="window.parent.pwned='svg';fetch('BEACON/svg')"><circle r="4"/></svg>
<object data="BEACON/object"></object><embed src="BEACON/embed">
<form action="BEACON/form"><input autofocus onfocus="window.parent.pwned='focus'"></form>
` + strings.Repeat(para, 2) + `
</article></body></html>`)
}

// browser starts headless Chromium for one test and returns its tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("LEDE_CHROMIUM")
	if exe == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				exe = p
				break
			}
		}
	}
	if exe == "" {
		t.Fatal("no Chromium: install it (apt-get install -y chromium, as .ci/run does) or set LEDE_CHROMIUM")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.WindowSize(1280, 1000),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to run as root with its OS sandbox. This is the
		// process sandbox only; the iframe's sandbox attribute and the CSP
		// under test are enforced by the renderer all the same.
		opts = append(opts, chromedp.NoSandbox)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// eval evaluates a JavaScript expression in the UI's page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// setValue sets the value of the form field with the id, as pasting does.
func setValue(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	v, _ := json.Marshal(value)
	eval[string](t, ctx, `document.getElementById("`+id+`").value = `+string(v)+`; ""`)
}

// submit pastes source (and the page's address) into the UI, submits it and
// waits for the outcome shown in the status line.
func submit(t *testing.T, ctx context.Context, source, pageURL string) string {
	t.Helper()
	eval[string](t, ctx, `document.getElementById("status").textContent = ""`)
	setValue(t, ctx, "source", source)
	setValue(t, ctx, "page-url", pageURL)
	setValue(t, ctx, "token", browserToken)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#submit"))); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		status := eval[string](t, ctx, `document.getElementById("status").textContent`)
		if status != "" && status != "Extracting…" {
			return status
		}
		if time.Now().After(deadline) {
			t.Fatal("the UI showed no outcome within 20 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// readerText waits until the reader view's document has an <h1> holding
// want and, when raw, a <script> element (the unsanitised page), and
// returns its title and <h1>. Chromium runs the sandboxed iframe (an opaque
// origin) in its own process, as a target of its own, so the test attaches
// to that target rather than reading the iframe from the page.
func readerText(t *testing.T, ctx context.Context, want string, raw bool) (title, h1 string) {
	t.Helper()
	type frameText struct {
		Title, H1 string
		Scripts   int
	}
	const expr = `({Title: document.title, H1: (document.querySelector("h1") || {}).textContent || "",
		Scripts: document.querySelectorAll("script").length})`
	var last []frameText
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		last = last[:0]
		for _, info := range infos {
			if info.Type != "iframe" {
				continue
			}
			fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel())
			ft, err := chromedp.Run(fctx, chromedp.Evaluate[frameText](expr))
			cancel()
			if err != nil {
				continue // the frame went away while its srcdoc changed
			}
			last = append(last, ft)
			if strings.Contains(ft.H1, want) && (ft.Scripts > 0) == raw {
				return ft.Title, ft.H1
			}
		}
	}
	t.Fatalf("the reader view did not show %q (raw %v) within 10 s; frames seen: %+v", want, raw, last)
	return "", ""
}

// checkUnharmed checks that nothing from a hostile page ran or loaded:
// the UI's title and window are as they were, the JSON pane holds only
// text, and the beacon saw no request.
func checkUnharmed(t *testing.T, ctx context.Context, b *beacon) {
	t.Helper()
	time.Sleep(1500 * time.Millisecond) // time for timers, refreshes and late loads
	if title := eval[string](t, ctx, `document.title`); title != "lede" {
		t.Errorf("the UI's title is %q, want lede", title)
	}
	if pwned := eval[string](t, ctx, `String(window.pwned)`); pwned != "undefined" {
		t.Errorf("window.pwned = %q: a script of the page ran", pwned)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#json *").length`); n != 0 {
		t.Errorf("the JSON pane holds %d elements, want text only", n)
	}
	if u := eval[string](t, ctx, `location.href`); !strings.HasSuffix(u, "/") {
		t.Errorf("the UI navigated to %s", u)
	}
	if hits := b.Hits(); len(hits) > 0 {
		t.Errorf("the beacon was reached: %q", hits)
	}
}

func TestBrowserUI(t *testing.T) {
	b := newBeacon(t)
	ui := httptest.NewServer(New(Config{Token: browserToken}))
	t.Cleanup(ui.Close)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ui.URL+"/")); err != nil {
		t.Fatal(err)
	}

	t.Run("HostilePage", func(t *testing.T) {
		status := submit(t, ctx, hostilePage(b.srv.URL), "https://example.com/news/bridge")
		if !strings.HasPrefix(status, "Extracted: Council closes the old bridge") {
			t.Fatalf("status %q, want the article extracted", status)
		}
		title, h1 := readerText(t, ctx, "Council closes the old bridge", false)
		if title == "PWNED" || strings.Contains(h1, "PWNED") || !strings.Contains(h1, "Council closes the old bridge") {
			t.Errorf("reader view: title %q, h1 %q", title, h1)
		}
		srcdoc := eval[string](t, ctx, `document.getElementById("reader").srcdoc`)
		for _, bad := range []string{"<script", "onerror", "onload", "onclick", "onmouseover", "javascript:", "<iframe", "<svg", "<object", "<embed", "<form", "refresh", "<base", b.srv.URL + "/pixel"} {
			if strings.Contains(srcdoc, bad) {
				t.Errorf("the reader view's document contains %q", bad)
			}
		}
		checkUnharmed(t, ctx, b)
	})

	// Defence in depth: were the sanitiser ever to let the hostile page
	// through whole, the sandboxed iframe and the CSP must still stop it.
	t.Run("UnsanitisedInSandbox", func(t *testing.T) {
		raw, _ := json.Marshal(hostilePage(b.srv.URL))
		eval[string](t, ctx, `document.getElementById("reader").srcdoc = `+string(raw)+`; "ok"`)
		if title, _ := readerText(t, ctx, "Council closes the old bridge", true); title != "Hostile" {
			t.Errorf("the raw page's title is %q: a script of it ran", title)
		}
		checkUnharmed(t, ctx, b)
	})

	t.Run("NewsPage", func(t *testing.T) {
		status := submit(t, ctx, string(enNews(t)), "https://example.com/news/1")
		jsonText := eval[string](t, ctx, `document.getElementById("json").textContent`)
		var art struct {
			Headline string `json:"headline"`
		}
		if err := json.Unmarshal([]byte(jsonText), &art); err != nil || art.Headline == "" {
			t.Fatalf("JSON pane %.200q: %v (status %q)", jsonText, err, status)
		}
		if status != "Extracted: "+art.Headline {
			t.Errorf("status %q, want the headline %q", status, art.Headline)
		}
		title, h1 := readerText(t, ctx, art.Headline, false)
		if strings.TrimSpace(h1) != art.Headline || title != art.Headline {
			t.Errorf("reader view: title %q, h1 %q; want %q", title, h1, art.Headline)
		}
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		path := os.Getenv("LEDE_UI_SCREENSHOT")
		if path == "" {
			path = filepath.Join(t.TempDir(), "ui.png")
		}
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot of the UI with %q: %s (%d bytes)", art.Headline, path, len(shot))
		checkUnharmed(t, ctx, newBeacon(t))
	})

	// A URL is sent as {"url"}; this server does not fetch, and the UI
	// shows the API's error and empties the reader view.
	t.Run("URLWithoutFetching", func(t *testing.T) {
		status := submit(t, ctx, "https://example.com/news/1", "")
		if !strings.Contains(status, "501") || !strings.Contains(status, codeFetchDisabled) {
			t.Errorf("status %q, want 501 %s", status, codeFetchDisabled)
		}
		if cls := eval[string](t, ctx, `document.getElementById("status").className`); cls != "error" {
			t.Errorf("status class %q, want error", cls)
		}
		if doc := eval[string](t, ctx, `document.getElementById("reader").srcdoc`); doc != "" {
			t.Errorf("reader view not emptied: %.80q", doc)
		}
	})

	t.Run("WrongToken", func(t *testing.T) {
		eval[string](t, ctx, `document.getElementById("status").textContent = ""`)
		setValue(t, ctx, "token", "wrong")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#submit"))); err != nil {
			t.Fatal(err)
		}
		var status string
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			status = eval[string](t, ctx, `document.getElementById("status").textContent`)
			if status != "" && status != "Extracting…" {
				break
			}
		}
		if !strings.Contains(status, "401") || !strings.Contains(status, "unauthorized") {
			t.Errorf("status %q, want 401 unauthorized", status)
		}
	})
}

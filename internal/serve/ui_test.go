package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/render"
)

// The browser test (ui_browser_test.go, -tags browser) checks what the
// page does; these check what the server sends.

func TestUIFilesAndHeaders(t *testing.T) {
	s := New(Config{})
	for _, tc := range []struct{ path, ctype, contains string }{
		{"/", "text/html", `<iframe id="reader" sandbox `},
		{"/ui/app.js", "text/javascript", "reader.srcdoc"},
		{"/ui/app.css", "text/css", "#reader"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, body := do(t, s, http.MethodGet, tc.path, "", "")
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200: %s", res.StatusCode, body)
			}
			h := res.Header
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			if got := h.Get("Content-Security-Policy"); got != uiCSP() {
				t.Errorf("Content-Security-Policy %q, want %q", got, uiCSP())
			}
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v lack nosniff or no-referrer", h)
			}
			if !strings.Contains(body, tc.contains) {
				t.Errorf("body lacks %q", tc.contains)
			}
		})
	}
}

// TestUIHasNoExternalResources checks that the page loads nothing but its
// own files, and the script never writes markup.
func TestUIHasNoExternalResources(t *testing.T) {
	s := New(Config{})
	_, page := do(t, s, http.MethodGet, "/", "", "")
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(m[1], "/ui/") {
			t.Errorf("page loads %q, not one of its own files", m[1])
		}
	}
	if strings.Contains(page, "<style") || strings.Contains(page, "style=") || strings.Contains(page, "<script>") {
		t.Error("page has inline style or script, which its CSP forbids")
	}
	_, js := do(t, s, http.MethodGet, "/ui/app.js", "", "")
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"} {
		if strings.Contains(js, bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
}

// TestUICSPAllowsReaderStyle checks that the hash in the UI's policy is
// the one of the HTML format's style sheet, as a browser computes it from
// the <style> element's text.
func TestUICSPAllowsReaderStyle(t *testing.T) {
	var buf bytes.Buffer
	if err := render.Write(&buf, fakeArticle(lede.Options{}), render.HTML); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(buf.String())
	if m == nil {
		t.Fatal("no <style> in the HTML format")
	}
	sum := sha256.Sum256([]byte(m[1]))
	want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	if !strings.Contains(uiCSP(), "style-src 'self' "+want) {
		t.Errorf("CSP %q does not allow the reader's style sheet %s", uiCSP(), want)
	}
}

// TestUIPublicWithToken checks that with a token the UI is public and shows
// a token field, while the API still needs the token.
func TestUIPublicWithToken(t *testing.T) {
	for _, token := range []string{"", "s3cret"} {
		s := New(Config{Token: token})
		res, page := do(t, s, http.MethodGet, "/", "", "")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("token %q: GET / status %d", token, res.StatusCode)
		}
		if has := strings.Contains(page, `id="token"`); has != (token != "") {
			t.Errorf("token %q: token field shown %v", token, has)
		}
		if token != "" {
			res, body := do(t, s, http.MethodPost, "/v1/extract", "application/json", `{"html":"<p>x</p>"}`)
			wantError(t, res, body, http.StatusUnauthorized, codeUnauthorized)
		}
	}
}

func TestUIErrors(t *testing.T) {
	s := New(Config{})
	res, body := do(t, s, http.MethodGet, "/nope", "", "")
	wantError(t, res, body, http.StatusNotFound, codeNotFound)
	res, body = do(t, s, http.MethodGet, "/ui/index.html", "", "")
	wantError(t, res, body, http.StatusNotFound, codeNotFound)
	res, body = do(t, s, http.MethodPost, "/", "text/html", "<p>x</p>")
	wantError(t, res, body, http.StatusMethodNotAllowed, codeMethodNotAllowed)
	res, body = do(t, s, http.MethodHead, "/ui/app.css", "", "")
	if res.StatusCode != http.StatusOK || body != "" {
		t.Errorf("HEAD: status %d, body %q", res.StatusCode, body)
	}
}

// TestUIRouteLabels checks that the UI has route labels of its own in the
// metrics, apart from "other" (unknown paths).
func TestUIRouteLabels(t *testing.T) {
	s := New(Config{})
	do(t, s, http.MethodGet, "/", "", "")
	do(t, s, http.MethodGet, "/ui/app.js", "", "")
	do(t, s, http.MethodGet, "/nope", "", "")
	_, body := do(t, s, http.MethodGet, "/metrics", "", "")
	for _, want := range []string{`route="/",status="200"`, `route="/ui/",status="200"`, `route="other",status="404"`} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

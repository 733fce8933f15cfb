package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// newsServer serves robots.txt (disallowing /private/), an article page at
// /a (via a redirect from /old), a 404 and a slow page.
func newsServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/old":
			http.Redirect(w, r, "/a", http.StatusMovedPermanently)
		case "/a", "/b", "/private/c":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<p>page %s</p>", r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestExtractURL(t *testing.T) {
	srv := newsServer(t)
	code, out, errOut := runCmd(t, "", "extract", "--allow-private", "--host-interval", "1ms", srv.URL+"/old")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"url": "`+srv.URL+`/a"`) || !strings.Contains(out, "page /a") {
		t.Errorf("output %s", out)
	}
	for _, tc := range []struct{ path, want string }{
		{"/private/c", "robots_disallowed: fetch: " + srv.URL + "/private/c: disallowed by"},
		{"/missing", "http_status: " + srv.URL + "/missing: HTTP 404"},
	} {
		code, _, errOut = runCmd(t, "", "extract", "--allow-private", "--host-interval", "1ms", srv.URL+tc.path)
		if code != exitFailure || !strings.Contains(errOut, tc.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", tc.path, code, errOut, tc.want)
		}
	}
	// Without --allow-private the loopback server is refused.
	code, _, errOut = runCmd(t, "", "extract", srv.URL+"/a")
	if code != exitFailure || !strings.Contains(errOut, "forbidden_target") {
		t.Errorf("default: exit %d, stderr %q", code, errOut)
	}
}

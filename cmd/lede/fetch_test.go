package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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

func TestBatchURLs(t *testing.T) {
	srv := newsServer(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	urls := []string{srv.URL + "/old", srv.URL + "/private/c", srv.URL + "/missing", "gopher://example.com/", srv.URL + "/b"}
	body := "# news\n\n" + strings.Join(urls, "\n") + "\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "batch", "--workers", "4", "--allow-private", "--host-interval", "1ms", "--urls", list)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(urls) {
		t.Fatalf("%d lines for %d URLs:\n%s", len(lines), len(urls), out)
	}
	want := []struct{ url, error string }{
		{srv.URL + "/a", ""},
		{"", "robots_disallowed: "},
		{"", "http_status: "},
		{"", "forbidden_target: "},
		{srv.URL + "/b", ""},
	}
	for i, line := range lines {
		var rec struct{ Source, URL, Error, Text, Fetched string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Source != urls[i] || !strings.HasPrefix(rec.Error, want[i].error) || (want[i].error == "") != (rec.Error == "") {
			t.Errorf("line %d: source %q error %q, want %q and %q", i, rec.Source, rec.Error, urls[i], want[i].error)
		}
		if want[i].url != "" && (rec.URL != want[i].url || rec.Fetched == "" || rec.Text == "") {
			t.Errorf("line %d: url %q fetched %q text %q, want url %q", i, rec.URL, rec.Fetched, rec.Text, want[i].url)
		}
	}
}

func TestBatchURLListRefusesFileNames(t *testing.T) {
	list := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(list, []byte("https://example.com/a\n/etc/passwd\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "batch", "--urls", list)
	if code != exitFailure || out != "" || !strings.Contains(errOut, `line 2: "/etc/passwd" is not a URL`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestExtractURLCache(t *testing.T) {
	var full, revalidated int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		if r.Header.Get("If-None-Match") == `"1"` {
			revalidated++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full++
		fmt.Fprint(w, "<p>cached page</p>")
	}))
	defer srv.Close()
	cache := t.TempDir()
	var outs []string
	for range 2 {
		code, out, errOut := runCmd(t, "", "extract", "--allow-private", "--ignore-robots", "--cache", cache, srv.URL+"/p")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || !strings.Contains(outs[1], "cached page") {
		t.Errorf("outputs differ:\n%s\n%s", outs[0], outs[1])
	}
	if full != 1 || revalidated != 1 {
		t.Errorf("%d full responses, %d revalidations; want 1 and 1", full, revalidated)
	}
}

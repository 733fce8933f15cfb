package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeWARC writes a plain WARC of HTML responses, one per URI, each page
// naming its URI, with a request record before each.
func writeWARC(t *testing.T, uris ...string) string {
	t.Helper()
	var b strings.Builder
	for _, u := range uris {
		for _, r := range []struct{ typ, block string }{
			{"request", "GET / HTTP/1.1\r\n\r\n"},
			{"response", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>page of " + u + "</p>"},
		} {
			fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n"+
				"Content-Type: application/http\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", r.typ, u, len(r.block), r.block)
		}
	}
	path := filepath.Join(t.TempDir(), "crawl.warc")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBatchWARC(t *testing.T) {
	path := writeWARC(t, "https://www.a.example/x/1", "https://b.example/y/2", "https://sub.a.example/y/3")
	tests := []struct {
		args  []string
		pages []string // the URIs written, in order
	}{
		{nil, []string{"https://www.a.example/x/1", "https://b.example/y/2", "https://sub.a.example/y/3"}},
		{[]string{"--host", "a.example"}, []string{"https://www.a.example/x/1", "https://sub.a.example/y/3"}},
		{[]string{"--host", "b.example,www.a.example"}, []string{"https://www.a.example/x/1", "https://b.example/y/2"}},
		{[]string{"--url-match", "/y/"}, []string{"https://b.example/y/2", "https://sub.a.example/y/3"}},
		{[]string{"--host", "a.example", "--url-match", "/y/"}, []string{"https://sub.a.example/y/3"}},
	}
	for _, tc := range tests {
		args := append([]string{"batch", "--workers", "2"}, tc.args...)
		code, out, errOut := runCmd(t, "", append(args, path)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != len(tc.pages) {
			t.Fatalf("%v: %d lines, want %d:\n%s", tc.args, len(lines), len(tc.pages), out)
		}
		for i, u := range tc.pages {
			for _, want := range []string{`"url":"` + u + `"`, `"fetched":"2024-05-01T08:00:00Z"`, `"source":"` + path + `#`, "page of " + u} {
				if !strings.Contains(lines[i], want) {
					t.Errorf("%v: line %d lacks %s: %s", tc.args, i, want, lines[i])
				}
			}
		}
		skipped := 3 + 3 - len(tc.pages)
		if !strings.Contains(errOut, fmt.Sprintf("%d WARC records skipped", skipped)) {
			t.Errorf("%v: summary %q, want %d skipped", tc.args, errOut, skipped)
		}
	}
	if code, _, errOut := runCmd(t, "", "batch", "--url-match", "(", path); code != exitUsage || !strings.Contains(errOut, "--url-match") {
		t.Errorf("bad regexp: exit %d, %q", code, errOut)
	}
}

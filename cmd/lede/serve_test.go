package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that the server's goroutines and the test
// may use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var servingRE = regexp.MustCompile(`"addr":"(http://[^"]+)"`)

// TestServeCommand runs 'lede serve' on a free port with a token, sends it
// an extraction, then stops it as SIGTERM would.
func TestServeCommand(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte("tok\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut syncBuffer
	a := &app{stdout: &out, stderr: &errOut, extract: fakeExtract}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- a.run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--max-body", "1KiB", "--token-file", tokenFile})
	}()
	var base string
	deadline := time.Now().Add(5 * time.Second)
	for base == "" {
		if m := servingRE.FindStringSubmatch(errOut.String()); m != nil {
			base = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no address logged: %s", errOut.String())
		}
		time.Sleep(5 * time.Millisecond)
	}

	post := func(body string, auth string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/v1/extract?format=text", strings.NewReader(body))
		req.Header.Set("Content-Type", "text/html")
		req.Header.Set("Authorization", auth)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if status, body := post("<p>Hello world</p>", "Bearer tok"); status != 200 || !strings.Contains(body, "Hello world") {
		t.Errorf("extract: %d %q", status, body)
	}
	if status, _ := post("<p>Hello</p>", ""); status != 401 {
		t.Errorf("without the token: %d", status)
	}
	if status, body := post(strings.Repeat("x", 2000), "Bearer tok"); status != 413 {
		t.Errorf("over --max-body: %d %q", status, body)
	}
	stop()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d: %s", code, errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not stop")
	}
	// One JSON access-log line per request.
	var requests int
	for line := range strings.Lines(errOut.String()) {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == "request" {
			requests++
		}
	}
	if requests != 3 {
		t.Errorf("%d access-log records, want 3:\n%s", requests, errOut.String())
	}
}

func TestServeUsageErrors(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty")
	_ = os.WriteFile(empty, []byte(" \n"), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--max-body", "lots"}, "--max-body"},
		{[]string{"serve", "--max-body", "-1"}, "--max-body"},
		{[]string{"serve", "--timeout", "0s"}, "must be positive"},
		{[]string{"serve", "--allow-private"}, "need --allow-fetch"},
		{[]string{"serve", "--token-file", empty}, "one word"},
		{[]string{"serve", "extra"}, "no arguments"},
	} {
		code, _, stderr := runCmd(t, "", tc.args...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q", tc.args, code, stderr)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"16MiB": 16 << 20, "512KiB": 512 << 10, "1GiB": 1 << 30, "10MB": 10e6, "2kb": 2000, "1000": 1000, "7B": 7,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "1.5MiB", "0", "-3", "99999999GiB", "3 parsecs"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

// startServe runs 'lede serve' with args on a free port and returns its
// address and a function that stops it.
func startServe(t *testing.T, args ...string) (string, func()) {
	t.Helper()
	var out, errOut syncBuffer
	a := &app{stdout: &out, stderr: &errOut, extract: fakeExtract}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- a.run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if m := servingRE.FindStringSubmatch(errOut.String()); m != nil {
			return m[1], func() {
				stop()
				select {
				case <-done:
				case <-time.After(5 * time.Second):
					t.Error("serve did not stop")
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no address logged: %s", errOut.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestServeFetch asks the server to fetch a page on loopback: refused as
// forbidden_target by default, fetched with --allow-private.
func TestServeFetch(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<p>Fetched words</p>")
	}))
	defer page.Close()
	ask := func(base string) (int, string) {
		res, err := http.Post(base+"/v1/extract?format=text", "application/json", strings.NewReader(`{"url": "`+page.URL+`/a"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	base, stop := startServe(t, "--allow-fetch")
	if status, body := ask(base); status != http.StatusForbidden || !strings.Contains(body, "forbidden_target") {
		t.Errorf("loopback URL without --allow-private: %d %s", status, body)
	}
	stop()
	base, stop = startServe(t, "--allow-fetch", "--allow-private")
	defer stop()
	if status, body := ask(base); status != 200 || !strings.Contains(body, "Fetched words") {
		t.Errorf("loopback URL with --allow-private: %d %s", status, body)
	}
}

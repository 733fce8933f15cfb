package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

// TestShutdownFinishesInFlight starts a request, begins the shutdown while
// the extraction is running, and checks that the request still gets its
// full response, that new connections are refused, and that Run returns
// cleanly.
func TestShutdownFinishesInFlight(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	s := New(Config{Extract: slowExtract(started, release)})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- Run(ctx, s.NewHTTPServer(addr), ln, 5*time.Second) }()

	type reply struct {
		status int
		body   string
		err    error
	}
	got := make(chan reply, 1)
	go func() {
		res, err := http.Post("http://"+addr+"/v1/extract?url=https://example.com/x", "text/html", strings.NewReader("<p>x</p>"))
		if err != nil {
			got <- reply{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		got <- reply{res.StatusCode, string(b), err}
	}()
	<-started // the request is in flight
	stop()    // SIGTERM
	waitFor(t, "the listener to close", func() bool {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-ran:
		t.Fatalf("Run returned %v with a request in flight", err)
	default:
	}
	close(release)
	r := <-got
	if r.err != nil || r.status != 200 || !strings.Contains(r.body, `"https://example.com/x"`) {
		t.Errorf("in-flight request: status %d, err %v, body %q", r.status, r.err, r.body)
	}
	if err := <-ran; err != nil {
		t.Errorf("Run: %v", err)
	}
}

// TestShutdownDeadline checks that Run gives up on a request that outlasts
// the grace period and reports it.
func TestShutdownDeadline(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	defer close(release)
	s := New(Config{Extract: slowExtract(started, release)})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- Run(ctx, s.NewHTTPServer(""), ln, 50*time.Millisecond) }()
	go http.Post("http://"+ln.Addr().String()+"/v1/extract", "text/html", strings.NewReader("<p>x</p>"))
	<-started
	stop()
	if err := <-ran; err == nil {
		t.Error("Run returned nil with a request still running after the grace period")
	}
}

func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	s := New(Config{Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	do(t, s, "POST", "/v1/extract?format=text", "text/html", "<p>short</p>")
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("log %q: %v", buf.String(), err)
	}
	for key, want := range map[string]any{
		"msg": "request", "method": "POST", "path": "/v1/extract", "status": float64(422), "bytes_in": float64(12),
	} {
		if rec[key] != want {
			t.Errorf("%s = %v, want %v (%s)", key, rec[key], want, buf.String())
		}
	}
	for _, key := range []string{"duration", "bytes_out", "remote"} {
		if _, ok := rec[key]; !ok {
			t.Errorf("no %s in %s", key, buf.String())
		}
	}
}

// TestShutdownUnderLoadLosesNoAcceptedRequest keeps clients sending while
// the shutdown starts: every request that reached the extractor must come
// back to its client as a full 200, and clients see only refused
// connections after that.
func TestShutdownUnderLoadLosesNoAcceptedRequest(t *testing.T) {
	var extracted atomic.Int32
	extract := func(ctx context.Context, data []byte, opts lede.Options) (*lede.Article, error) {
		extracted.Add(1)
		time.Sleep(20 * time.Millisecond)
		return echoExtract(ctx, data, opts)
	}
	s := New(Config{MaxConcurrent: 64, Extract: extract})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/v1/extract"
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- Run(ctx, s.NewHTTPServer(""), ln, 5*time.Second) }()

	var ok, failed atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for i := 0; ; i++ {
				res, err := http.Post(url, "text/html", strings.NewReader("page"))
				if err != nil {
					failed.Add(1)
					return // the server is gone: stop
				}
				b, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != 200 || !strings.Contains(string(b), `"page"`) {
					t.Errorf("status %d, err %v, body %q", res.StatusCode, err, b)
					return
				}
				ok.Add(1)
			}
		})
	}
	waitFor(t, "some load", func() bool { return ok.Load() >= 32 })
	stop()
	wg.Wait()
	if err := <-ran; err != nil {
		t.Errorf("Run: %v", err)
	}
	if ok.Load() != extracted.Load() {
		t.Errorf("%d requests reached the extractor, %d came back whole", extracted.Load(), ok.Load())
	}
	t.Logf("%d requests answered, %d clients stopped by the closed listener", ok.Load(), failed.Load())
}

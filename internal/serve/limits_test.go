package serve

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

func TestShedWhenAllSlotsBusy(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	s := New(Config{MaxConcurrent: 2, MaxWaiting: -1, Extract: slowExtract(started, release)})
	var wg sync.WaitGroup
	statuses := make([]int, 2)
	for i := range 2 {
		wg.Go(func() {
			res, _ := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
			statuses[i] = res.StatusCode
		})
	}
	<-started
	<-started

	start := time.Now()
	res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	took := time.Since(start)
	wantError(t, res, body, 503, "overloaded")
	if res.Header.Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	if res.Header.Get("Connection") != "close" {
		t.Error("a request shed before its body was read keeps its connection")
	}
	if took > 200*time.Millisecond {
		t.Errorf("shedding took %v, want it quick", took)
	}

	close(release)
	wg.Wait()
	if statuses[0] != 200 || statuses[1] != 200 {
		t.Errorf("the requests holding slots got %v", statuses)
	}
	// The slots are free again: the server has recovered.
	if res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>"); res.StatusCode != 200 {
		t.Errorf("after the load: status %d %s", res.StatusCode, body)
	}
}

// TestWaitingLineIsBounded checks the short waiting line: with one slot
// and one place in line, a second request waits and is served, a third is
// shed at once.
func TestWaitingLineIsBounded(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	s := New(Config{MaxConcurrent: 1, MaxWaiting: 1, QueueWait: 10 * time.Second, Extract: slowExtract(started, release)})
	var wg sync.WaitGroup
	statuses := make([]int, 2)
	wg.Go(func() {
		res, _ := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
		statuses[0] = res.StatusCode
	})
	<-started
	wg.Go(func() {
		res, _ := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
		statuses[1] = res.StatusCode
	})
	waitFor(t, "a request in line", func() bool { return s.slots.waiting.Load() == 1 })

	start := time.Now()
	res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	wantError(t, res, body, 503, "overloaded")
	if took := time.Since(start); took > 100*time.Millisecond {
		t.Errorf("shedding past a full line took %v", took)
	}
	close(release)
	wg.Wait()
	if statuses[0] != 200 || statuses[1] != 200 {
		t.Errorf("the running and the waiting request got %v", statuses)
	}
}

func TestConcurrencyNeverExceedsLimit(t *testing.T) {
	var running, peak atomic.Int32
	extract := func(_ context.Context, _ []byte, opts lede.Options) (*lede.Article, error) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		running.Add(-1)
		return fakeArticle(opts), nil
	}
	s := New(Config{MaxConcurrent: 3, QueueWait: 50 * time.Millisecond, Extract: extract})
	var wg sync.WaitGroup
	var ok, shed atomic.Int32
	for range 40 {
		wg.Go(func() {
			res, _ := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
			switch res.StatusCode {
			case 200:
				ok.Add(1)
			case 503:
				shed.Add(1)
			default:
				t.Errorf("status %d", res.StatusCode)
			}
		})
	}
	wg.Wait()
	if peak.Load() > 3 {
		t.Errorf("%d extractions ran at once, limit 3", peak.Load())
	}
	if ok.Load() == 0 || ok.Load()+shed.Load() != 40 {
		t.Errorf("%d ok, %d shed of 40", ok.Load(), shed.Load())
	}
}

func TestBearerToken(t *testing.T) {
	s := New(Config{Token: "s3cret", Extract: func(_ context.Context, _ []byte, o lede.Options) (*lede.Article, error) {
		return fakeArticle(o), nil
	}})
	for _, tc := range []struct {
		name, auth string
		status     int
	}{
		{"none", "", 401},
		{"wrong", "Bearer s3cre", 401},
		{"longer", "Bearer s3cret2", 401},
		{"basic", "Basic czNjcmV0", 401},
		{"empty", "Bearer ", 401},
		{"right", "Bearer s3cret", 200},
		{"scheme case", "bearer s3cret", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>", "Authorization", tc.auth)
			if tc.status == 401 {
				wantError(t, res, body, 401, "unauthorized")
				if !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
					t.Error("401 without WWW-Authenticate: Bearer")
				}
			} else if res.StatusCode != tc.status {
				t.Errorf("status %d, want %d", res.StatusCode, tc.status)
			}
		})
	}
	res, body := do(t, s, "GET", "/metrics", "", "")
	wantError(t, res, body, 401, "unauthorized")
}

func TestHTTPServerTimeouts(t *testing.T) {
	hs := New(Config{}).NewHTTPServer("127.0.0.1:0")
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 || hs.MaxHeaderBytes <= 0 {
		t.Errorf("a timeout is unset: %+v", hs)
	}
}

// TestSlowLorisHeadersCut checks the wiring on a real loopback server: a
// client that sends its headers a byte at a time is disconnected.
func TestSlowLorisHeadersCut(t *testing.T) {
	hs := New(Config{}).NewHTTPServer("")
	hs.ReadHeaderTimeout = 100 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go hs.Serve(ln)
	defer hs.Close()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	_, _ = conn.Write([]byte("POST /v1/extract HTTP/1.1\r\nHost: x\r\n"))
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	// The server either closes at once or answers 408; either way the
	// connection ends well before the client's 5 s.
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestTimeout {
			t.Errorf("status %d", resp.StatusCode)
		}
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("slow headers held the connection for %v", took)
	}
}

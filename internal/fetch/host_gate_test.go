package fetch

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestHostInterval(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		fmt.Fprint(w, "ok")
	})
	o := localOptions()
	o.HostInterval = 100 * time.Millisecond
	o.HostConcurrency = 4
	c := New(o)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if len(starts) != 4 {
		t.Fatalf("%d requests", len(starts))
	}
	if d := starts[3].Sub(starts[0]); d < 280*time.Millisecond {
		t.Errorf("4 requests within %s, want at least 3 intervals of 100ms", d)
	}
}

func TestHostConcurrency(t *testing.T) {
	var now, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
		now.Add(-1)
		fmt.Fprint(w, "ok")
	})
	o := localOptions()
	o.HostConcurrency = 2
	c := New(o)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak of %d requests at once, want 2", p)
	}
}

func TestHostGateCancelled(t *testing.T) {
	g := newHostGates(time.Hour, 1)
	release, err := g.acquire(context.Background(), "h")
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := g.acquire(ctx, "h"); err == nil {
		t.Error("acquired a busy host's only slot")
	}
}

// Waiting for a host's turn does not use up the fetch's timeout: three
// fetches queued 300ms apart all finish although Timeout is 250ms.
func TestHostWaitNotCountedInTimeout(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	o := localOptions()
	o.HostInterval = 300 * time.Millisecond
	o.HostConcurrency = 1
	o.Timeout = 250 * time.Millisecond
	c := New(o)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestHostGatesStaySmall(t *testing.T) {
	g := newHostGates(0, 1)
	busy, err := g.acquire(context.Background(), "busy")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 * maxHostGates {
		release, err := g.acquire(context.Background(), fmt.Sprintf("h%d", i))
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	if n := len(g.hosts); n > maxHostGates {
		t.Errorf("%d host entries, want at most %d", n, maxHostGates)
	}
	if g.hosts["busy"] == nil {
		t.Error("the entry of a host in use was dropped")
	}
	busy()
}

func TestRobotsCacheStaysSmall(t *testing.T) {
	c := newRobotsCache()
	load := func(context.Context) (*robots, time.Duration, error) { return allowAll, time.Hour, nil }
	for i := range 3 * maxRobotsOrigins {
		if _, err := c.get(context.Background(), fmt.Sprintf("https://h%d", i), load); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(c.origins); n > maxRobotsOrigins {
		t.Errorf("%d origins, want at most %d", n, maxRobotsOrigins)
	}
}

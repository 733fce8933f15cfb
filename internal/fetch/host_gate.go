package fetch

import (
	"context"
	"sync"
	"time"
)

// hostGates keeps each host's politeness: at most a number of requests at
// once, and a least interval between the starts of two requests. A host's
// entry is dropped, once there are maxHostGates, when no request uses it
// and its interval has passed, so a long-running client stays small.
type hostGates struct {
	interval time.Duration
	slots    int

	mu    sync.Mutex
	hosts map[string]*hostGate
}

type hostGate struct {
	sem   chan struct{}
	users int // requests holding or waiting for a slot; under hostGates.mu
	mu    sync.Mutex
	next  time.Time // the earliest start of the next request
}

// maxHostGates is the number of hosts above which idle entries are dropped.
const maxHostGates = 4096

func newHostGates(interval time.Duration, slots int) *hostGates {
	return &hostGates{interval: interval, slots: slots, hosts: map[string]*hostGate{}}
}

// acquire waits for a slot and for the host's interval, and returns the
// function that gives the slot back.
func (g *hostGates) acquire(ctx context.Context, host string) (release func(), err error) {
	g.mu.Lock()
	h := g.hosts[host]
	if h == nil {
		if len(g.hosts) >= maxHostGates {
			g.sweep()
		}
		h = &hostGate{sem: make(chan struct{}, g.slots)}
		g.hosts[host] = h
	}
	h.users++
	g.mu.Unlock()
	done := func() {
		g.mu.Lock()
		h.users--
		g.mu.Unlock()
	}

	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		done()
		return nil, context.Cause(ctx)
	}
	release = func() {
		<-h.sem
		done()
	}

	h.mu.Lock()
	now := time.Now()
	start := now
	if h.next.After(now) {
		start = h.next
	}
	h.next = start.Add(g.interval)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, context.Cause(ctx)
		}
	}
	return release, nil
}

// sweep drops the entries no request uses whose interval has passed. The
// caller holds g.mu.
func (g *hostGates) sweep() {
	now := time.Now()
	for host, h := range g.hosts {
		h.mu.Lock()
		idle := h.users == 0 && !h.next.After(now)
		h.mu.Unlock()
		if idle {
			delete(g.hosts, host)
		}
	}
}

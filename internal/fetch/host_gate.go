package fetch

import (
	"context"
	"sync"
	"time"
)

// hostGates keeps each host's politeness: at most a number of requests at
// once, and a least interval between the starts of two requests. Hosts are
// kept for the client's life (a crawl of many hosts holds one small entry
// per host).
type hostGates struct {
	interval time.Duration
	slots    int

	mu    sync.Mutex
	hosts map[string]*hostGate
}

type hostGate struct {
	sem  chan struct{}
	mu   sync.Mutex
	next time.Time // the earliest start of the next request
}

func newHostGates(interval time.Duration, slots int) *hostGates {
	return &hostGates{interval: interval, slots: slots, hosts: map[string]*hostGate{}}
}

// acquire waits for a slot and for the host's interval, and returns the
// function that gives the slot back.
func (g *hostGates) acquire(ctx context.Context, host string) (release func(), err error) {
	g.mu.Lock()
	h := g.hosts[host]
	if h == nil {
		h = &hostGate{sem: make(chan struct{}, g.slots)}
		g.hosts[host] = h
	}
	g.mu.Unlock()

	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
	release = func() { <-h.sem }

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

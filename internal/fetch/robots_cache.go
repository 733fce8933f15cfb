package fetch

import (
	"context"
	"sync"
	"time"
)

// robotsCache keeps each origin's robots.txt rules until they expire. Only
// one fetch of an origin's robots.txt runs at a time; the callers that
// come meanwhile wait for it. Past maxRobotsOrigins entries, the expired
// ones are dropped, then others (to be fetched again when asked).
type robotsCache struct {
	mu      sync.Mutex
	origins map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{} // closed when rules, expires and err are set
	rules   *robots
	expires time.Time
	err     error
}

// maxRobotsOrigins bounds the origins kept.
const maxRobotsOrigins = 4096

func newRobotsCache() *robotsCache {
	return &robotsCache{origins: map[string]*robotsEntry{}}
}

// loadRobots fetches an origin's rules and how long to keep them; an
// error is not kept.
type loadRobots func(ctx context.Context) (*robots, time.Duration, error)

// get returns the rules of origin ("https://host:port"), loading them when
// missing or expired.
func (c *robotsCache) get(ctx context.Context, origin string, load loadRobots) (*robots, error) {
	c.mu.Lock()
	e := c.origins[origin]
	if e != nil {
		select {
		case <-e.ready:
			if e.err != nil || time.Now().After(e.expires) {
				e = nil
			}
		default: // being loaded: wait below
		}
	}
	if e == nil {
		if len(c.origins) >= maxRobotsOrigins {
			c.sweep()
		}
		e = &robotsEntry{ready: make(chan struct{})}
		c.origins[origin] = e
		c.mu.Unlock()
		rules, ttl, err := load(ctx)
		e.rules, e.expires, e.err = rules, time.Now().Add(ttl), err
		close(e.ready)
		return rules, err
	}
	c.mu.Unlock()
	select {
	case <-e.ready:
		return e.rules, e.err
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// sweep drops the loaded entries, the expired ones first, until the cache
// is under three quarters of its bound. The caller holds c.mu.
func (c *robotsCache) sweep() {
	now := time.Now()
	for _, expiredOnly := range []bool{true, false} {
		for origin, e := range c.origins {
			if len(c.origins) < maxRobotsOrigins*3/4 {
				return
			}
			select {
			case <-e.ready:
				if !expiredOnly || now.After(e.expires) {
					delete(c.origins, origin)
				}
			default: // being loaded
			}
		}
	}
}

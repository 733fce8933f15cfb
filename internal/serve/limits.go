package serve

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

// slots bounds the extractions running at once. A request that finds
// every slot taken may wait for one, but only if fewer than maxWaiting
// requests are waiting already, and for at most wait; any other request is
// shed at once. So a burst is absorbed, excess load is refused in
// microseconds, and nothing queues without bound.
type slots struct {
	ch         chan struct{}
	wait       time.Duration
	maxWaiting int32
	waiting    atomic.Int32
}

func newSlots(n, maxWaiting int, wait time.Duration) *slots {
	return &slots{ch: make(chan struct{}, n), wait: wait, maxWaiting: int32(maxWaiting)}
}

// acquire takes a slot, waiting as said above or until ctx ends; it
// reports whether it got one. A true result must be paired with release.
func (s *slots) acquire(ctx context.Context) bool {
	select {
	case s.ch <- struct{}{}:
		return true
	default:
	}
	if s.wait <= 0 {
		return false
	}
	if s.waiting.Add(1) > s.maxWaiting {
		s.waiting.Add(-1)
		return false
	}
	defer s.waiting.Add(-1)
	t := time.NewTimer(s.wait)
	defer t.Stop()
	select {
	case s.ch <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// busy reports whether a request arriving now would be shed: every slot
// taken and the waiting line full. It is a cheap check made before a
// request's body is read, so that such a request is shed without reading
// it.
func (s *slots) busy() bool {
	return len(s.ch) == cap(s.ch) && (s.wait <= 0 || s.waiting.Load() >= s.maxWaiting)
}

func (s *slots) release()      { <-s.ch }
func (s *slots) inUse() int    { return len(s.ch) }
func (s *slots) capacity() int { return cap(s.ch) }

// requireToken wraps next so that it runs only for requests carrying
// "Authorization: Bearer <token>". The comparison is of SHA-256 digests in
// constant time, so neither the token's bytes nor its length leak through
// timing.
func requireToken(token string, next http.Handler) http.Handler {
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := bearer(r.Header.Get("Authorization"))
		sum := sha256.Sum256([]byte(got))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			writeError(w, errorf(codeUnauthorized, "a valid bearer token is required"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header
// (the scheme's case is ignored, RFC 9110 section 11.1).
func bearer(h string) (string, bool) {
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

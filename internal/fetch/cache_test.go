package fetch

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"sync/atomic"
	"testing"
)

func TestConditionalRequestETag(t *testing.T) {
	var full, notModified atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	o := localOptions()
	o.CacheDir = t.TempDir()
	c := New(o)
	first, err := c.Fetch(context.Background(), srv.URL+"/a")
	if err != nil || first.FromCache {
		t.Fatalf("first fetch: %v, from cache %v", err, first != nil && first.FromCache)
	}
	// A new client, as a later run: the cache is on disk.
	second, err := New(o).Fetch(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if !second.FromCache || string(second.Body) != page || second.ContentType != "text/html; charset=utf-8" || second.URL != srv.URL+"/a" {
		t.Errorf("second fetch: from cache %v, body %q, type %q, url %q", second.FromCache, second.Body, second.ContentType, second.URL)
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("full responses %d, 304s %d, want 1 and 1", full.Load(), notModified.Load())
	}
}

func TestConditionalRequestLastModified(t *testing.T) {
	const lm = "Mon, 09 Nov 2026 10:00:00 GMT"
	var version atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lm && version.Load() == 0 {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lm)
		fmt.Fprintf(w, "version %d", version.Load())
	})
	o := localOptions()
	o.CacheDir = t.TempDir()
	c := New(o)
	for i, want := range []struct {
		body      string
		fromCache bool
	}{{"version 0", false}, {"version 0", true}, {"version 1", false}} {
		if i == 2 {
			version.Store(1) // the page changed: a full answer, which replaces the cached one
		}
		resp, err := c.Fetch(context.Background(), srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != want.body || resp.FromCache != want.fromCache {
			t.Errorf("fetch %d: %q from cache %v, want %q %v", i, resp.Body, resp.FromCache, want.body, want.fromCache)
		}
	}
}

func TestCacheIgnoresDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	c := &diskCache{dir: dir}
	if err := os.WriteFile(c.path("http://x/"), []byte("{not json\nbody"), 0o644); err != nil {
		t.Fatal(err)
	}
	if e := c.load("http://x/", 100); e != nil {
		t.Errorf("damaged file loaded: %+v", e)
	}
	if err := c.store(&cacheEntry{URL: "http://x/", ETag: `"a"`, Body: []byte("b")}); err != nil {
		t.Fatal(err)
	}
	if e := c.load("http://x/", 100); e == nil || string(e.Body) != "b" {
		t.Errorf("stored entry: %+v", e)
	}
	if e := c.load("http://y/", 100); e != nil {
		t.Errorf("another URL loaded: %+v", e)
	}
}

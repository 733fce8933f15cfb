package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/lede-news/lede"
)

const page = "<html><head><title>T</title></head><body><p>Grüße aus der Redaktion.</p></body></html>"

func TestFetchHeadersAndOptions(t *testing.T) {
	var ua, ae string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		ua, ae = r.Header.Get("User-Agent"), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Header().Set("Date", "Tue, 10 Nov 2026 08:00:00 GMT")
		fmt.Fprint(w, page)
	})
	o := localOptions()
	o.UserAgent = UserAgent("v1.2.3")
	resp, err := New(o).Fetch(context.Background(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if ua != "lede/v1.2.3 (+https://github.com/lede-news/lede)" {
		t.Errorf("User-Agent %q", ua)
	}
	if ae != acceptEncoding {
		t.Errorf("Accept-Encoding %q", ae)
	}
	lo := resp.Options(lede.Options{MinWords: 3})
	want := lede.Options{MinWords: 3, URL: srv.URL + "/new", ContentType: "text/html; charset=iso-8859-1",
		RefDate: time.Date(2026, 11, 10, 8, 0, 0, 0, time.UTC)}
	if !lo.RefDate.Equal(want.RefDate) || lo.URL != want.URL || lo.ContentType != want.ContentType || lo.MinWords != 3 {
		t.Errorf("Options = %+v, want %+v", lo, want)
	}
	if resp.Status != 200 || string(resp.Body) != page {
		t.Errorf("status %d body %q", resp.Status, resp.Body)
	}
}

func TestContentCodings(t *testing.T) {
	encode := map[string]func([]byte) []byte{
		"gzip": func(b []byte) []byte {
			var buf bytes.Buffer
			w := gzip.NewWriter(&buf)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"br": func(b []byte) []byte {
			var buf bytes.Buffer
			w := brotli.NewWriter(&buf)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"deflate": func(b []byte) []byte { // zlib, as RFC 9110 says
			var buf bytes.Buffer
			w := zlib.NewWriter(&buf)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"deflate-raw": func(b []byte) []byte { // raw deflate, as some servers send
			var buf bytes.Buffer
			w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
			w.Write(b)
			w.Close()
			return buf.Bytes()
		},
		"identity": func(b []byte) []byte { return b },
	}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		coding := strings.TrimPrefix(r.URL.Path, "/")
		w.Header().Set("Content-Encoding", strings.TrimSuffix(coding, "-raw"))
		w.Write(encode[coding]([]byte(page)))
	})
	c := New(localOptions())
	for coding := range encode {
		resp, err := c.Fetch(context.Background(), srv.URL+"/"+coding)
		if err != nil {
			t.Errorf("%s: %v", coding, err)
			continue
		}
		if string(resp.Body) != page {
			t.Errorf("%s: body %q", coding, resp.Body)
		}
	}
}

func TestCorruptCodingFails(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		fmt.Fprint(w, "not gzip at all")
	})
	_, err := New(localOptions()).Fetch(context.Background(), srv.URL)
	wantCode(t, err, "fetch_failed")
}

func TestOversizeBodyCut(t *testing.T) {
	big := strings.Repeat("x", 100_000)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gz" { // a small gzip stream that inflates past the limit
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte(strings.Repeat(big, 50)))
			zw.Close()
			return
		}
		fmt.Fprint(w, big)
	})
	o := localOptions()
	o.MaxBytes = 1000
	c := New(o)
	for _, path := range []string{"/", "/gz"} {
		resp, err := c.Fetch(context.Background(), srv.URL+path)
		wantCode(t, err, "too_large")
		if !errors.Is(err, lede.ErrTooLarge) || !strings.Contains(err.Error(), "over 1000 bytes") {
			t.Errorf("%s: error %v", path, err)
		}
		if resp == nil || len(resp.Body) != 1000 {
			t.Errorf("%s: body not cut at 1000 bytes: %v", path, resp)
		}
	}
}

func TestSlowLorisTimedOut(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(200)
		for range 100 {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(time.Second):
			case <-r.Context().Done():
				return
			}
		}
	})
	o := localOptions()
	o.Timeout = 1500 * time.Millisecond
	start := time.Now()
	_, err := New(o).Fetch(context.Background(), srv.URL)
	wantCode(t, err, "timeout")
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("took %s, want about the 1.5s timeout", d)
	}
}

func TestStalledBodyReadTimeout(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		fmt.Fprint(w, "<html>")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	o := localOptions()
	o.ReadTimeout = 300 * time.Millisecond
	_, err := New(o).Fetch(context.Background(), srv.URL)
	wantCode(t, err, "timeout")
	if !strings.Contains(err.Error(), "no data for") {
		t.Errorf("error %v, want the read timeout", err)
	}
}

func TestSlowHeadersTimedOut(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	o := localOptions()
	o.ReadTimeout = 300 * time.Millisecond
	_, err := New(o).Fetch(context.Background(), srv.URL)
	wantCode(t, err, "timeout")
}

func TestRedirectLimit(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
	})
	o := localOptions()
	o.MaxRedirects = 3
	_, err := New(o).Fetch(context.Background(), srv.URL+"/")
	wantCode(t, err, "fetch_failed")
	if !strings.Contains(err.Error(), "more than 3 redirects") {
		t.Errorf("error %v", err)
	}
}

func TestHTTPStatus(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	resp, err := New(localOptions()).Fetch(context.Background(), srv.URL)
	wantCode(t, err, "http_status")
	se, ok := errors.AsType[*StatusError](err)
	if !ok || se.Status != 410 || resp == nil || resp.Status != 410 {
		t.Errorf("error %v, response %v", err, resp)
	}
}

func TestConnectionRefused(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {})
	u := srv.URL
	srv.Close()
	_, err := New(localOptions()).Fetch(context.Background(), u)
	wantCode(t, err, "fetch_failed")
}

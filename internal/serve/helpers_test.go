package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

// enNews is a bundled news page with an article.
func enNews(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("../../testdata/pages/en_news.html")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// fakeArticle is what the fake extractors return.
func fakeArticle(opts lede.Options) *lede.Article {
	return &lede.Article{URL: opts.URL, Headline: "Fake", Text: "one two three"}
}

// slowExtract returns an extractor that blocks until release is closed or
// ctx ends, signalling on started each time it begins.
func slowExtract(started chan<- struct{}, release <-chan struct{}) func(context.Context, []byte, lede.Options) (*lede.Article, error) {
	return func(ctx context.Context, _ []byte, opts lede.Options) (*lede.Article, error) {
		if started != nil {
			started <- struct{}{}
		}
		select {
		case <-release:
			return fakeArticle(opts), nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// do sends one request to s and returns the response and its body.
func do(t testing.TB, s http.Handler, method, target, contentType, body string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// wantError checks that a response is the JSON error with code and status.
func wantError(t testing.TB, res *http.Response, body string, status int, code string) apiError {
	t.Helper()
	if res.StatusCode != status {
		t.Errorf("status %d, want %d (body %s)", res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	var e apiError
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatalf("error body %q: %v", body, err)
	}
	if e.Code != code || e.Message == "" {
		t.Errorf("error %+v, want code %q with a message", e, code)
	}
	return e
}

// waitFor polls cond for up to 5 s.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

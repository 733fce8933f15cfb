package serve

import (
	"bytes"
	"context"
	"net/http/httptest"
	"testing"

	"github.com/lede-news/lede"
)

// BenchmarkExtractHandler measures /v1/extract around the real extractor
// on a bundled news page: decoding, the slot, extraction and JSON output.
func BenchmarkExtractHandler(b *testing.B) {
	page := enNews(b)
	s := New(Config{})
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/extract?url=https://example.com/a", bytes.NewReader(page))
		req.Header.Set("Content-Type", "text/html")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkHandlerOverhead measures the server's own cost per request with
// an extractor that does nothing.
func BenchmarkHandlerOverhead(b *testing.B) {
	page := enNews(b)
	s := New(Config{Extract: func(_ context.Context, _ []byte, o lede.Options) (*lede.Article, error) {
		return fakeArticle(o), nil
	}})
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/extract", bytes.NewReader(page))
		req.Header.Set("Content-Type", "text/html")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

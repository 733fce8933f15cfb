package serve

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-news/lede"
)

// FuzzExtractRequest sends arbitrary Content-Types, queries and bodies to
// /v1/extract. Invariant: no panic, and the answer is either 200 or a JSON
// error whose code is a known one with its own status.
func FuzzExtractRequest(f *testing.F) {
	f.Add("text/html", "url=https://example.com/a&format=markdown", "<p>hello</p>")
	f.Add("application/json", "", `{"html":"<p>x</p>","url":"https://example.com/"}`)
	f.Add("application/json; charset=utf-8", "format=html", `{"url":"https://example.com/"}`)
	f.Add("application/json", "", `{"html":null}`)
	f.Add("application/json", "", `{"html":"\ud800"}`)
	f.Add("text/html; charset=\"", "url=%zz", "\x00\xff")
	f.Add("application/xhtml+xml", "format=TXT&url=http://[::1]:x/", "NOARTICLE")
	s := New(Config{MaxBody: 4 << 10, Extract: quickExtract})
	f.Fuzz(func(t *testing.T, contentType, query, body string) {
		req := httptest.NewRequest("POST", "/v1/extract", strings.NewReader(body))
		req.URL.RawQuery = query
		req.Header.Set("Content-Type", contentType)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		checkAnswer(t, rec.Code, rec.Header().Get("Content-Type"), rec.Body.Bytes())
	})
}

// FuzzBatchRequest sends arbitrary bodies to /v1/batch. Invariant: no
// panic, every output line is a JSON object for an input line, in
// increasing order, with an article or a known error code.
func FuzzBatchRequest(f *testing.F) {
	f.Add(`{"html":"a"}` + "\n\n" + `{"url":"https://example.com/"}` + "\nnot json\n")
	f.Add(`{"html":"NOARTICLE"}` + "\r\n" + `{"html":"b","url":"ftp://x"}`)
	f.Add(strings.Repeat("x", 300) + "\n{}")
	s := New(Config{MaxBody: 128, Extract: quickExtract})
	f.Fuzz(func(t *testing.T, body string) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/v1/batch", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-ndjson")
		s.ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("status %d", rec.Code)
		}
		last := 0
		for line := range strings.Lines(rec.Body.String()) {
			var bl batchLine
			if err := json.Unmarshal([]byte(line), &bl); err != nil {
				t.Fatalf("output line %q: %v", line, err)
			}
			if bl.Line <= last || (bl.Error == nil) == (bl.Article == nil) {
				t.Fatalf("output line %q after line %d", line, last)
			}
			if bl.Error != nil {
				if _, ok := statusOf[bl.Error.Code]; !ok {
					t.Fatalf("unknown code in %q", line)
				}
			}
			last = bl.Line
		}
		if want := strings.Count(body, "\n") + 1; last > want {
			t.Fatalf("line %d of %d input lines", last, want)
		}
	})
}

// quickExtract is echoExtract without its slow page, so that the fuzzer
// never waits for a timeout.
func quickExtract(ctx context.Context, data []byte, opts lede.Options) (*lede.Article, error) {
	if string(data) == "SLOW" {
		data = []byte("not slow")
	}
	return echoExtract(ctx, data, opts)
}

// checkAnswer checks one /v1/extract response.
func checkAnswer(t *testing.T, status int, contentType string, body []byte) {
	t.Helper()
	if status == 200 {
		if contentType == "" {
			t.Fatal("200 without a Content-Type")
		}
		return
	}
	if !strings.HasPrefix(contentType, "application/json") {
		t.Fatalf("status %d with Content-Type %q", status, contentType)
	}
	var e apiError
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("status %d body %q: %v", status, body, err)
	}
	want, ok := statusOf[e.Code]
	if !ok || want != status || e.Message == "" || !utf8.Valid(body) {
		t.Fatalf("status %d with error %+v", status, e)
	}
}

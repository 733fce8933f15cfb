package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

func TestExtractHTMLBody(t *testing.T) {
	s := New(Config{})
	page := string(enNews(t))
	res, body := do(t, s, "POST", "/v1/extract?url=https://example.com/news/1", "text/html; charset=utf-8", page)
	if res.StatusCode != 200 {
		t.Fatalf("status %d: %s", res.StatusCode, body)
	}
	var a lede.Article
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatal(err)
	}
	if a.Headline == "" || a.WordCount < 50 || a.URL != "https://example.com/news/1" {
		t.Errorf("article title %q, %d words, url %q", a.Headline, a.WordCount, a.URL)
	}
}

func TestExtractJSONBodyAndFormats(t *testing.T) {
	s := New(Config{})
	req, _ := json.Marshal(map[string]string{"html": string(enNews(t)), "url": "https://example.com/a"})
	for _, tc := range []struct {
		format, contentType, contains string
	}{
		{"", "application/json", `"headline"`},
		{"json", "application/json", `"headline"`},
		{"markdown", "text/markdown", "# "},
		{"text", "text/plain", ""},
		{"html", "text/html", "<"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			res, body := do(t, s, "POST", "/v1/extract?format="+tc.format, "application/json", string(req))
			if res.StatusCode != 200 {
				t.Fatalf("status %d: %s", res.StatusCode, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tc.contentType)
			}
			if !strings.Contains(body, tc.contains) || len(body) < 200 {
				t.Errorf("body %.200q lacks %q", body, tc.contains)
			}
			if tc.format == "html" && res.Header.Get("Content-Security-Policy") == "" {
				t.Error("html format without a Content-Security-Policy")
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	s := New(Config{MaxBody: 1 << 10})
	long := strings.Repeat("x", 2<<10)
	for _, tc := range []struct {
		name, method, target, contentType, body string
		status                                  int
		code                                    string
	}{
		{"get", "GET", "/v1/extract", "", "", 405, "method_not_allowed"},
		{"no content type", "POST", "/v1/extract", "", "<p>x</p>", 415, "unsupported_media_type"},
		{"form", "POST", "/v1/extract", "application/x-www-form-urlencoded", "a=b", 415, "unsupported_media_type"},
		{"too large html", "POST", "/v1/extract", "text/html", long, 413, "too_large"},
		{"too large json", "POST", "/v1/extract", "application/json", `{"html":"` + long + `"}`, 413, "too_large"},
		{"bad format", "POST", "/v1/extract?format=pdf", "text/html", "<p>x</p>", 400, "bad_request"},
		{"bad query", "POST", "/v1/extract?url=%zz", "text/html", "<p>x</p>", 400, "bad_request"},
		{"relative url", "POST", "/v1/extract?url=/a", "text/html", "<p>x</p>", 400, "bad_request"},
		{"javascript url", "POST", "/v1/extract", "application/json", `{"html":"<p>x</p>","url":"javascript:alert(1)"}`, 400, "bad_request"},
		{"bad json", "POST", "/v1/extract", "application/json", `{"html":`, 400, "bad_request"},
		{"unknown field", "POST", "/v1/extract", "application/json", `{"htm":"<p>x</p>"}`, 400, "bad_request"},
		{"two values", "POST", "/v1/extract", "application/json", `{"html":"<p>x</p>"} {}`, 400, "bad_request"},
		{"neither html nor url", "POST", "/v1/extract", "application/json", `{}`, 400, "bad_request"},
		{"url without fetcher", "POST", "/v1/extract", "application/json", `{"url":"https://example.com/"}`, 501, "fetch_disabled"},
		{"not html", "POST", "/v1/extract", "text/html", "%PDF-1.4 \x00\x01\x02\x03 binary", 422, "not_html"},
		{"empty", "POST", "/v1/extract", "text/html", "", 422, "empty"},
		{"unknown route", "GET", "/v2/nothing", "", "", 404, "not_found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, s, tc.method, tc.target, tc.contentType, tc.body)
			wantError(t, res, body, tc.status, tc.code)
			if tc.status == 405 && res.Header.Get("Allow") != "POST" {
				t.Errorf("Allow %q", res.Header.Get("Allow"))
			}
		})
	}
}

func TestExtractNoArticleKeepsMetadata(t *testing.T) {
	s := New(Config{})
	page := `<html lang="en"><head><title>Weather today</title></head><body><p>Sunny.</p></body></html>`
	res, body := do(t, s, "POST", "/v1/extract?url=https://example.com/w", "text/html", page)
	e := wantError(t, res, body, 422, "no_article")
	var a lede.Article
	if err := json.Unmarshal(e.Article, &a); err != nil {
		t.Fatalf("article in %s: %v", body, err)
	}
	if a.Headline != "Weather today" || a.URL != "https://example.com/w" {
		t.Errorf("metadata %+v", a)
	}
}

func TestExtractTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := New(Config{Timeout: 20 * time.Millisecond, Extract: slowExtract(nil, release)})
	res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	wantError(t, res, body, 504, "timeout")
}

func TestExtractTimeoutWhenExtractorIgnoresContext(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := func(ctx context.Context, _ []byte, opts lede.Options) (*lede.Article, error) {
		<-release
		return fakeArticle(opts), nil
	}
	s := New(Config{Timeout: 20 * time.Millisecond, Extract: stuck})
	res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	wantError(t, res, body, 504, "timeout")
}

func TestExtractPanicIsInternal(t *testing.T) {
	s := New(Config{Extract: func(context.Context, []byte, lede.Options) (*lede.Article, error) { panic("boom") }})
	res, body := do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	wantError(t, res, body, 500, "internal")
}

// codedError is a fetch error with a stable code, as the fetching package
// will return.
type codedError struct{ code string }

func (e codedError) Error() string { return e.code + ": refused" }
func (e codedError) Code() string  { return e.code }

func TestExtractWithFetcher(t *testing.T) {
	page := enNews(t)
	fetch := func(_ context.Context, url string) (*Page, error) {
		switch url {
		case "https://example.com/ok":
			return &Page{URL: url + "?final", ContentType: "text/html", Body: page}, nil
		case "http://127.0.0.1/":
			return nil, codedError{"forbidden_target"}
		}
		return nil, errors.New("connection refused")
	}
	s := New(Config{Fetch: fetch})
	for _, tc := range []struct {
		url    string
		status int
		code   string
	}{
		{"https://example.com/ok", 200, ""},
		{"http://127.0.0.1/", 403, "forbidden_target"},
		{"https://example.com/down", 502, "fetch_failed"},
	} {
		res, body := do(t, s, "POST", "/v1/extract", "application/json", fmt.Sprintf(`{"url":%q}`, tc.url))
		if tc.code != "" {
			wantError(t, res, body, tc.status, tc.code)
			continue
		}
		if res.StatusCode != 200 || !strings.Contains(body, `"url": "https://example.com/ok?final"`) {
			t.Errorf("%s: status %d, body %.300s", tc.url, res.StatusCode, body)
		}
	}
}

func TestHealthz(t *testing.T) {
	s := New(Config{Token: "secret"}) // healthz needs no token
	res, body := do(t, s, "GET", "/healthz", "", "")
	if res.StatusCode != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("status %d body %q", res.StatusCode, body)
	}
	res, body = do(t, s, "POST", "/healthz", "", "")
	wantError(t, res, body, http.StatusMethodNotAllowed, "method_not_allowed")
}

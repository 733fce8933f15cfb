package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// site is a fake web: URL → document; a missing URL is a fetch error.
type site map[string]string

func (s site) fetch(_ context.Context, url string) ([]byte, string, error) {
	doc, ok := s[url]
	if !ok {
		return nil, "", fmt.Errorf("http_status: %s: HTTP 404", url)
	}
	return []byte(doc), url, nil
}

func gz(s string) string {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.String()
}

func urlset(locs ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, l := range locs {
		fmt.Fprintf(&b, "<url><loc>%s</loc></url>", l)
	}
	return b.String() + "</urlset>"
}

func index(locs ...string) string {
	var b strings.Builder
	b.WriteString(`<sitemapindex>`)
	for _, l := range locs {
		fmt.Fprintf(&b, "<sitemap><loc>%s</loc></sitemap>", l)
	}
	return b.String() + "</sitemapindex>"
}

// found lists the URLs of targets, and the seeds of failed ones as "!SEED".
func found(ts []Target) []string {
	var out []string
	for _, t := range ts {
		if t.Err != nil {
			out = append(out, "!"+t.URL)
			continue
		}
		out = append(out, t.URL)
	}
	return out
}

func TestDiscover(t *testing.T) {
	web := site{
		"https://news.example/sitemap.xml": index("/sitemap-a.xml.gz", "https://cdn.other.example/sitemap-b.xml", "/missing.xml"),
		"https://news.example/sitemap-a.xml.gz": gz(urlset(
			"https://news.example/a1", "https://WWW.News.Example:443/a2#comments",
			"https://other.example/x", "https://news.example/a1")),
		"https://cdn.other.example/sitemap-b.xml": urlset("https://sport.news.example/b1?id=2", "https://news.example.evil/b2"),
		"https://news.example/":                   `<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head></html>`,
		"https://news.example/atom.xml":           `<feed><entry><link href="/a1"/></entry><entry><link href="/c1"/></entry></feed>`,
		"https://empty.example/":                  `<html><body>no feeds</body></html>`,
		"https://bad.example/feed":                `<rss><chan`,
		"https://cut.example/feed":                `<rss><channel><item><link>/1</link></item><item><link>/2</li`,
		"https://offsite.example/feed":            `<rss><channel><item><link>https://elsewhere.example/1</link></item></channel></rss>`,
	}
	var warnings []string
	opts := Options{Warn: func(seed string, err error) { warnings = append(warnings, seed+": "+err.Error()) }}
	got := Discover(context.Background(), web.fetch, []string{
		"https://news.example/sitemap.xml", "https://news.example/", "https://empty.example/",
		"https://gone.example/feed", "https://bad.example/feed", "https://offsite.example/feed", "https://news.example/",
		"https://cut.example/feed",
	}, opts)
	want := []string{
		"https://news.example/a1", "https://www.news.example/a2", "https://sport.news.example/b1?id=2",
		"https://news.example/c1",
		"!https://empty.example/", "!https://gone.example/feed", "!https://bad.example/feed", "!https://offsite.example/feed",
		"https://cut.example/1",
	}
	if !reflect.DeepEqual(found(got), want) {
		t.Errorf("got  %q\nwant %q", found(got), want)
	}
	for _, tg := range got {
		if strings.HasPrefix(tg.URL, "https://gone") {
			if errors.Is(tg.Err, ErrDiscover) {
				t.Errorf("a fetch error keeps its own code: %v", tg.Err)
			}
		} else if tg.Err != nil && !errors.Is(tg.Err, ErrDiscover) {
			t.Errorf("%s: %v, want ErrDiscover", tg.URL, tg.Err)
		}
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], "missing.xml") || !strings.Contains(warnings[1], "cut.example/feed: malformed XML") {
		t.Errorf("warnings %q, want the missing child sitemap and the cut feed", warnings)
	}
}

func TestDiscoverLimitAndDepth(t *testing.T) {
	web := site{
		"https://a.example/1": index("https://a.example/2"),
		"https://a.example/2": index("https://a.example/3"),
		"https://a.example/3": index("https://a.example/4"),
		"https://a.example/4": index("https://a.example/5"),
		"https://a.example/5": urlset("https://a.example/deep"),
		"https://a.example/f": urlset("https://a.example/x", "https://a.example/y", "https://a.example/z"),
		"https://b.example/f": urlset("https://b.example/x"),
	}
	got := Discover(context.Background(), web.fetch, []string{"https://a.example/1"}, Options{})
	if want := []string{"!https://a.example/1"}; !reflect.DeepEqual(found(got), want) {
		t.Errorf("nesting deeper than 3: got %q, want %q", found(got), want)
	}
	got = Discover(context.Background(), web.fetch, []string{"https://a.example/2"}, Options{})
	if want := []string{"https://a.example/deep"}; !reflect.DeepEqual(found(got), want) {
		t.Errorf("nesting 3 deep: got %q, want %q", found(got), want)
	}
	got = Discover(context.Background(), web.fetch, []string{"https://a.example/f", "https://b.example/f"}, Options{Limit: 2})
	if want := []string{"https://a.example/x", "https://a.example/y"}; !reflect.DeepEqual(found(got), want) {
		t.Errorf("limit 2: got %q, want %q", found(got), want)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://News.Example:443/a?b=1&a=2#x": "https://news.example/a?b=1&a=2",
		"http://news.example:80":               "http://news.example/",
		"http://news.example:8080/a":           "http://news.example:8080/a",
		"ftp://news.example/a":                 "",
		"/relative":                            "",
	} {
		got, ok := Normalize(in)
		if got != want || ok != (want != "") {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestSite(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.bbc.co.uk/news":    "bbc.co.uk",
		"https://news.example.com/":     "example.com",
		"http://127.0.0.1:8080/feed":    "127.0.0.1",
		"http://localhost/":             "localhost",
		"https://user.github.io/a":      "user.github.io",
		"https://WWW.Example.COM./path": "example.com",
	} {
		if got := Site(in); got != want {
			t.Errorf("Site(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDiscoverSeedOverlap: each URL has one Target, however seeds and
// articles overlap.
func TestDiscoverSeedOverlap(t *testing.T) {
	web := site{
		"https://a.example/":     `<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>`,
		"https://a.example/feed": `<rss><item><link>/1</link></item><item><link>/gone</link></item></rss>`,
		"https://a.example/1":    `<html><body>an article, no feeds</body></html>`,
		"https://b.example/feed": `<rss><item><link>https://b.example/</link></item><item><link>/2</link></item></rss>`,
	}
	var warnings []string
	opts := Options{Warn: func(seed string, err error) { warnings = append(warnings, seed) }}
	got := Discover(context.Background(), web.fetch, []string{
		"https://a.example/", "https://a.example/feed", // the feed was read through the start page
		"https://a.example/1", // an article listed already, and no feed
		"https://b.example/",  // a failing seed, listed later as an article
		"https://b.example/feed",
	}, opts)
	want := []string{"https://a.example/1", "https://a.example/gone", "!https://b.example/", "https://b.example/2"}
	if !reflect.DeepEqual(found(got), want) {
		t.Errorf("got  %q\nwant %q", found(got), want)
	}
	if want := []string{"https://a.example/feed", "https://a.example/1"}; !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings for %q, want %q", warnings, want)
	}
}

// FuzzNormalize: Normalize is idempotent and its output is a URL of the
// same site.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"HTTPS://News.Example:443/a?b#c", "http://[::1]:80/", "http://a.example", "https://x.co.uk/%41"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n, ok := Normalize(raw)
		if !ok {
			return
		}
		if n2, ok2 := Normalize(n); !ok2 || n2 != n {
			t.Fatalf("Normalize(%q) = %q, then %q, %v", raw, n, n2, ok2)
		}
		if Site(n) == "" {
			t.Fatalf("no site for %q", n)
		}
	})
}

// TestDiscoverRedirectedSeed: a seed that redirects to the site's new
// domain keeps the links of the new domain too.
func TestDiscoverRedirectedSeed(t *testing.T) {
	web := site{"https://new.example/feed": urlset("https://new.example/1", "https://old.example/2", "https://third.example/3")}
	fetch := func(ctx context.Context, url string) ([]byte, string, error) {
		if url == "https://old.example/feed" {
			url = "https://new.example/feed"
		}
		return web.fetch(ctx, url)
	}
	got := Discover(context.Background(), fetch, []string{"https://old.example/feed"}, Options{})
	if want := []string{"https://new.example/1", "https://old.example/2"}; !reflect.DeepEqual(found(got), want) {
		t.Errorf("got %q, want %q", found(got), want)
	}
}

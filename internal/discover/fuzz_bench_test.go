package discover

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: Parse never panics, always returns a result, keeps within
// MaxLinks, and every URL it returns is absolute http(s) valid UTF-8.
func FuzzParse(f *testing.F) {
	f.Add([]byte(newsSitemap))
	f.Add([]byte(`<rss><channel><item><link>/a</link><pubDate>Mon, 02 Jan 2006 15:04:05 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed><entry><link href="b"/><updated>2026-01-01</updated></entry></feed>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<html><head><link rel=alternate type=application/rss+xml href=/f></head></html>`))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, _ := Parse(data, "https://news.example/dir/doc", Options{MaxLinks: 100, MaxBytes: 1 << 16})
		if res == nil {
			t.Fatal("nil result")
		}
		all := append(urls(res.Links), res.Sitemaps...)
		all = append(all, res.Feeds...)
		if len(all) > 100 {
			t.Fatalf("%d links, over MaxLinks", len(all))
		}
		for _, u := range all {
			if !utf8.ValidString(u) || !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("bad URL %q", u)
			}
		}
	})
}

func BenchmarkParseSitemap(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for range 1000 {
		buf.WriteString(`<url><loc>https://news.example/2026/11/24/a-long-article-slug.html</loc><lastmod>2026-11-24T06:30:00+01:00</lastmod></url>`)
	}
	buf.WriteString(`</urlset>`)
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data, "https://news.example/sitemap.xml", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

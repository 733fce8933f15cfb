package discover

import (
	"bytes"
	"compress/gzip"
	"errors"
	"reflect"
	"testing"
	"time"
)

const newsSitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example/2026/11/24/bridge.html</loc>
    <lastmod>2026-11-25</lastmod>
    <news:news>
      <news:publication><news:name>News</news:name><news:language>de</news:language></news:publication>
      <news:publication_date>2026-11-24T06:30:00+01:00</news:publication_date>
      <news:title>Bridge closed</news:title>
    </news:news>
  </url>
  <url><loc> /2026/11/23/plain.html </loc><lastmod>2026-11-23</lastmod></url>
</urlset>`

func TestParseSitemap(t *testing.T) {
	res, err := Parse([]byte(newsSitemap), "https://news.example/sitemap-news.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Link{
		{URL: "https://news.example/2026/11/24/bridge.html", Published: time.Date(2026, 11, 24, 5, 30, 0, 0, time.UTC)},
		{URL: "https://news.example/2026/11/23/plain.html", Published: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)},
	}
	if res.Kind != Sitemap || len(res.Links) != len(want) {
		t.Fatalf("got %v %+v, want a sitemap of %d links", res.Kind, res.Links, len(want))
	}
	for i, l := range res.Links {
		if l.URL != want[i].URL || !l.Published.Equal(want[i].Published) {
			t.Errorf("link %d: %+v, want %+v", i, l, want[i])
		}
	}
}

func TestParseSitemapIndexGzip(t *testing.T) {
	index := `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-1.xml.gz</loc><lastmod>2026-11-24</lastmod></sitemap>
  <sitemap><loc>sitemap-2.xml</loc></sitemap>
  <sitemap><loc>ftp://news.example/sitemap-3.xml</loc></sitemap>
</sitemapindex>`
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(index))
	zw.Close()
	res, err := Parse(buf.Bytes(), "https://news.example/maps/index.xml.gz", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://news.example/sitemap-1.xml.gz", "https://news.example/maps/sitemap-2.xml"}
	if res.Kind != SitemapIndex || !reflect.DeepEqual(res.Sitemaps, want) || len(res.Links) > 0 {
		t.Errorf("got %v %q %q, want a sitemap index of %q", res.Kind, res.Sitemaps, urls(res.Links), want)
	}
}

func TestParseGzipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`<urlset><url><loc>https://a.example/1</loc></url>`))
	zw.Write(bytes.Repeat([]byte(" "), 1<<20))
	zw.Close()
	res, err := Parse(buf.Bytes(), "", Options{MaxBytes: 4096})
	if !errors.Is(err, ErrTooLarge) || len(res.Links) != 1 {
		t.Errorf("got %v and %d links, want ErrTooLarge and the 1 link before the limit", err, len(res.Links))
	}
}

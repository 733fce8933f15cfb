package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crawlServer serves a start page naming a feed, the feed (3 articles, a
// 404, another site's link and a duplicate), a sitemap index with a
// gzipped sitemap, the articles, and a page without feeds.
func crawlServer(t *testing.T) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/":
			fmt.Fprint(w, `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>News</body></html>`)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel>
<item><link>/news/1</link></item>
<item><link>%[1]s/news/2#top</link></item>
<item><link>https://elsewhere.example/news/x</link></item>
<item><link>/news/gone</link></item>
<item><link>/news/3</link></item>
<item><link>/news/1</link></item>
</channel></rss>`, srv.URL)
		case "/sitemap.xml":
			fmt.Fprint(w, `<sitemapindex><sitemap><loc>/sitemap-1.xml.gz</loc></sitemap></sitemapindex>`)
		case "/sitemap-1.xml.gz":
			zw := gzip.NewWriter(w)
			fmt.Fprint(zw, `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>/news/3</loc></url><url><loc>/news/4</loc><news:news><news:publication_date>2026-11-24</news:publication_date></news:news></url></urlset>`)
			zw.Close()
		case "/news/1", "/news/2", "/news/3", "/news/4":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<p>article %s</p>", r.URL.Path)
		case "/plain":
			fmt.Fprint(w, `<html><body>no feeds here</body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

type crawlLine struct{ Source, URL, Error, Text string }

func crawlLines(t *testing.T, out string) []crawlLine {
	t.Helper()
	var lines []crawlLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec crawlLine
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		lines = append(lines, rec)
	}
	return lines
}

func TestCrawl(t *testing.T) {
	srv := crawlServer(t)
	outFile := filepath.Join(t.TempDir(), "news.jsonl")
	code, _, errOut := runCmd(t, "", "crawl", "--allow-private", "--host-interval", "1ms", "--workers", "3", "-o", outFile,
		srv.URL+"/", srv.URL+"/sitemap.xml", srv.URL+"/missing.xml", srv.URL+"/plain", srv.URL+"/private/feed.xml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ source, error string }{
		{"/news/1", ""},
		{"/news/2", ""},
		{"/news/gone", "http_status: "},
		{"/news/3", ""},
		{"/news/4", ""},
		{"/missing.xml", "http_status: "},
		{"/plain", "discover_error: crawl: " + srv.URL + "/plain: no article link of the site found"},
		{"/private/feed.xml", "robots_disallowed: "},
	}
	lines := crawlLines(t, string(data))
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), data)
	}
	for i, l := range lines {
		w := want[i]
		if l.Source != srv.URL+w.source || !strings.HasPrefix(l.Error, w.error) || (w.error == "") != (l.Error == "") {
			t.Errorf("line %d: source %q error %q, want %q and %q", i, l.Source, l.Error, w.source, w.error)
		}
		if w.error == "" && l.Text != "article "+w.source {
			t.Errorf("line %d: text %q", i, l.Text)
		}
	}
}

func TestCrawlLimitAndRefusals(t *testing.T) {
	srv := crawlServer(t)
	code, out, errOut := runCmd(t, "", "crawl", "--allow-private", "--host-interval", "1ms", "--limit", "2", srv.URL+"/feed.xml", srv.URL+"/sitemap.xml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := crawlLines(t, out)
	if len(lines) != 2 || lines[0].Source != srv.URL+"/news/1" || lines[1].Source != srv.URL+"/news/2" {
		t.Errorf("--limit 2: %+v", lines)
	}
	if !strings.Contains(errOut, "crawl: "+srv.URL+"/feed.xml: 2 article URLs") || !strings.Contains(errOut, "limit of 2 URLs") {
		t.Errorf("the seed left out is not reported: %q", errOut)
	}
	// Without --allow-private the loopback seed is refused, on its line.
	code, out, _ = runCmd(t, "", "crawl", srv.URL+"/feed.xml")
	if lines = crawlLines(t, out); code != exitOK || len(lines) != 1 || !strings.HasPrefix(lines[0].Error, "forbidden_target: ") {
		t.Errorf("default: exit %d, %s", code, out)
	}
	for _, args := range [][]string{{"crawl"}, {"crawl", "/etc/passwd"}, {"crawl", "--limit", "0", srv.URL}} {
		if code, out, _ := runCmd(t, "", args...); code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want a usage error", args, code, out)
		}
	}
	if code, out, _ := runCmd(t, "", "help", "crawl"); code != exitOK || !bytes.Contains([]byte(out), []byte("--limit N")) {
		t.Errorf("help crawl: %d %q", code, out)
	}
}

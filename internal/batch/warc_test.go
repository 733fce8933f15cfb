package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/dedup"
)

// warcRecord formats one WARC record.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2019-11-20T10:00:00Z\r\n"+
		"Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, contentType, len(block), block)
}

func httpBlock(header, body string) string {
	return "HTTP/1.1 200 OK\r\n" + header + "\r\n" + body
}

func gzipMember(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func brotlied(s string) string {
	var b bytes.Buffer
	w := brotli.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// testWARC builds a WARC file from the vendored pages, with records of
// every other kind and damage mixed in, and returns the expected outcome
// of each line ("ok" or an error code) and the number of records skipped.
func testWARC(t *testing.T, gz bool) (path string, want []string, skipped int) {
	t.Helper()
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	if len(pages) < 3 {
		t.Fatal("no vendored pages")
	}
	var parts []string
	add := func(outcome, rec string) {
		parts = append(parts, rec)
		if outcome == "" {
			skipped++
		} else {
			want = append(want, outcome)
		}
	}
	add("", warcRecord("warcinfo", "", "application/warc-fields", "software: lede test\r\n"))
	for i, p := range pages {
		html, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		uri := fmt.Sprintf("https://news%d.example.com/a/%d", i, i)
		add("", warcRecord("request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"))
		switch i % 3 {
		case 0:
			add("ok", warcRecord("response", uri, "application/http; msgtype=response", httpBlock("Content-Type: text/html\r\n", string(html))))
		case 1:
			add("ok", warcRecord("response", uri, "application/http; msgtype=response", httpBlock("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", string(gzipMember(string(html))))))
		case 2:
			add("ok", warcRecord("response", uri, "application/http; msgtype=response", httpBlock("Content-Encoding: br\r\nTransfer-Encoding: chunked\r\n",
				fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(brotlied(string(html))), brotlied(string(html))))))
		}
		add("", warcRecord("metadata", uri, "application/warc-fields", "fetchTimeMs: 10\r\n"))
	}
	add("", warcRecord("response", "https://img.example.com/x.png", "application/http", httpBlock("Content-Type: image/png\r\n", "\x89PNG....")))
	add("", warcRecord("response", "https://a.example.com/moved", "application/http", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n"))
	add("", warcRecord("response", "https://a.example.com/data", "application/http", httpBlock("", "%PDF-1.4 binary")))
	add("", warcRecord("response", "https://video.example.com/v.mp4", "application/http", // over the limit, but no page: skipped
		httpBlock("Content-Type: video/mp4\r\n", strings.Repeat("\x00", 3<<20+1<<19))))
	add("", warcRecord("revisit", "https://a.example.com/", "application/http", "HTTP/1.1 200 OK\r\n\r\n"))
	add("warc_error", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length 12\r\n\r\nHTTP/1.1 200\r\n\r\n")
	add("too_large", warcRecord("response", "https://big.example.com/", "application/http", httpBlock("Content-Type: text/html\r\n", strings.Repeat("<p>big</p>", 300<<10))))
	add("decompression_bomb", warcRecord("response", "https://bomb.example.com/", "application/http",
		httpBlock("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", string(gzipMember(strings.Repeat(" ", 2<<20))))))
	add("encoding_error", warcRecord("response", "https://zstd.example.com/", "application/http", httpBlock("Content-Type: text/html\r\nContent-Encoding: zstd\r\n", "xx")))
	add("http_error", warcRecord("response", "https://bad.example.com/", "application/http", "HTTX/1.1 200 OK\r\n\r\n<p>x</p>"))
	html, _ := os.ReadFile(pages[0])
	last := warcRecord("response", "https://last.example.com/", "application/http", httpBlock("Content-Type: text/html\r\n", string(html)))
	parts = append(parts, last[:len(last)/2])
	want = append(want, "warc_error")

	var data []byte
	for i, p := range parts {
		if !gz {
			data = append(data, p...)
			continue
		}
		m := gzipMember(p)
		if i == 3 { // a corrupt member (its checksum), in place of the second request record
			m[len(m)-7] ^= 0xff // the record is read and skipped, then its member fails: an error line too
			want = append(want[:0:0], append([]string{want[0], "gzip_error"}, want[1:]...)...)
		}
		data = append(data, m...)
	}
	name := "test.warc"
	if gz {
		name += ".gz"
	}
	path = filepath.Join(t.TempDir(), name)
	writeFile(t, path, data)
	return path, want, skipped
}

type warcLine struct {
	Source, URL, Fetched, Headline, Error, Language string
}

func TestWARCBatch(t *testing.T) {
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			path, want, skipped := testWARC(t, gz)
			var outputs []string
			for _, workers := range []int{1, 2} {
				var out, errOut bytes.Buffer
				cfg := Config{Workers: workers, MaxBytes: 2 << 20}
				sum, err := Run(context.Background(), cfg, []string{path}, &out, &errOut)
				if err != nil {
					t.Fatal(err)
				}
				outputs = append(outputs, out.String())
				var got []string
				for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
					var v warcLine
					if err := json.Unmarshal([]byte(l), &v); err != nil {
						t.Fatal(err)
					}
					code := "ok"
					if v.Error != "" {
						code, _, _ = strings.Cut(v.Error, ":")
					} else if v.Headline == "" || v.Fetched != "2019-11-20T10:00:00Z" || !strings.HasPrefix(v.URL, "https://news") {
						t.Errorf("line without headline, url or fetched: %.200s", l)
					}
					if !strings.HasPrefix(v.Source, path+"#") {
						t.Errorf("source %q", v.Source)
					}
					got = append(got, code)
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("workers %d: lines\n got %v\nwant %v", workers, got, want)
				}
				n := 0
				for _, c := range sum.Skipped {
					n += c
				}
				if n != skipped {
					t.Errorf("workers %d: %d skipped (%v), want %d", workers, n, sum.Skipped, skipped)
				}
				if !strings.Contains(errOut.String(), "WARC records skipped") {
					t.Errorf("summary %q", errOut.String())
				}
			}
			if outputs[0] != outputs[1] {
				t.Error("output differs between 1 and 2 workers")
			}
		})
	}
}

func TestWARCSourceOffset(t *testing.T) {
	path, _, _ := testWARC(t, true)
	var out bytes.Buffer
	if _, err := Run(context.Background(), Config{Workers: 2}, []string{path}, &out, nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	first, _, _ := strings.Cut(out.String(), "\n")
	var v warcLine
	json.Unmarshal([]byte(first), &v)
	var off int
	fmt.Sscanf(v.Source[strings.LastIndexByte(v.Source, '#')+1:], "%d", &off)
	zr, err := gzip.NewReader(bytes.NewReader(data[off:]))
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	var rec bytes.Buffer
	rec.ReadFrom(zr)
	if !strings.Contains(rec.String(), "WARC-Target-URI: "+v.URL) {
		t.Errorf("the member at %d is not the record of %s", off, v.URL)
	}
}

func TestWARCFilters(t *testing.T) {
	path, _, _ := testWARC(t, false)
	for _, tc := range []struct {
		hosts []string
		match string
		want  int
	}{
		// want: the pages kept, plus the 2 damaged records without a URI,
		// whose errors are written whatever the filter.
		{[]string{"example.com"}, "", 11},
		{[]string{"news1.example.com", "NEWS2.example.com."}, "", 2 + 2},
		{nil, `/a/[01]$`, 2 + 2},
		{[]string{"news0.example.com"}, `/a/[01]$`, 1 + 2},
	} {
		cfg := Config{Workers: 2, MaxBytes: 2 << 20, Hosts: tc.hosts}
		if tc.match != "" {
			cfg.URLMatch = regexp.MustCompile(tc.match)
		}
		var out bytes.Buffer
		sum, err := Run(context.Background(), cfg, []string{path}, &out, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents != tc.want || (sum.Skipped["url_filter"] == 0) != (tc.want == 11) {
			t.Errorf("%v %q: %d lines (%v), want %d", tc.hosts, tc.match, sum.Documents, sum.Skipped, tc.want)
		}
	}
}

// TestWARCResume interrupts a run over a WARC.gz and resumes it: the
// output equals the uninterrupted run's, skipped records included in the
// journal's count and their buffers given back (a resumed run that held
// them would stall).
func TestWARCResume(t *testing.T) {
	path, _, _ := testWARC(t, true)
	tmp := t.TempDir()
	extract := func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
		return lede.ExtractBytes(ctx, data, page.Options(lede.Options{}))
	}
	whole := filepath.Join(tmp, "whole.jsonl")
	j, err := OpenJournal(whole, "key", 3, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := RunJournal(context.Background(), Config{Workers: 2, MaxBytes: 2 << 20, Extract: extract}, []string{path}, j, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := j.Commit(); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(tmp, "out.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	crashing := func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
		if n++; n == 4 {
			cancel()
		}
		return extract(ctx, data, page)
	}
	j, err = OpenJournal(out, "key", 3, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := RunJournal(ctx, Config{Workers: 1, Window: 1, MaxBytes: 2 << 20, Extract: crashing}, []string{path}, j, io.Discard); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run: %v", err)
	}
	j.Close()
	j, err = OpenJournal(out, "key", 3, true)
	if err != nil {
		t.Fatal(err)
	}
	if done, _ := j.Resumed(); done == 0 {
		t.Fatal("nothing checkpointed before the interruption")
	}
	if _, err := RunJournal(context.Background(), Config{Workers: 2, MaxBytes: 2 << 20, Extract: extract}, []string{path}, j, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := j.Commit(); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(whole)
	b, _ := os.ReadFile(out)
	if !bytes.Equal(a, b) || len(a) == 0 {
		t.Errorf("resumed output differs from the uninterrupted run (%d vs %d bytes)", len(b), len(a))
	}
}

// TestWARCPlainTextIsNoPage runs a WARC whose response without a
// Content-Type holds plain text through an extractor that reads text too
// (lede batch --from auto): the record is still no page.
func TestWARCPlainTextIsNoPage(t *testing.T) {
	page, _ := os.ReadFile("../../testdata/pages/en_news.html")
	text := strings.Repeat("User-agent: *\nDisallow: /private/\nThis is a plain text answer of a web server, not an article page.\n", 20)
	w := warcRecord("response", "https://example.com/robots.txt", "application/http; msgtype=response", httpBlock("", text)) +
		warcRecord("response", "https://example.com/a.html", "application/http; msgtype=response", httpBlock("Content-Type: text/html\r\n", string(page)))
	path := filepath.Join(t.TempDir(), "t.warc")
	writeFile(t, path, []byte(w))
	auto := func(ctx context.Context, data []byte, p Page) (*lede.Article, error) {
		return lede.ExtractBytes(ctx, data, p.Options(lede.Options{Input: lede.InputAuto}))
	}
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{Extract: auto}, []string{path}, &out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 || sum.Skipped["not_html"] != 1 {
		t.Errorf("%d lines, skipped %v; want the HTML page's line and the text record skipped as not_html:\n%s", n, sum.Skipped, out.String())
	}
}

// TestWARCDuplicatesMarked: a page crawled twice in a WARC is marked as a
// duplicate of the first, as a page given twice as files is.
func TestWARCDuplicatesMarked(t *testing.T) {
	page, _ := os.ReadFile("../../testdata/pages/en_news.html")
	rec := func(uri string) string {
		return warcRecord("response", uri, "application/http; msgtype=response", httpBlock("Content-Type: text/html\r\n", string(page)))
	}
	path := filepath.Join(t.TempDir(), "twice.warc")
	writeFile(t, path, []byte(rec("https://example.com/a")+rec("https://example.com/a?utm=1")))
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{Dedup: dedup.Mark}, []string{path}, &out, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || sum.Duplicates != 1 || !strings.Contains(lines[1], `"duplicate":"exact"`) || strings.Contains(lines[0], `"duplicate"`) {
		t.Errorf("summary %+v, lines:\n%s\nwant the second record marked an exact duplicate of the first", sum, out.String())
	}
}

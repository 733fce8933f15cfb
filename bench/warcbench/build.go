package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

// counts tells what a built file holds and what `lede batch` must write.
type counts struct {
	Records  int `json:"records"`   // WARC records written
	HTML     int `json:"html"`      // response records holding a page: one line each
	Damaged  int `json:"damaged"`   // damaged records: one error line each
	Skipped  int `json:"skipped"`   // records counted, not written
	HTMLByte int `json:"html_byte"` // bytes of the pages, decoded
}

// builder writes records, one gzip member each.
type builder struct {
	w      *bufio.Writer
	zw     *gzip.Writer
	counts counts
	n      int // pages written, picks the encodings
}

func runBuild(args []string) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	copies := fs.Int("copies", 1, "write the pages this many times (URLs differ)")
	out := fs.String("o", "eval.warc.gz", "output file")
	clean := fs.Bool("clean", false, "no damaged records (to time readers that stop at the first)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		usage()
	}
	pages, err := loadPages(fs.Arg(0))
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	defer f.Close()
	b := &builder{w: bufio.NewWriterSize(f, 1<<20)}
	b.zw, _ = gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression)
	b.record("warcinfo", "", "application/warc-fields", "software: lede warcbench\r\nformat: WARC File Format 1.1\r\n", false)
	for c := range *copies {
		for i, p := range pages {
			uri := p.url
			if c > 0 {
				uri += fmt.Sprintf("?copy=%d", c)
			}
			b.page(uri, p.html)
			if i%10 == 5 {
				b.junk(uri)
			}
			if i%300 == 150 && !*clean {
				b.damaged(c*len(pages) + i)
			}
		}
	}
	if *clean {
		return b.finish(f)
	}
	// A record cut short by the end of the file.
	last := record("response", "https://truncated.example/", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+string(pages[0].html))
	b.member([]byte(last[:len(last)/2]))
	b.counts.Records++
	b.counts.Damaged++
	return b.finish(f)
}

// finish flushes the file and prints the counts.
func (b *builder) finish(f *os.File) error {
	if err := b.w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	js, _ := json.Marshal(b.counts)
	fmt.Printf("%s\n", js)
	return nil
}

type page struct {
	url  string
	html []byte
}

// loadPages reads DIR/*/html/*.html.gz in sorted order, with the URLs of
// DIR/*/ground-truth.json.
func loadPages(dir string) ([]page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "html", "*.html*"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no pages under %s/*/html", dir)
	}
	sort.Strings(files)
	urls := map[string]string{}
	sets, _ := filepath.Glob(filepath.Join(dir, "*", "ground-truth.json"))
	for _, s := range sets {
		data, err := os.ReadFile(s)
		if err != nil {
			return nil, err
		}
		var gt map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(data, &gt); err != nil {
			return nil, fmt.Errorf("%s: %w", s, err)
		}
		for k, v := range gt {
			urls[k] = v.URL
		}
	}
	var pages []page
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
		}
		key := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".gz"), ".html")
		u := urls[key]
		if u == "" {
			u = fmt.Sprintf("https://page%d.example/%s", i, key)
		}
		pages = append(pages, page{u, data})
	}
	return pages, nil
}

// page writes the request, response and metadata records of one page; the
// response's body is sent as it is, gzipped, brotli'd or chunked in turn.
func (b *builder) page(uri string, html []byte) {
	b.record("request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", false)
	header := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
	body := string(html)
	switch b.n % 4 {
	case 1:
		header += "Content-Encoding: gzip\r\n"
		body = compressed("gzip", html)
	case 2:
		header += "Content-Encoding: br\r\n"
		body = compressed("br", html)
	case 3:
		header += "Transfer-Encoding: chunked\r\n"
		body = fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(html), html)
	}
	b.n++
	b.record("response", uri, "application/http; msgtype=response", header+"\r\n"+body, false)
	b.counts.HTML++
	b.counts.HTMLByte += len(html)
	b.record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n", false)
}

// junk writes records that are not pages: an image, a redirect, a revisit,
// robots.txt (text/plain: sniffed, not HTML).
func (b *builder) junk(uri string) {
	b.record("response", uri+"/logo.png", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"+strings.Repeat("\x00\x07", 2000), false)
	b.record("response", uri+"/old", "application/http; msgtype=response", "HTTP/1.1 301 Moved Permanently\r\nLocation: "+uri+"\r\n\r\n", false)
	b.record("revisit", uri, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", false)
	b.record("response", uri+"/robots.txt", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nUser-agent: *\nDisallow: /admin\n", false)
}

// damaged writes one damaged record: a malformed header, an oversized
// page, a decompression bomb or a corrupt gzip member, in turn.
func (b *builder) damaged(i int) {
	b.counts.Damaged++
	switch (i / 300) % 4 {
	case 0:
		b.member([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length twelve\r\n\r\nHTTP/1.1 200\r\n\r\n"))
		b.counts.Records++
	case 1:
		b.record("response", "https://big.example/", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+strings.Repeat("<p>too large</p>\n", 18<<20/17), false)
	case 2:
		b.record("response", "https://bomb.example/", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"+compressed("gzip", bytes.Repeat([]byte{' '}, 8<<20)), false)
	case 3:
		b.record("response", "https://corrupt.example/", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>corrupt</p></body></html>", true)
	}
}

// recordID numbers the records of a build.
var recordID int

func record(typ, uri, contentType, block string) string {
	var h strings.Builder
	recordID++
	fmt.Fprintf(&h, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", typ, recordID)
	if uri != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&h, "WARC-Date: 2019-11-20T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return h.String()
}

// record writes one record as a gzip member; corrupt flips a byte of the
// member's checksum.
func (b *builder) record(typ, uri, contentType, block string, corrupt bool) {
	var m bytes.Buffer
	b.zw.Reset(&m)
	b.zw.Write([]byte(record(typ, uri, contentType, block)))
	b.zw.Close()
	data := m.Bytes()
	if corrupt {
		data[len(data)-6] ^= 0xff
	}
	b.w.Write(data)
	b.counts.Records++
	if typ != "response" || (!strings.Contains(block, "text/html") && !corrupt) || strings.Contains(block, "301 Moved") {
		b.counts.Skipped++
	}
}

// member writes raw bytes as one gzip member.
func (b *builder) member(data []byte) {
	b.zw.Reset(b.w)
	b.zw.Write(data)
	b.zw.Close()
}

func compressed(coding string, data []byte) string {
	var b bytes.Buffer
	switch coding {
	case "gzip":
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
	case "br":
		w := brotli.NewWriterLevel(&b, 5)
		w.Write(data)
		w.Close()
	}
	return b.String()
}

package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReader: any bytes, plain or as gzip members, are read to the end
// without a panic, every record is yielded once at a growing offset, and
// the reader does not stop with an error (the bytes come from memory).
func FuzzReader(f *testing.F) {
	ok := rec("response", "https://a.example/1", "application/http", httpResponse("<p>one</p>"))
	f.Add([]byte(ok+ok), false)
	f.Add([]byte(ok[:40]+ok), true)
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999\r\n\r\nxx"), false)
	f.Add([]byte("WARC/1.1\r\n folded\r\nA: b\r\n  c\r\nContent-Length: 0\r\n\r\n\r\n\r\n"), true)
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // one writer: a new one per input makes fuzzing crawl
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		if gz {
			var b bytes.Buffer
			for chunk := range bytes.SplitSeq(data, []byte("\n\n")) {
				zw.Reset(&b)
				zw.Write(chunk)
				zw.Close()
			}
			data = b.Bytes()
		}
		r := NewReader(bytes.NewReader(data))
		last, n := int64(-1), 0
		for r.Next() {
			rec := r.Record()
			if rec.Offset < last || rec.Offset > int64(len(data)) {
				t.Fatalf("offset %d after %d (file of %d)", rec.Offset, last, len(data))
			}
			last = rec.Offset
			if n++; n > len(data)+1 {
				t.Fatal("more records than bytes")
			}
			if rec.Err == nil && n%2 == 0 {
				_, _ = r.ReadBlock(nil, 1<<16)
			}
		}
		if r.Err() != nil {
			t.Fatalf("stream error on bytes in memory: %v", r.Err())
		}
	})
}

// FuzzDecode: any response block is parsed and decoded without a panic,
// within the limit.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(httpResponse("<p>x</p>")), "gzip", "chunked")
	f.Add([]byte("HTTP/1.1 200 OK\r\n\r\n"+compress("br", "<p>x</p>")), "br", "")
	f.Add([]byte("HTTP/1.1 200 OK\r\n\r\n"+compress("gzip", strings.Repeat("a", 1<<16))), "gzip", "")
	f.Add([]byte("HTTP/1.1 200 OK\r\n\r\n5\r\nabc"), "deflate", "chunked")
	f.Fuzz(func(t *testing.T, block []byte, coding, transfer string) {
		resp, err := ParseResponse(block)
		if err != nil {
			return
		}
		resp.ContentEncoding, resp.TransferEncoding = coding, transfer
		d := BodyDecoder{MaxBytes: 1 << 20}
		body, err := d.Decode(resp)
		if err == nil && len(body) > 1<<20 {
			t.Fatalf("body of %d bytes over the limit", len(body))
		}
	})
}

// benchWARC builds a WARC.gz of the vendored pages, one record per member.
func benchWARC(b *testing.B) ([]byte, int64) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	var out bytes.Buffer
	var html int64
	for i := range 20 {
		for _, p := range pages {
			page, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			html += int64(len(page))
			out.Write(member(rec("request", "https://a.example/", "application/http", "GET / HTTP/1.1\r\n\r\n")))
			out.Write(member(rec("response", fmt.Sprintf("https://a.example/%d", i), "application/http", httpResponse(string(page)))))
		}
	}
	return out.Bytes(), html
}

// BenchmarkReader reads a WARC.gz, the response blocks into one buffer;
// bytes are those of the pages.
func BenchmarkReader(b *testing.B) {
	data, html := benchWARC(b)
	b.SetBytes(html)
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		r := NewReader(bytes.NewReader(data))
		for r.Next() {
			if r.Record().Type == "response" {
				buf, _ = r.ReadBlock(buf[:0], 1<<24)
			}
		}
		if r.Err() != nil {
			b.Fatal(r.Err())
		}
	}
}

// BenchmarkDecodeGzip decodes gzipped response bodies.
func BenchmarkDecodeGzip(b *testing.B) {
	page, err := os.ReadFile("../../testdata/pages/en_news.html")
	if err != nil {
		b.Fatal(err)
	}
	block := []byte("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + compress("gzip", string(page)))
	d := BodyDecoder{MaxBytes: 1 << 24}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		resp, _ := ParseResponse(block)
		if _, err := d.Decode(resp); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleReader() {
	file := rec("warcinfo", "", "application/warc-fields", "software: example\r\n") +
		rec("response", "https://example.com/news/1", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>")
	r := NewReader(strings.NewReader(file))
	var dec BodyDecoder
	dec.MaxBytes = 1 << 20
	for r.Next() {
		rec := r.Record()
		if rec.Err != nil || rec.Type != "response" {
			continue
		}
		block, err := r.ReadBlock(nil, 1<<20)
		if err != nil {
			continue
		}
		resp, _ := ParseResponse(block)
		page, _ := dec.Decode(resp)
		fmt.Printf("%d %s %d %s\n", rec.Offset, rec.TargetURI, resp.Status, page)
	}
	if err := r.Err(); err != nil {
		fmt.Println(err)
	}
	// Output: 197 https://example.com/news/1 200 <p>Hello</p>
}

package warc

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func compress(coding string, s string) string {
	var b bytes.Buffer
	switch coding {
	case "gzip":
		return string(member(s))
	case "br":
		w := brotli.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
	case "deflate":
		w := zlib.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
	case "rawdeflate":
		w, _ := flate.NewWriter(&b, 5)
		w.Write([]byte(s))
		w.Close()
	}
	return b.String()
}

func TestDecodeBody(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("Words of the article. ", 40) + "</p></body></html>"
	bomb := strings.Repeat("\x00", 8<<20)
	for _, tc := range []struct {
		name, header, body string
		want               string // the body, or the sentinel's text
	}{
		{"identity", "", page, page},
		{"gzip", "Content-Encoding: gzip\r\n", compress("gzip", page), page},
		{"x-gzip", "Content-Encoding: x-gzip\r\n", compress("gzip", page), page},
		{"gzip header on a plain body", "Content-Encoding: gzip\r\n", page, page},
		{"br", "Content-Encoding: br\r\n", compress("br", page), page},
		{"deflate zlib", "Content-Encoding: deflate\r\n", compress("deflate", page), page},
		{"deflate raw", "Content-Encoding: deflate\r\n", compress("rawdeflate", page), page},
		{"chunked", "Transfer-Encoding: chunked\r\n", "10\r\n" + page[:16] + "\r\n" + strings.ToUpper("a;x=1") + "\r\n" + page[16:26] + "\r\n0\r\n\r\n", page[:26]},
		{"chunked gzip", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunk(compress("gzip", page)), page},
		{"chunked header on a plain body", "Transfer-Encoding: chunked\r\n", page, page},
		{"corrupt gzip", "Content-Encoding: gzip\r\n", compress("gzip", page)[:30] + "xxxxxxxxxx", "content encoding"},
		{"unknown coding", "Content-Encoding: zstd\r\n", page, "content encoding"},
		{"gzip bomb", "Content-Encoding: gzip\r\n", compress("gzip", bomb), "decompression ratio over the limit"},
		{"br bomb", "Content-Encoding: br\r\n", compress("br", bomb), "decompression ratio over the limit"},
		{"too large", "Content-Encoding: gzip\r\n", compress("gzip", strings.Repeat(page, 200)), "too large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + tc.header + "\r\n" + tc.body
			resp, err := ParseResponse([]byte(block))
			if err != nil {
				t.Fatal(err)
			}
			d := BodyDecoder{MaxBytes: 100 << 10}
			if tc.name == "gzip bomb" || tc.name == "br bomb" {
				d.MaxBytes = 16 << 20
			}
			got, err := d.Decode(resp)
			if err != nil {
				for _, s := range []error{ErrEncoding, ErrRatio, ErrTooLarge} {
					if errors.Is(err, s) && s.Error() == tc.want {
						return
					}
				}
				t.Fatalf("error %v, want %.40q", err, tc.want)
			}
			if string(got) != tc.want {
				t.Errorf("got %.80q, want %.80q", got, tc.want)
			}
		})
	}
}

func chunk(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 100)
		b.WriteString(hex(n) + "\r\n" + s[:n] + "\r\n")
		s = s[n:]
	}
	return b.String() + "0\r\n\r\n"
}

func hex(n int) string {
	const digits = "0123456789abcdef"
	if n < 16 {
		return digits[n : n+1]
	}
	return hex(n/16) + digits[n%16:n%16+1]
}

func TestParseResponse(t *testing.T) {
	for _, tc := range []struct {
		block  string
		status int
		ct     string
		body   string
		bad    bool
	}{
		{"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>x", 200, "text/html; charset=ISO-8859-1", "<p>x", false},
		{"HTTP/1.0 301 Moved\nLocation: /x\n\n", 301, "", "", false},
		{"HTTP/1.1 200\r\n\r\nbody", 200, "", "body", false},
		{"GET / HTTP/1.1\r\n\r\n", 0, "", "", true},
		{"HTTP/1.1 2x0 OK\r\n\r\n", 0, "", "", true},
		{"HTTP/1.1 200 OK\r\nContent-Type: text/html", 0, "", "", true},
	} {
		resp, err := ParseResponse([]byte(tc.block))
		if (err != nil) != tc.bad || (!tc.bad && (resp.Status != tc.status || resp.ContentType != tc.ct || string(resp.Body) != tc.body)) {
			t.Errorf("%q: %+v %v", tc.block, resp, err)
		}
	}
}

func TestClassifyContentType(t *testing.T) {
	for ct, want := range map[string]HTMLType{
		"text/html; charset=utf-8": HTMLYes, "application/xhtml+xml": HTMLYes, "": HTMLUnknown,
		"text/plain": HTMLUnknown, "application/octet-stream": HTMLUnknown, "image/png": HTMLNo,
		"application/pdf": HTMLNo, "application/rss+xml": HTMLNo, "TEXT/HTML": HTMLYes,
	} {
		if got := ClassifyContentType(ct); got != want {
			t.Errorf("%q: %v, want %v", ct, got, want)
		}
	}
}

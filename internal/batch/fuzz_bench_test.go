package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// FuzzReadDocument feeds arbitrary bytes as a .gz page: reading never
// panics, never returns more than the limit, and fails only with a code.
func FuzzReadDocument(f *testing.F) {
	f.Add(gzipped("<html><p>hello</p></html>"))
	f.Add(gzipped(strings.Repeat("a", 5000)))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Add([]byte("<html>plain</html>"))
	f.Add([]byte{})
	const limit = 4096
	path := filepath.Join(f.TempDir(), "page.html.gz")
	f.Fuzz(func(t *testing.T, raw []byte) {
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		data, err := ReadDocument(path, limit)
		if err != nil {
			switch ErrorCode(err) {
			case CodeGzipError, "too_large":
			default:
				t.Fatalf("error %v has code %q", err, ErrorCode(err))
			}
			return
		}
		if len(data) > limit {
			t.Fatalf("read %d bytes, limit %d", len(data), limit)
		}
		zr, zerr := gzip.NewReader(bytes.NewReader(raw))
		if zerr != nil {
			t.Fatalf("read succeeded on bad gzip: %v", zerr)
		}
		want, _ := io.ReadAll(zr)
		if !bytes.Equal(data, want) {
			t.Fatalf("read %q, want %q", data, want)
		}
	})
}

// BenchmarkRun measures the batch machinery alone: reading, ordering and
// JSON writing of 64 pages of 20 kB with an extractor that does nothing.
func BenchmarkRun(b *testing.B) {
	dir := b.TempDir()
	page := []byte("<html><body>" + strings.Repeat("<p>Some words of a page.</p>", 700) + "</body></html>")
	for i := range 64 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.html", i)), page, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	article := &lede.Article{SchemaVersion: 1, Headline: "A headline", Text: strings.Repeat("Some words of a page. ", 300)}
	cfg := Config{Workers: 2, Extract: func(context.Context, []byte, Page) (*lede.Article, error) { return article, nil }}
	b.SetBytes(int64(64 * len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), cfg, []string{dir}, io.Discard, nil); err != nil && !errors.Is(err, context.Canceled) {
			b.Fatal(err)
		}
	}
}

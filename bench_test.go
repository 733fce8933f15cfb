package lede_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// benchPagesDir holds real pages for BenchmarkExtract: *.html, or
// *.html.gz decompressed before timing.
const benchPagesDir = "testdata/pages"

// loadBenchPages reads every page in benchPagesDir, in sorted order.
func loadBenchPages(b *testing.B) (names []string, pages [][]byte) {
	b.Helper()
	entries, err := os.ReadDir(benchPagesDir)
	if err != nil && !os.IsNotExist(err) {
		b.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".html.gz")) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(benchPagesDir, name))
		if err != nil {
			b.Fatal(err)
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
		}
		names = append(names, name)
		pages = append(pages, data)
	}
	return names, pages
}

// BenchmarkExtract extracts the real pages in testdata/pages, one page per
// operation in turn, so that with -benchmem ns/op, B/op and allocs/op are
// per page and MB/s is over the HTML read. Pages whose extraction fails
// (a page that is not an article) still count; the share is reported as
// failed/op. The cross-tool comparison is the bench/ module's job.
func BenchmarkExtract(b *testing.B) {
	names, pages := loadBenchPages(b)
	if len(pages) == 0 {
		b.Skipf("no pages in %s (*.html or *.html.gz): vendor some real pages there to benchmark Extract", benchPagesDir)
	}
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	b.Logf("%d pages, %d bytes (%s … %s)", len(pages), total, names[0], names[len(names)-1])
	ctx := context.Background()
	b.SetBytes(total / int64(len(pages)))
	b.ReportAllocs()
	failed, i := 0, 0
	for b.Loop() {
		if _, err := lede.ExtractBytes(ctx, pages[i], lede.Options{}); err != nil {
			failed++
		}
		if i++; i == len(pages) {
			i = 0
		}
	}
	b.ReportMetric(float64(failed)/float64(b.N), "failed/op")
}

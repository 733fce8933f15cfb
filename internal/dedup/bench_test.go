package dedup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkIndexMemory adds a million synthetic fingerprints (random
// sketches and bands: all unique, the worst case, as every one is kept)
// with WARC-like sources and reports the heap the index holds per
// document:
//
//	go test -run '^$' -bench IndexMemory -benchtime 1x ./internal/dedup
func BenchmarkIndexMemory(b *testing.B) {
	const n = 1_000_000
	for _, naming := range []struct {
		name   string
		source func(i int) string
	}{
		{"warc", func(i int) string { // Common Crawl: PATH#OFFSET, 20,000 records a file
			return fmt.Sprintf("crawl-data/CC-NEWS/2024/01/CC-NEWS-20240101%06d-%05d.warc.gz#%d", i/20000, i/20000, i%20000*31337)
		}},
		{"files", func(i int) string { // a directory of pages named by hash
			return fmt.Sprintf("pages/%016x%016x.html.gz", rand.Uint64(), rand.Uint64())
		}},
	} {
		b.Run(naming.name, func(b *testing.B) {
			sources := make([]string, n) // made beforehand: not the index's memory
			for i := range sources {
				sources[i] = naming.source(i)
			}
			rng := rand.New(rand.NewPCG(5, 6))
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				x := New(0)
				for i := range n {
					var fp Fingerprint
					for j := range fp.Band {
						fp.Band[j] = rng.Uint32()
					}
					fp.Sketch = [4]uint32{rng.Uint32(), rng.Uint32(), rng.Uint32(), rng.Uint32()}
					fp.Exact = rng.Uint64()
					if _, err := x.Add(sources[i], fp); err != nil {
						b.Fatal(err)
					}
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/doc")
				b.ReportMetric(float64(x.kept.size())/n, "name-bytes/doc")
				runtime.KeepAlive(x)
			}
		})
	}
}

// BenchmarkFingerprint measures Of on a real article text.
func BenchmarkFingerprint(b *testing.B) {
	text := goldenText(b, "en_news")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Of(text)
	}
}

// BenchmarkAdd measures Index.Add over distinct texts.
func BenchmarkAdd(b *testing.B) {
	words := strings.Fields(goldenText(b, "en_lists"))
	rng := rand.New(rand.NewPCG(7, 8))
	fps := make([]Fingerprint, 1000)
	for i := range fps {
		rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		fps[i] = Of(strings.Join(words[:300], " "))
	}
	b.ReportAllocs()
	x := New(0)
	i := 0
	for b.Loop() {
		if _, err := x.Add(fmt.Sprintf("doc%d", i), fps[i%len(fps)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

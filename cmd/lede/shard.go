package main

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
)

// shard is one part of a run split over several workers: index i of n.
type shard struct{ i, n int }

// parseShard reads --shard "i/N" (0 ≤ i < N); "" is the whole run.
func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{0, 1}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return shard{}, fmt.Errorf("--shard %q: want i/N with 0 ≤ i < N (e.g. 0/4)", s)
	}
	return shard{i, n}, nil
}

// pick keeps the inputs of the shard: the k-th input belongs to shard k
// mod N, so shards differ by at most one input and need no coordinator.
func (s shard) pick(inputs []string) []string {
	if s.n == 1 {
		return inputs
	}
	var out []string
	for k, in := range inputs {
		if k%s.n == s.i {
			out = append(out, in)
		}
	}
	return out
}

// readManifest reads a list of inputs in the form of Common Crawl's
// warc.paths: one path per line, relative paths taken under prefix,
// file:// URLs as their path; blank lines and lines starting with # are
// skipped. Other URLs are refused: lede reads local files.
func readManifest(r io.Reader, prefix string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, "://"); i > 0 {
			u, err := url.Parse(line)
			if err != nil || u.Scheme != "file" {
				return nil, fmt.Errorf("manifest line %d: %q: only local paths and file:// URLs can be read (download the files first)", n, line)
			}
			line = u.Path
		}
		if prefix != "" && !filepath.IsAbs(line) {
			line = filepath.Join(prefix, line)
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading the manifest: %w", err)
	}
	return out, nil
}

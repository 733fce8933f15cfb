package main

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
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

// listLine is a line of an input list and its number.
type listLine struct {
	n    int
	text string
}

// readList reads a list of inputs, one per line: the lines trimmed, blank
// lines and lines starting with # left out.
func readList(r io.Reader) ([]listLine, error) {
	var out []listLine
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, listLine{n, line})
	}
	return out, sc.Err()
}

// openList opens a list file, or standard input for "-".
func (a *app) openList(path string) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(a.stdin), nil
	}
	return os.Open(path)
}

// readManifest reads a list of inputs in the form of Common Crawl's
// warc.paths: one path per line, relative paths taken under prefix,
// file:// URLs as their path; blank lines and lines starting with # are
// skipped. Other URLs are refused: lede reads local files.
func readManifest(r io.Reader, prefix string) ([]string, error) {
	lines, err := readList(r)
	if err != nil {
		return nil, fmt.Errorf("reading the manifest: %w", err)
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		line := l.text
		if i := strings.Index(line, "://"); i > 0 {
			u, err := url.Parse(line)
			if err != nil || u.Scheme != "file" {
				return nil, fmt.Errorf("manifest line %d: %q: only local paths and file:// URLs can be read (download the files first)", l.n, line)
			}
			line = u.Path
		}
		if prefix != "" && !filepath.IsAbs(line) {
			line = filepath.Join(prefix, line)
		}
		out = append(out, line)
	}
	return out, nil
}

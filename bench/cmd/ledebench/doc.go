// Command ledebench compares lede with two peer extractors, go-trafilatura
// (github.com/markusmobius/go-trafilatura v1.12.2) and readeck's
// go-readability (codeberg.org/readeck/go-readability/v2), on the same pages.
// It lives in its own module so that the lede module never imports the peers.
//
//	ledebench batch --tool lede|trafilatura|readability [--workers N] -o OUT.jsonl DIR...
//	ledebench speed [--runs N] [--tools LIST] [--bins DIR] [--json] DIR...
//
// batch writes one JSON line per page in the shape of `lede batch` output:
// "source" (the path as walked) plus the Article fields, or "source" plus
// "error" when the page failed. For lede the line carries the whole Article;
// for the peers only what they have: text, headline, authors, published and
// language (see tool_trafilatura.go and tool_readability.go for the
// mapping). The team's scorer (../shared/checks/score) reads the three
// outputs the same way.
//
// speed measures single-core throughput. For each tool it starts a child
// process (itself, or with --bins DIR the binary DIR/ledebench-TOOL built
// with -tags only_TOOL, so that no other tool's start-up memory is counted)
// with GOMAXPROCS=1, pinned to one CPU with taskset when it is installed.
// The child decompresses every page into memory outside the Go heap, then
// times only the extraction calls, by the wall clock and by CPU time, best
// of N runs, and reports allocated bytes per page
// (runtime.MemStats.TotalAlloc over a run, divided by the pages) and its
// own peak RSS (VmHWM), which includes the pages held in memory, the same
// for every tool. README.md says why each of these choices was made.
//
// An INPUT is a page (.html, .htm, .xhtml, optionally gzip-compressed with
// .gz) or a directory, walked recursively in sorted order.
package main

// Command ledebench compares lede with two peer extractors, go-trafilatura
// (github.com/markusmobius/go-trafilatura v1.12.2) and readeck's
// go-readability (codeberg.org/readeck/go-readability/v2), on the same pages.
// It lives in its own module so that the lede module never imports the peers.
//
//	ledebench batch --tool lede|trafilatura|readability [--workers N] -o OUT.jsonl DIR...
//	ledebench speed [--runs N] [--tools LIST] [--json] DIR...
//
// batch writes one JSON line per page in the shape of `lede batch` output:
// "source" (the path as walked) plus the Article fields, or "source" plus
// "error" when the page failed. For lede the line carries the whole Article;
// for the peers only what they have: text, headline, authors, published and
// language (see tools.go for the mapping). The team's scorer
// (../shared/checks/score) reads the three outputs the same way.
//
// speed measures single-core throughput. For each tool it starts itself
// again as a child process (so that each tool's peak RSS is its own) with
// GOMAXPROCS=1, pinned to one CPU with taskset when it is installed. The
// child decompresses every page into memory first, then times only the
// extraction calls, best of N runs, and reports allocated bytes per page
// (runtime.MemStats.TotalAlloc over a run, divided by the pages). Peak RSS is
// the child's ru_maxrss, so it includes the pages held in memory (the same
// for every tool) and whatever the tool allocates at start-up.
//
// An INPUT is a page (.html, .htm, .xhtml, optionally gzip-compressed with
// .gz) or a directory, walked recursively in sorted order.
package main

// Package dedup finds exact and near duplicates among the articles of a
// run, keeping the first of each group in input order.
//
// Texts are compared after Normalize (Unicode NFC, lower case, no
// punctuation or symbols, single spaces). Exact duplicates have the same
// normalised text. Near duplicates have similar sets of word trigrams
// ("shingles"): their Jaccard similarity, estimated by MinHash (Broder
// 1997) from a 128-bit sketch that keeps two bits of each of 64 minima
// (b-bit MinHash, Li and König 2010), is at least the threshold
// (DefaultThreshold 0.5). Candidates are found by locality-sensitive
// hashing: 6 bands of 2 minima each, so texts with J = 0.75 share a band
// with probability 0.993 and unrelated texts almost never do.
//
// The threshold, the shingle length and MinHash rather than SimHash were
// chosen by measurement on the shared evaluation pages and synthetic near
// duplicates of them (another teaser, boilerplate lines, typos,
// truncation): TestMeasureNearDuplicates prints the tables; the README has
// the figures.
//
// Memory: an Index keeps 48 bytes per document that is not an exact
// duplicate (sketch, hash, group, LSH chain links), the source of each
// kept document front-coded (a few bytes when sources share a directory or
// WARC file), and 1.5 MiB of bucket heads. BenchmarkIndexMemory measures
// 63.5 bytes per document over a million documents with WARC-style
// sources. A lookup compares the
// sketches of about 6 × n / 65,536 entries for n documents indexed (90 at
// a million; ten million documents is still cheap next to extraction; far
// larger runs should be sharded and merged). An Index holds at most
// 2^32 - 2 entries.
//
// An Index is not safe for concurrent use: it is fed from the ordered
// delivery of a batch run, which is what makes its verdicts the same
// whatever the number of workers.
package dedup

// Package dedup finds exact and near duplicates among the articles of a
// run: the first document in input order is kept, and a later one like a
// kept one is its duplicate.
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
// Each document is compared with the kept documents only: a duplicate
// names a text it is itself similar to, and costs no memory.
//
// Memory: an Index keeps 44 bytes per kept document (sketch, hash, LSH
// chain links), the source of each front-coded (a few bytes when sources
// share a directory or WARC file), and 384 KiB of bucket heads.
// BenchmarkIndexMemory measures 58.2 bytes per document over a million
// kept documents with WARC-style sources. A lookup compares the sketches
// of about 6 × n / 16,384 entries for n kept documents (370 at a million),
// at most 16,384 per band; far larger runs should be sharded and merged.
// An Index holds at most 2^32 - 2 documents.
//
// An Index is not safe for concurrent use: it is fed from the ordered
// delivery of a batch run, which is what makes its verdicts the same
// whatever the number of workers.
package dedup

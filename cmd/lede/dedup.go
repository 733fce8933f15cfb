package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/dedup"
)

const dedupUsage = `usage: lede dedup [-o FILE] [--dedup mark|drop] SHARD.jsonl...

Merges the outputs of 'lede batch' runs (shards of one input) into one
deduplicated output, as one run over all their inputs would have written
it: the shards in the order given, each line in its order; the article
texts are fingerprinted again, each is compared with the kept ones before
it, and a duplicate gets "duplicate" ("exact" or "near") and
"duplicate_of" (the source of the kept one), replacing the shards' marks. Run the
shards with --dedup mark (the default): a shard run with --dedup drop has
lost the texts it dropped. Files are read a line at a time; names ending
in .gz (gzip) or .zst (Zstandard) are decompressed; "-" is standard input.
-o FILE is compressed the same way by its name. A summary goes to stderr.

Duplicates: texts are compared after normalising them (Unicode NFC, lower
case, punctuation and symbols removed, white space collapsed). The same
normalised text is an exact duplicate; a text whose word trigrams have an
estimated Jaccard similarity of 0.5 or more with an earlier one's is a near
duplicate (MinHash).

  -o FILE          write to FILE, replaced only when the merge completes
                   (default: standard output)
  --dedup MODE     mark duplicates (mark, the default) or leave them out
                   and count them in the summary (drop)

Exit status: 0 when the merge completed, 1 for a fatal error (a shard not
readable or not JSON Lines, output not writable), 2 usage error.
`

func (a *app) runDedup(ctx context.Context, args []string) int {
	fs := a.newFlagSet("dedup")
	output := fs.String("o", "", "")
	fs.StringVar(output, "output", "", "")
	modeName := fs.String("dedup", "mark", "")
	shards, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, dedupUsage)
	}
	mode, err := dedup.ParseMode(*modeName)
	if err == nil && mode == dedup.Off {
		err = errors.New("--dedup off: a merge marks or drops")
	}
	if err != nil {
		return a.usageError(err, dedupUsage)
	}
	if len(shards) == 0 {
		return a.usageError(errors.New("dedup needs at least one SHARD"), dedupUsage)
	}
	for _, s := range shards {
		if *output != "" && *output != "-" && s != "-" && sameFile(s, *output) {
			return a.usageError(fmt.Errorf("-o %s is also a SHARD", *output), dedupUsage)
		}
	}

	var out io.Writer = a.stdout
	var file *batch.AtomicFile
	if *output != "" && *output != "-" {
		if file, err = batch.CreateAtomic(*output); err != nil {
			a.errorf("output not writable: %v", err)
			return exitFailure
		}
		defer file.Abort()
		out = file
	}
	out, end, err := compressed(out, *output)
	if err != nil {
		a.errorf("%v", err)
		return exitFailure
	}
	m := dedup.NewMerger(out, mode)
	for _, s := range shards {
		if ctx.Err() != nil {
			a.errorf("dedup interrupted")
			return exitInterrupted
		}
		if err := a.mergeShard(m, s); err != nil {
			a.errorf("%v", err)
			return exitFailure
		}
	}
	sum, err := m.Flush()
	if err == nil {
		err = end()
	}
	if err == nil && file != nil {
		err = file.Commit()
	}
	if err != nil {
		a.errorf("%v", err)
		return exitFailure
	}
	fmt.Fprintf(a.stderr, "dedup: %s\n", sum)
	return exitOK
}

// mergeShard adds one shard file (decompressed as its name says) to the
// merge.
func (a *app) mergeShard(m *dedup.Merger, name string) error {
	if name == "-" {
		return m.Add(name, a.stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("dedup: %w", err)
	}
	defer f.Close()
	r, err := batch.Decompress(f, name)
	if err != nil {
		return fmt.Errorf("dedup: %w", err)
	}
	defer r.Close()
	return m.Add(name, r)
}

// compressed wraps w in the compression FILE's name asks for (.gz, .zst),
// and returns the function that ends the stream.
func compressed(w io.Writer, name string) (io.Writer, func() error, error) {
	switch {
	case strings.HasSuffix(name, ".gz"):
		zw := gzip.NewWriter(w)
		return zw, zw.Close, nil
	case strings.HasSuffix(name, ".zst"), strings.HasSuffix(name, ".zstd"):
		zw, err := zstd.NewWriter(w, zstd.WithEncoderConcurrency(1))
		if err != nil {
			return nil, nil, err
		}
		return zw, zw.Close, nil
	}
	return w, func() error { return nil }, nil
}

// sameFile says whether two paths name the same existing file.
func sameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(ia, ib)
}

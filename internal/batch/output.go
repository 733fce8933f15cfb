package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/dedup"
)

// record is one line of batch output: "source", the Article's fields when
// there is an Article, "error" when the document yielded no article, and,
// for a duplicate, "duplicate" ("exact" or "near") and "duplicate_of" (the
// source of the kept document it repeats). The duplicate fields come
// last: 'lede dedup' rewrites them.
type record struct {
	Source string `json:"source"`
	*lede.Article
	Error       string `json:"error,omitempty"`
	Duplicate   string `json:"duplicate,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// newRecord makes the output line of r. The lists of the Article are
// written as [] rather than null, as the schema promises, without
// modifying r.Article.
func newRecord(r Result) record {
	rec := record{Source: r.Source, Error: r.ErrorText()}
	if r.Article != nil {
		a := *r.Article
		a.Highlights = nonNil(a.Highlights)
		a.Authors = nonNil(a.Authors)
		a.Agencies = nonNil(a.Agencies)
		a.Tags = nonNil(a.Tags)
		if a.Body == nil {
			a.Body = []lede.Block{}
		}
		rec.Article = &a
	}
	return rec
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Run extracts every document named by inputs and writes one JSON line per
// document to out, in input order, then the summary line to stderr (when
// not nil). With cfg.Dedup, duplicates are marked or left out (see
// package dedup). The error is fatal: no input, a failing writer, or
// ctx.Err().
func Run(ctx context.Context, cfg Config, inputs []string, out io.Writer, stderr io.Writer) (Summary, error) {
	bw := bufio.NewWriterSize(out, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var index *dedup.Index
	if cfg.Dedup != dedup.Off {
		index = dedup.New(0)
	}
	duplicates := 0
	sum, err := Stream(ctx, cfg, inputs, func(r Result) error {
		rec := newRecord(r)
		if index != nil && r.Fingerprint != nil {
			v, err := index.Add(r.Source, *r.Fingerprint)
			if err != nil {
				return fmt.Errorf("batch: %w", err)
			}
			if v.Kind != dedup.Unique {
				duplicates++
				if cfg.Dedup == dedup.Drop {
					return nil
				}
				rec.Duplicate, rec.DuplicateOf = v.Kind.String(), v.Of
			}
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("batch: writing output: %w", err)
		}
		return nil
	})
	sum.Duplicates, sum.DroppedDuplicates = duplicates, cfg.Dedup == dedup.Drop
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("batch: writing output: %w", ferr)
	}
	if stderr != nil && sum.Documents > 0 {
		fmt.Fprintf(stderr, "batch: %s\n", sum)
	}
	return sum, err
}

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
	Source  string `json:"source"`
	Fetched string `json:"fetched,omitempty"` // WARC-Date of a WARC record
	*lede.Article
	Error    string `json:"error,omitempty"`
	Filtered string `json:"filtered,omitempty"`
	File     string `json:"file,omitempty"`
	// The duplicate fields come last: 'lede dedup' rewrites them there.
	Duplicate   string `json:"duplicate,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// newRecord makes the output line of r. The lists of the Article are
// written as [] rather than null, as the schema promises, without
// modifying r.Article. A WARC record that yielded no Article gets an empty
// one with its URL.
func newRecord(r Result) record {
	rec := record{Source: r.Source, Fetched: r.Fetched, Error: r.ErrorText(), Filtered: r.Filtered}
	if r.Duplicate.Kind != dedup.Unique {
		rec.Duplicate, rec.DuplicateOf = r.Duplicate.Kind.String(), r.Duplicate.Of
	}
	if r.Article == nil && r.URL != "" {
		// A WARC record without an article still names its page.
		r.Article = &lede.Article{SchemaVersion: 1, URL: r.URL}
	}
	if r.Article != nil {
		a := *r.Article
		if r.Filtered != "" { // the metadata says what was left out, the text is gone
			a.Teaser, a.Highlights, a.Body, a.Text = "", nil, nil, ""
		}
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
	sum, err := write(ctx, cfg, inputs, bw, func(Result) error { return nil }, nil)
	sum.DroppedDuplicates = cfg.Dedup == dedup.Drop
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("batch: writing output: %w", ferr)
	}
	if stderr != nil && sum.Documents > 0 {
		fmt.Fprintf(stderr, "batch: %s\n", sum)
	}
	return sum, err
}

// RunJournal is Run writing to a resumable journal: the documents the
// journal already holds are skipped, and the summary covers all of them.
// The caller commits the journal when the run succeeds.
func RunJournal(ctx context.Context, cfg Config, inputs []string, j *Journal, stderr io.Writer) (Summary, error) {
	done, _ := j.Resumed()
	cfg.Skip += done
	index, err := resumeIndex(cfg, j)
	if err == nil {
		_, err = write(ctx, cfg, inputs, j, j.Done, index)
	}
	_, total := j.Resumed()
	total.Elapsed = j.Elapsed()
	total.DroppedDuplicates = cfg.Dedup == dedup.Drop
	if stderr != nil && total.Documents > 0 {
		if done > 0 {
			fmt.Fprintf(stderr, "batch: resumed after %d documents\n", done)
		}
		fmt.Fprintf(stderr, "batch: %s\n", total)
	}
	return total, err
}

// write streams the results as JSON lines to w, calling done after each.
// With cfg.Dedup, each article is judged by index (a new one when nil)
// and marked or dropped; done still sees it, with r.Duplicate set.
func write(ctx context.Context, cfg Config, inputs []string, w io.Writer, done func(Result) error, index *dedup.Index) (Summary, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if index == nil && cfg.Dedup != dedup.Off {
		index = dedup.New(0)
	}
	duplicates := 0
	sum, err := Stream(ctx, cfg, inputs, func(r Result) error {
		if index != nil && r.Fingerprint != nil {
			v, err := index.Add(r.Source, *r.Fingerprint)
			if err != nil {
				return fmt.Errorf("batch: %w", err)
			}
			if r.Duplicate = v; v.Kind != dedup.Unique {
				duplicates++
			}
		}
		dropped := r.Duplicate.Kind != dedup.Unique && cfg.Dedup == dedup.Drop
		if r.Skipped == "" && (r.Filtered == "" || !cfg.DropFiltered) && !dropped {
			rec := newRecord(r)
			if cfg.Files != nil && r.Err == nil && r.Filtered == "" {
				name, err := cfg.Files(r)
				if err != nil {
					return fmt.Errorf("batch: writing the article's file: %w", err)
				}
				rec.File = name
			}
			if err := enc.Encode(rec); err != nil {
				return fmt.Errorf("batch: writing output: %w", err)
			}
		}
		if err := done(r); err != nil {
			return fmt.Errorf("batch: writing output: %w", err)
		}
		if cfg.OnResult != nil {
			cfg.OnResult(r)
		}
		return nil
	})
	sum.Duplicates = duplicates
	return sum, err
}

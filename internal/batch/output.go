package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/lede-news/lede"
)

// record is one line of batch output: "source", the Article's fields when
// there is an Article, and "error" when the document yielded no article.
type record struct {
	Source  string `json:"source"`
	Fetched string `json:"fetched,omitempty"` // WARC-Date of a WARC record
	*lede.Article
	Error    string `json:"error,omitempty"`
	Filtered string `json:"filtered,omitempty"`
	File     string `json:"file,omitempty"`
}

// newRecord makes the output line of r. The lists of the Article are
// written as [] rather than null, as the schema promises, without
// modifying r.Article. A WARC record that yielded no Article gets an empty
// one with its URL.
func newRecord(r Result) record {
	rec := record{Source: r.Source, Fetched: r.Fetched, Error: r.ErrorText(), Filtered: r.Filtered}
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
// not nil). The error is fatal: no input, a failing writer, or ctx.Err().
func Run(ctx context.Context, cfg Config, inputs []string, out io.Writer, stderr io.Writer) (Summary, error) {
	bw := bufio.NewWriterSize(out, 256<<10)
	sum, err := write(ctx, cfg, inputs, bw, func(Result) error { return nil })
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
	_, err := write(ctx, cfg, inputs, j, j.Done)
	_, total := j.Resumed()
	total.Elapsed = j.Elapsed()
	if stderr != nil && total.Documents > 0 {
		if done > 0 {
			fmt.Fprintf(stderr, "batch: resumed after %d documents\n", done)
		}
		fmt.Fprintf(stderr, "batch: %s\n", total)
	}
	return total, err
}

// write streams the results as JSON lines to w, calling done after each.
func write(ctx context.Context, cfg Config, inputs []string, w io.Writer, done func(Result) error) (Summary, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return Stream(ctx, cfg, inputs, func(r Result) error {
		if r.Skipped == "" && (r.Filtered == "" || !cfg.DropFiltered) {
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
}

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
	Error string `json:"error,omitempty"`
}

// failedRecord is the line of a WARC record without an Article: its URL
// is still given.
type failedRecord struct {
	Source  string `json:"source"`
	Fetched string `json:"fetched,omitempty"`
	URL     string `json:"url"`
	Error   string `json:"error"`
}

// newRecord makes the output line of r. The lists of the Article are
// written as [] rather than null, as the schema promises, without
// modifying r.Article.
func newRecord(r Result) any {
	if r.Article == nil && r.URL != "" {
		return failedRecord{Source: r.Source, Fetched: r.Fetched, URL: r.URL, Error: r.ErrorText()}
	}
	rec := record{Source: r.Source, Fetched: r.Fetched, Error: r.ErrorText()}
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
// not nil). The error is fatal: no input, a failing writer, or ctx.Err().
func Run(ctx context.Context, cfg Config, inputs []string, out io.Writer, stderr io.Writer) (Summary, error) {
	bw := bufio.NewWriterSize(out, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	sum, err := Stream(ctx, cfg, inputs, func(r Result) error {
		if err := enc.Encode(newRecord(r)); err != nil {
			return fmt.Errorf("batch: writing output: %w", err)
		}
		return nil
	})
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("batch: writing output: %w", ferr)
	}
	if stderr != nil && sum.Documents > 0 {
		fmt.Fprintf(stderr, "batch: %s\n", sum)
	}
	return sum, err
}

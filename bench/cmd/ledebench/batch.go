package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/lede-news/lede"
)

// record is one output line of lede: the page's source plus its Article,
// or plus the error that stopped it (the Article's metadata may still be
// there), as `lede batch` writes it.
type record struct {
	Source string `json:"source"`
	*lede.Article
	Error string `json:"error,omitempty"`
}

// peerRecord is one output line of a peer: only the fields it fills.
type peerRecord struct {
	Source    string   `json:"source"`
	Headline  string   `json:"headline,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Language  string   `json:"language,omitempty"`
	Text      string   `json:"text,omitempty"`
	Error     string   `json:"error,omitempty"`
}

// line returns what to write for r: the whole record for lede, the fields
// a peer has for a peer.
func (t tool) line(r record) any {
	if !t.peer {
		return r
	}
	p := peerRecord{Source: r.Source, Error: r.Error}
	if a := r.Article; a != nil {
		p.Headline, p.Authors, p.Published, p.Language, p.Text = a.Headline, a.Authors, a.Published, a.Language, a.Text
	}
	return p
}

// runBatch implements `ledebench batch`.
func runBatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	toolName := fs.String("tool", "", "extractor: "+strings.Join(toolNames, ", "))
	workers := fs.Int("workers", 1, "pages extracted in parallel (output order is kept)")
	out := fs.String("o", "", "output `file` (JSON Lines); - for standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ledebench batch --tool NAME [--workers N] -o OUT.jsonl INPUT...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("batch needs -o OUT and at least one INPUT")}
	}
	t, err := newTool(*toolName)
	if err != nil {
		return usageError{err}
	}
	paths, err := listPages(fs.Args())
	if err != nil {
		return err
	}

	w, closeOut := stdout, func() error { return nil }
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w, closeOut = f, f.Close
	}
	bw := bufio.NewWriter(w)
	start := time.Now()
	errs, err := batch(ctx, t, paths, max(1, *workers), bw)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := closeOut(); err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(stderr, "ledebench batch: %s: %d pages, %d errors, %.1f s (%.1f pages/s)\n",
		t.name, len(paths), errs, secs, float64(len(paths))/secs)
	return nil
}

// batch extracts every page with workers goroutines and writes one record
// per page to w, in the order of paths. It returns the number of failed
// pages; the error is only for a failed write.
func batch(ctx context.Context, t tool, paths []string, workers int, w io.Writer) (failed int, err error) {
	results := make([]chan record, len(paths))
	for i := range results {
		results[i] = make(chan record, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				results[i] <- extractFile(ctx, t.extract, paths[i])
			}
		})
	}
	done := make(chan struct{})
	defer func() {
		close(done)
		wg.Wait()
	}()
	go func() {
		defer close(jobs)
		for i := range paths {
			select {
			case jobs <- i:
			case <-done:
				return
			}
		}
	}()

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range results {
		r := <-results[i]
		if r.Error != "" {
			failed++
		}
		if err := enc.Encode(t.line(r)); err != nil {
			return failed, fmt.Errorf("write: %w", err)
		}
	}
	return failed, nil
}

// extractFile reads one page and runs the extractor on it.
func extractFile(ctx context.Context, ex extractor, path string) record {
	r := record{Source: path}
	page, err := readPage(path)
	if err != nil {
		r.Error = "read: " + err.Error()
		return r
	}
	r.Article, err = safely(ctx, ex, page)
	if err != nil {
		r.Error = errorText(err)
	}
	return r
}

// errorText writes err as `lede batch` does: a stable code, then the
// message ("no_article: body has 12 words"). Messages that already start
// with their code are kept as they are.
func errorText(err error) string {
	code, msg := lede.Code(err), err.Error()
	if strings.HasPrefix(msg, code+":") || msg == code {
		return msg
	}
	return code + ": " + msg
}

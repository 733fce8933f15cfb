package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

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

// batch extracts every page with workers goroutines and writes one line
// per page to w, in the order of paths. It returns the number of failed
// pages; the error is only for a failed write.
func batch(ctx context.Context, t tool, paths []string, workers int, w io.Writer) (failed int, err error) {
	type result struct {
		line   any
		failed bool
	}
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				errText := ""
				found, err := extractFile(ctx, t.extract, paths[i])
				if err != nil {
					errText = errorText(t.code, err)
				}
				results[i] <- result{t.line(paths[i], found, errText), err != nil}
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
		if r.failed {
			failed++
		}
		if err := enc.Encode(r.line); err != nil {
			return failed, fmt.Errorf("write: %w", err)
		}
	}
	return failed, nil
}

// errRead marks a page that could not be read; its code is "read".
type errRead struct{ err error }

func (e errRead) Error() string { return "read: " + e.err.Error() }
func (e errRead) Unwrap() error { return e.err }

// extractFile reads one page and runs the extractor on it.
func extractFile(ctx context.Context, ex extractor, path string) (found any, err error) {
	page, err := readPage(path)
	if err != nil {
		return nil, errRead{err}
	}
	return safely(ctx, ex, page)
}

// errorText writes err as `lede batch` does: its stable code, then the
// message ("no_article: body has 12 words"). A message that already starts
// with its code is kept as it is; a page that could not be read gets
// "read: " and the reason.
func errorText(code func(error) string, err error) string {
	if errors.As(err, new(errRead)) {
		return err.Error() // "read: …"
	}
	c, msg := code(err), err.Error()
	if strings.HasPrefix(msg, c+":") || msg == c {
		return msg
	}
	return c + ": " + msg
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
)

const batchUsage = `usage: lede batch [--workers N] [-o FILE] [--ref-date DATE] [--host H] [--url-match RE] INPUT...

Extracts many pages and writes JSON Lines: exactly one line per page, in
input order, the article plus "source", or "source" and "error" (a code and
a message) for a page without an article. A summary goes to stderr.

INPUT is a file (.html, .htm, .xhtml, each optionally .gz), a WARC file
(.warc, .warc.gz), a directory (walked recursively in sorted order, taking
those files), or "-" for a list of inputs on standard input, one per line.
In a WARC file each response record holding HTML is a page, with "source"
PATH#OFFSET, "url" from WARC-Target-URI and "fetched" from WARC-Date (also
the reference date); other records are counted in the summary, not written.

  --workers N      pages extracted at once (default: the number of CPUs)
  -o FILE          write to FILE, replaced only when the run completes
                   (default: standard output)
  --ref-date DATE  when the pages were fetched (RFC 3339 or YYYY-MM-DD);
                   a WARC record's own date comes first
  --host H         WARC records of host H or its subdomains only
                   (repeatable, or a comma-separated list)
  --url-match RE   WARC records whose target URI matches the regular
                   expression RE only (Go syntax)

Exit status: 0 when the run completed, 1 for a fatal error (no input,
output not writable), 2 usage error.
`

func (a *app) runBatch(ctx context.Context, args []string) int {
	fs := a.newFlagSet("batch")
	workers := fs.Int("workers", 0, "")
	output := fs.String("o", "", "")
	fs.StringVar(output, "output", "", "")
	refDate := fs.String("ref-date", "", "")
	var hosts []string
	fs.Func("host", "", func(v string) error {
		for h := range strings.SplitSeq(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				hosts = append(hosts, h)
			}
		}
		return nil
	})
	urlMatch := fs.String("url-match", "", "")
	inputs, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, batchUsage)
	}
	if a.refDate, err = parseRefDate(*refDate); err != nil {
		return a.usageError(err, batchUsage)
	}
	if len(inputs) == 0 {
		return a.usageError(errors.New("batch needs at least one INPUT"), batchUsage)
	}
	var match *regexp.Regexp
	if *urlMatch != "" {
		if match, err = regexp.Compile(*urlMatch); err != nil {
			return a.usageError(fmt.Errorf("--url-match: %v", err), batchUsage)
		}
	}
	if *workers < 0 {
		return a.usageError(fmt.Errorf("--workers %d: want a positive number", *workers), batchUsage)
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
	cfg := batch.Config{Workers: *workers, Stdin: a.stdin, Extract: a.extractPage, Hosts: hosts, URLMatch: match}
	_, err = batch.Run(ctx, cfg, inputs, out, a.stderr)
	if err == nil && file != nil {
		err = file.Commit()
	}
	switch {
	case err == nil:
		return exitOK
	case ctx.Err() != nil:
		a.errorf("batch interrupted")
		return exitInterrupted
	}
	a.errorf("%v", err)
	return exitFailure
}

// extractPage adapts the library call to the batch runner: a WARC
// record's URL, Content-Type and date go into the options.
func (a *app) extractPage(ctx context.Context, data []byte, page batch.Page) (*lede.Article, error) {
	return a.extract(ctx, data, page.Options(lede.Options{RefDate: a.refDate}))
}

// parseRefDate reads --ref-date: RFC 3339 or a date alone (YYYY-MM-DD).
func parseRefDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--ref-date %q: want RFC 3339 (2019-11-20T10:00:00+01:00) or YYYY-MM-DD", s)
}

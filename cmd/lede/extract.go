package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/render"
)

const extractUsage = `usage: lede extract [--url URL] [--format json|markdown|text|html] [--ref-date DATE] [--from html|text|auto] [fetch flags] [FILE|-|URL]

Extracts the article of one page (FILE, FILE.gz, standard input when FILE
is "-" or missing, or an http or https URL, fetched) and writes it in the
chosen format. A fetched page's final URL, Content-Type charset and Date
(the reference date) are used; --url and --ref-date, when given, win.

  --url URL        the page's address: fills url and resolves relative links
  --format FORMAT  json (default), markdown, text or html
  --ref-date DATE  when the page was fetched (RFC 3339 or YYYY-MM-DD): relative
                   dates ("vor 3 Stunden") are read, later dates refused
  --from MODE      html: an HTML page; text: plain text whose markup is gone
                   (a web-corpus dump); auto (default): HTML, or text when
                   the input holds no HTML markup

Fetch flags (for a URL):
` + fetchUsage + `
Exit status: 0 ok, 1 no article or the page could not be fetched (the
error code is on stderr: forbidden_target, fetch_failed, timeout,
too_large, http_status, robots_disallowed, no_article, …), 2 usage error.
`

func (a *app) runExtract(ctx context.Context, args []string) int {
	fs := a.newFlagSet("extract")
	url := fs.String("url", "", "")
	format := fs.String("format", string(render.JSON), "")
	refDate := fs.String("ref-date", "", "")
	from := fs.String("from", "auto", "")
	fetching := addFetchFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, extractUsage)
	}
	if a.input, err = lede.ParseInput(*from); err != nil {
		return a.usageError(fmt.Errorf("--from: %w", err), extractUsage)
	}
	if a.refDate, err = parseRefDate(*refDate); err != nil {
		return a.usageError(err, extractUsage)
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return a.usageError(err, extractUsage)
	}
	input := "-"
	switch len(pos) {
	case 0:
	case 1:
		input = pos[0]
	default:
		return a.usageError(fmt.Errorf("extract takes one page, got %d arguments (use 'lede batch' for many)", len(pos)), extractUsage)
	}
	opts := lede.Options{Input: a.input}
	var data []byte
	if batch.IsURL(input) {
		resp, err := fetching.client().Fetch(ctx, input)
		if err != nil {
			a.errorf("%s", batch.Result{Source: input, Err: err}.ErrorText())
			return exitFailure
		}
		data, opts = resp.Body, resp.Options(opts)
	} else if data, err = a.readPage(input); err != nil {
		a.errorf("%s", batch.Result{Source: input, Err: err}.ErrorText())
		return exitFailure
	}
	if *url != "" {
		opts.URL = *url
	}
	if !a.refDate.IsZero() {
		opts.RefDate = a.refDate
	}
	art, err := a.extract(ctx, data, opts)
	if err != nil {
		a.errorf("%s: %s", input, batch.Result{Source: input, Err: err}.ErrorText())
		if ctx.Err() != nil {
			return exitInterrupted
		}
		return exitFailure
	}
	w := bufio.NewWriter(a.stdout)
	err = render.Write(w, art, f)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		a.errorf("writing output: %v", err)
		return exitFailure
	}
	return exitOK
}

// readPage reads a page from a file (gunzipped when named .gz) or, for "-",
// from standard input, up to the default size limit.
func (a *app) readPage(input string) ([]byte, error) {
	if input != "-" {
		return batch.ReadDocument(input, lede.DefaultMaxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(a.stdin, lede.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	return data, nil // ExtractBytes reports an oversize page
}

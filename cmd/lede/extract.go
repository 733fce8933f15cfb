package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/render"
)

const extractUsage = `usage: lede extract [--url URL] [--format json|markdown|text|html] [--ref-date DATE] [--from html|text|auto] [FILE|-]

Extracts the article of one saved page (FILE, FILE.gz, or standard input
when FILE is "-" or missing) and writes it in the chosen format.

  --url URL        the page's address: fills url and resolves relative links
  --format FORMAT  json (default), markdown, text or html
  --ref-date DATE  when the page was fetched (RFC 3339 or YYYY-MM-DD): relative
                   dates ("vor 3 Stunden") are read, later dates refused
  --from MODE      html: an HTML page; text: plain text whose markup is gone
                   (a web-corpus dump); auto (default): HTML, or text when
                   the input holds no HTML markup

Exit status: 0 ok, 1 no article (the error code is on stderr), 2 usage error.
`

// errURLArgument is the answer to a URL given where a file is expected.
var errURLArgument = errors.New("fetching URLs is not supported yet; save the page and pass the file")

func (a *app) runExtract(ctx context.Context, args []string) int {
	fs := a.newFlagSet("extract")
	url := fs.String("url", "", "")
	format := fs.String("format", string(render.JSON), "")
	refDate := fs.String("ref-date", "", "")
	from := fs.String("from", "auto", "")
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
	if isURL(input) {
		a.errorf("%s: %v", input, errURLArgument)
		return exitUsage
	}

	data, err := a.readPage(input)
	if err != nil {
		a.errorf("%s", batch.Result{Source: input, Err: err}.ErrorText())
		return exitFailure
	}
	art, err := a.extract(ctx, data, lede.Options{URL: *url, RefDate: a.refDate, Input: a.input})
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

func isURL(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

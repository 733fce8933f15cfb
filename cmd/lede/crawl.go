package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/crawl"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/fetch"
)

const crawlUsage = `usage: lede crawl [--limit N] [fetch flags] [--workers N] [-o FILE] SEED...

Discovers article URLs from seeds, then fetches and extracts them as
'lede batch --urls' does: exactly one JSON line per article URL, in
discovery order, the article or its error.

A SEED is the URL of an RSS or Atom feed, a sitemap or news sitemap (a
sitemap index is followed down to 3 levels; .gz sitemaps are read), or a
start page whose <link rel="alternate" type="application/rss+xml"> (or
atom+xml) feeds are read; what it is comes from its content. Only links of
the seed's own site are kept (the same registrable domain, subdomains
included), normalised (lower-case host, no fragment, the query kept) and
each once, whatever seed lists it.

A seed that cannot be fetched or yields no article link gets a line of its
own, "source" the seed and "error" the fetch error (fetch_failed,
http_status, …) or discover_error. A child sitemap or feed that fails is
reported on stderr. At most 100 feeds and sitemaps are read per seed, one
at a time, through the same client (robots.txt, --host-interval).

  --limit N    keep at most N article URLs in all (default 1000)
` + fetchUsage + `  --workers N  pages extracted (and fetched) at once (default: the
               number of CPUs)
  -o FILE      write to FILE, replaced only when the run completes
               (default: standard output); .gz or .zst compresses

Exit status: 0 when the run completed, 1 for a fatal error, 2 usage error.
`

// codeDiscoverError is the code of a seed that yields no article link.
const codeDiscoverError = "discover_error"

func (a *app) runCrawl(ctx context.Context, args []string) int {
	fs := a.newFlagSet("crawl")
	limit := fs.Int("limit", crawl.DefaultLimit, "")
	workers := fs.Int("workers", 0, "")
	output := fs.String("o", "", "")
	fs.StringVar(output, "output", "", "")
	fetching := addFetchFlags(fs)
	seeds, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, crawlUsage)
	}
	switch {
	case len(seeds) == 0:
		return a.usageError(errors.New("crawl needs at least one SEED"), crawlUsage)
	case *limit <= 0:
		return a.usageError(fmt.Errorf("--limit %d: want a positive number", *limit), crawlUsage)
	case *workers < 0:
		return a.usageError(fmt.Errorf("--workers %d: want a positive number", *workers), crawlUsage)
	}
	for _, s := range seeds {
		if !batch.IsURL(s) {
			return a.usageError(fmt.Errorf("seed %q is not a URL", s), crawlUsage)
		}
	}
	client := fetching.client()
	targets := crawl.Discover(ctx, discoverFetch(client), seeds, crawl.Options{
		Limit: *limit,
		Warn:  func(seed string, err error) { a.errorf("crawl: %s: %v", seed, err) },
	})
	if ctx.Err() != nil {
		a.errorf("crawl interrupted")
		return exitInterrupted
	}
	inputs, failed := make([]string, 0, len(targets)), map[string]error{}
	found := map[string]int{}
	for _, t := range targets {
		inputs = append(inputs, t.URL)
		if t.Err != nil {
			failed[t.URL] = t.Err
		} else {
			found[t.Seed]++
		}
	}
	for _, seed := range seeds { // in seed order
		if n := found[seed]; n > 0 {
			a.errorf("crawl: %s: %d article URLs", seed, n)
			delete(found, seed)
		}
	}
	a.input = lede.InputAuto
	cfg := batch.Config{Workers: *workers, Extract: a.extractPage, Dedup: dedup.Mark}
	cfg.Fetch = seedErrors(fetchPage(client), failed)
	run := batchRun{output: *output, key: runKey(args), every: batch.DefaultCheckpointEvery}
	err = a.writeBatch(ctx, cfg, inputs, &run)
	return a.exitStatus(ctx, "crawl", err)
}

// discoverFetch adapts the client to discovery: a document's body and
// final URL.
func discoverFetch(c *fetch.Client) crawl.FetchFunc {
	return func(ctx context.Context, url string) ([]byte, string, error) {
		resp, err := c.Fetch(ctx, url)
		if err != nil {
			return nil, "", err
		}
		return resp.Body, resp.URL, nil
	}
}

// seedErrors puts the seeds that failed into the batch pipeline: such a
// URL is not fetched again, its error is its line (a fetch error keeps
// its code, a discovery error gets discover_error).
func seedErrors(next batch.FetchFunc, failed map[string]error) batch.FetchFunc {
	return func(ctx context.Context, url string) ([]byte, batch.Page, error) {
		err, ok := failed[url]
		if !ok {
			return next(ctx, url)
		}
		if errors.Is(err, crawl.ErrDiscover) {
			err = batch.CodedError(codeDiscoverError, err)
		}
		return nil, batch.Page{URL: url}, err
	}
}

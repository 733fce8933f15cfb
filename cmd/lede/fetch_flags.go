package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/fetch"
)

// fetchUsage describes the flags of the commands that fetch URLs.
const fetchUsage = `  --allow-private  let URLs reach loopback, private and link-local
               addresses (tests, intranets); refused by default
  --ignore-robots  do not read robots.txt
  --timeout D  the most a page's fetch may take (default 30s)
  --host-interval D  the least time between two requests to one host
               (default 500ms)
  --cache DIR  keep fetched pages in DIR and revalidate them
               (If-None-Match, If-Modified-Since) on the next run
`

// fetchFlags are the flags of the commands that fetch URLs.
type fetchFlags struct {
	allowPrivate, ignoreRobots *bool
	timeout, hostInterval      *time.Duration
	cacheDir                   *string
}

func addFetchFlags(fs *flag.FlagSet) *fetchFlags {
	return &fetchFlags{
		allowPrivate: fs.Bool("allow-private", false, ""),
		ignoreRobots: fs.Bool("ignore-robots", false, ""),
		timeout:      fs.Duration("timeout", 0, ""),
		hostInterval: fs.Duration("host-interval", 0, ""),
		cacheDir:     fs.String("cache", "", ""),
	}
}

// client returns the fetching client the flags ask for.
func (f *fetchFlags) client() *fetch.Client {
	return newFetchClient(fetch.Options{
		AllowPrivate: *f.allowPrivate,
		IgnoreRobots: *f.ignoreRobots,
		Timeout:      *f.timeout,
		HostInterval: *f.hostInterval,
		CacheDir:     *f.cacheDir,
	})
}

// newFetchClient is the fetching client of every command: o with lede's
// User-Agent.
func newFetchClient(o fetch.Options) *fetch.Client {
	o.UserAgent = fetch.UserAgent(strings.Trim(ledeVersion(), "()"))
	return fetch.New(o)
}

// fetchPage adapts a client to the batch runner.
func fetchPage(c *fetch.Client) batch.FetchFunc {
	return func(ctx context.Context, url string) ([]byte, batch.Page, error) {
		resp, err := c.Fetch(ctx, url)
		if resp == nil {
			return nil, batch.Page{}, err
		}
		return resp.Body, batch.Page{URL: resp.URL, ContentType: resp.ContentType, Fetched: resp.Date}, err
	}
}

// urlList reads --urls: a file (or - for standard input) of URLs, one per
// line; blank lines and lines starting with # are skipped. A URL of
// another scheme than http or https gets its error line
// (forbidden_target); a line that is no URL at all is refused, so that a
// list of URLs never makes lede read a local file.
func (a *app) urlList(path string) ([]string, error) {
	f, err := a.openList(path)
	if err != nil {
		return nil, fmt.Errorf("--urls: %w", err)
	}
	defer f.Close()
	lines, err := readList(f)
	if err != nil {
		return nil, fmt.Errorf("--urls %s: %w", path, err)
	}
	urls := make([]string, 0, len(lines))
	for _, l := range lines {
		if !batch.IsURL(l.text) {
			return nil, fmt.Errorf("--urls %s: line %d: %q is not a URL", path, l.n, l.text)
		}
		urls = append(urls, l.text)
	}
	return urls, nil
}

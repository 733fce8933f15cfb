package main

import (
	"flag"
	"strings"
	"time"

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
	return fetch.New(fetch.Options{
		AllowPrivate: *f.allowPrivate,
		IgnoreRobots: *f.ignoreRobots,
		Timeout:      *f.timeout,
		HostInterval: *f.hostInterval,
		CacheDir:     *f.cacheDir,
		UserAgent:    fetch.UserAgent(strings.Trim(ledeVersion(), "()")),
	})
}

package crawl

import (
	"context"
	"errors"
	"fmt"

	"github.com/lede-news/lede/internal/discover"
)

// ErrDiscover marks a seed whose documents could not be read as a feed,
// a sitemap or a start page with feeds, or that listed no article link of
// its site; the errors of Target wrap it (besides the fetch errors, which
// keep their own). lede crawl writes it with the code discover_error.
var ErrDiscover = errors.New("crawl")

// FetchFunc fetches a document and returns its body and final URL (after
// redirects).
type FetchFunc func(ctx context.Context, url string) (body []byte, final string, err error)

// Defaults of Options.
const (
	DefaultLimit    = 1000
	DefaultMaxDepth = 3
	DefaultMaxDocs  = 100
)

// Options bound Discover; the zero value means the defaults.
type Options struct {
	Limit    int // article URLs kept in all (default DefaultLimit)
	MaxDepth int // sitemap indexes followed below a seed (default DefaultMaxDepth)
	MaxDocs  int // documents fetched per seed (default DefaultMaxDocs)
	Discover discover.Options
	// Warn, when set, hears of the problems that do not make a Target: a
	// child document that failed, a seed left out at the limit.
	Warn func(seed string, err error)
}

func (o Options) withDefaults() Options {
	if o.Limit <= 0 {
		o.Limit = DefaultLimit
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxDocs <= 0 {
		o.MaxDocs = DefaultMaxDocs
	}
	if o.Warn == nil {
		o.Warn = func(string, error) {}
	}
	return o
}

// Target is one line of a crawl's output to be: an article URL to fetch,
// or a seed that failed (URL is the seed, Err why).
type Target struct {
	URL  string
	Seed string // the seed it was found from
	Err  error
}

// Discover returns the article URLs found from the seeds, in discovery
// order (each seed in turn, each document's links in its order), with a
// Target carrying the error for each seed that yielded none. It stops
// early when ctx is cancelled.
func Discover(ctx context.Context, fetch FetchFunc, seeds []string, opts Options) []Target {
	opts = opts.withDefaults()
	r := &run{fetch: fetch, opts: opts, seen: map[string]bool{}, fetched: map[string]bool{}}
	seedSeen := map[string]bool{}
	for _, seed := range seeds {
		if ctx.Err() != nil {
			break
		}
		if seedSeen[seed] {
			continue
		}
		seedSeen[seed] = true
		if r.kept >= opts.Limit {
			opts.Warn(seed, fmt.Errorf("not read: the limit of %d URLs is reached", opts.Limit))
			continue
		}
		if key, _ := Normalize(seed); r.fetched[key] {
			opts.Warn(seed, errors.New("not read again: an earlier seed led to it"))
			continue
		}
		r.seed(ctx, seed)
	}
	return r.out
}

// run is the state of one Discover call.
type run struct {
	fetch   FetchFunc
	opts    Options
	seen    map[string]bool // normalised article URLs kept
	fetched map[string]bool // documents fetched, against loops
	out     []Target
	kept    int
}

// seedState is the state of one seed.
type seedState struct {
	seed     string
	sites    map[string]bool // the seed's site, and its final URL's
	docs     int
	links    int   // article links of the site found, duplicates included
	firstErr error // the first problem with a child document, or a warning
}

// seed reads one seed and the documents it leads to.
func (r *run) seed(ctx context.Context, seed string) {
	s := &seedState{seed: seed, sites: map[string]bool{Site(seed): true}}
	if _, ok := Normalize(seed); !ok {
		r.out = append(r.out, Target{URL: seed, Seed: seed, Err: fmt.Errorf("%w: %q is not an http or https URL", ErrDiscover, seed)})
		return
	}
	if err := r.doc(ctx, s, seed, 0); err != nil {
		r.fail(seed, err)
		return
	}
	if s.links == 0 {
		err := s.firstErr
		if err == nil {
			err = fmt.Errorf("%w: %s: no article link of the site found", ErrDiscover, seed)
		}
		r.fail(seed, err)
		return
	}
	if s.firstErr != nil {
		r.opts.Warn(seed, s.firstErr)
	}
}

// fail adds the Target of a seed that failed. Its URL stays unique in
// the output: a seed already listed as an article keeps that line (and
// its error goes to Warn), and no later article line repeats it.
func (r *run) fail(seed string, err error) {
	key, _ := Normalize(seed)
	if r.seen[key] {
		r.opts.Warn(seed, err)
		return
	}
	r.seen[key] = true
	r.out = append(r.out, Target{URL: seed, Seed: seed, Err: err})
}

// doc fetches and reads one document at a depth below the seed (0 for the
// seed itself), then the documents it names. Only the seed's own failure
// is returned; a child's is noted in s.
func (r *run) doc(ctx context.Context, s *seedState, url string, depth int) error {
	key, _ := Normalize(url)
	if r.fetched[key] || ctx.Err() != nil || r.kept >= r.opts.Limit {
		return nil
	}
	if s.docs >= r.opts.MaxDocs {
		return s.problem(depth, fmt.Errorf("%w: %s: more than %d documents to read for one seed", ErrDiscover, url, r.opts.MaxDocs))
	}
	r.fetched[key] = true
	s.docs++
	body, final, err := r.fetch(ctx, url)
	if err != nil {
		return s.problem(depth, err)
	}
	if final == "" {
		final = url
	}
	if depth == 0 {
		s.sites[Site(final)] = true // a seed redirected to the site's new domain
	}
	res, perr := discover.Parse(body, final, r.opts.Discover)
	for _, l := range res.Links {
		r.keep(s, l.URL)
	}
	for _, child := range res.Sitemaps {
		if depth >= r.opts.MaxDepth {
			s.note(fmt.Errorf("%w: %s: sitemap indexes nested deeper than %d", ErrDiscover, child, r.opts.MaxDepth))
			break
		}
		r.doc(ctx, s, child, depth+1)
	}
	switch {
	case res.Kind == discover.Page && depth > 0:
		s.note(fmt.Errorf("%w: %s: an HTML page, not a feed or sitemap", ErrDiscover, final))
	case res.Kind == discover.Page:
		for _, feed := range res.Feeds {
			r.doc(ctx, s, feed, depth+1)
		}
	}
	if perr != nil {
		err := fmt.Errorf("%w: %w", ErrDiscover, perr)
		if len(res.Links)+len(res.Sitemaps)+len(res.Feeds) == 0 {
			return s.problem(depth, err)
		}
		s.note(err) // what was read before the damage is kept
	}
	return nil
}

// problem returns the seed's own error (depth 0), or notes a child's.
func (s *seedState) problem(depth int, err error) error {
	if depth == 0 {
		return err
	}
	s.note(err)
	return nil
}

// note keeps the first problem with a child document of the seed.
func (s *seedState) note(err error) {
	if s.firstErr == nil {
		s.firstErr = err
	}
}

// keep adds an article link of the seed's site that was not seen before,
// while there is room. The link is parsed once, for its normal form and
// its site both.
func (r *run) keep(s *seedState, link string) {
	u, ok := normalize(link)
	if !ok || !s.sites[siteOf(u.Hostname())] {
		return
	}
	norm := u.String()
	s.links++
	if r.seen[norm] || r.kept >= r.opts.Limit {
		return
	}
	r.seen[norm] = true
	r.kept++
	r.out = append(r.out, Target{URL: norm, Seed: s.seed})
}

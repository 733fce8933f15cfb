package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/lede-news/lede"
)

// Client fetches pages. It is safe for concurrent use; one Client should
// serve a whole run, as it holds the robots.txt cache, the per-host limits
// and the idle connections.
type Client struct {
	opts   Options
	http   *http.Client
	hosts  *hostGates
	robots *robotsCache
	cache  *diskCache // nil without Options.CacheDir
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status of the final response (200, or 304 when
	// FromCache).
	Status int
	// ContentType is the response's Content-Type header.
	ContentType string
	// Date is the response's Date header, or when it was received when the
	// header is missing or malformed.
	Date time.Time
	// Body is the decoded body, cut at Options.MaxBytes.
	Body []byte
	// FromCache says the server answered 304 Not Modified and Body comes
	// from Options.CacheDir.
	FromCache bool
}

// Options returns base with the page's URL, Content-Type (its charset
// takes part in charset detection) and Date (the reference date for
// relative dates) filled in.
func (r *Response) Options(base lede.Options) lede.Options {
	base.URL = r.URL
	base.ContentType = r.ContentType
	base.RefDate = r.Date
	return base
}

// New returns a Client with the options o (zero fields take the defaults).
func New(o Options) *Client { return newClient(o, netHooks{}) }

// newClient is New with a resolver and dialer of its own, for tests.
func newClient(o Options, hooks netHooks) *Client {
	o = o.withDefaults()
	d := newDialer(o, hooks)
	t := &http.Transport{
		Proxy:                 nil, // a proxy would connect where the dialer never checked
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.ReadTimeout,
		DisableCompression:    true, // decoded here, under the size limit
		MaxIdleConnsPerHost:   o.HostConcurrency,
		IdleConnTimeout:       30 * time.Second,
	}
	c := &Client{
		opts: o,
		http: &http.Client{
			Transport: t,
			// Redirects are followed by Fetch, hop by hop, so that each
			// hop has its scheme, robots.txt and host limits checked.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts:  newHostGates(o.HostInterval, o.HostConcurrency),
		robots: newRobotsCache(),
	}
	if o.CacheDir != "" {
		c.cache = &diskCache{dir: o.CacheDir}
	}
	return c
}

// Errors that end a fetch by time; classify turns them into ErrTimeout.
var (
	errTotalTimeout = errors.New("total timeout")
	errIdle         = errors.New("read timeout: the body stopped flowing")
)

// Fetch gets rawURL with GET, following redirects, and returns the page.
// A non-2xx final status returns the Response (its Body the error page)
// and a *StatusError; a body over Options.MaxBytes returns the Response
// with the body cut and an error wrapping ErrTooLarge. Other errors wrap
// ErrForbiddenTarget, ErrFetchFailed, ErrTimeout or ErrRobotsDisallowed;
// Code gives their stable code.
func (c *Client) Fetch(ctx context.Context, rawURL string) (resp *Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			resp, err = nil, wrap(ErrFetchFailed, "%s: panic: %v", rawURL, p)
		}
	}()
	u, err := parseTarget(rawURL)
	if err != nil {
		return nil, err
	}
	return c.follow(ctx, &budget{left: c.opts.Timeout}, u, c.opts.MaxBytes, true)
}

// budget is what is left of a fetch's total timeout. Only the time spent
// on requests counts: waiting for a host's turn (Options.HostInterval,
// HostConcurrency) is lede's own politeness, so a long queue for one host
// does not turn into timeouts. One fetch runs its requests one after the
// other; budget needs no lock.
type budget struct {
	left time.Duration
}

// parseTarget reads an absolute http or https URL.
func parseTarget(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, wrap(ErrFetchFailed, "%q: %v", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	if u.Host == "" {
		return nil, wrap(ErrFetchFailed, "%q: no host", rawURL)
	}
	return u, nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	}
	return wrap(ErrForbiddenTarget, "%s: scheme %q is not http or https", u.Redacted(), u.Scheme)
}

// follow fetches u and the redirects it leads to. page says a page is
// fetched (robots.txt is checked, the disk cache used), not robots.txt.
func (c *Client) follow(ctx context.Context, b *budget, u *url.URL, maxBytes int64, page bool) (*Response, error) {
	for hops := 0; ; hops++ {
		if page && !c.opts.IgnoreRobots {
			if err := c.checkRobots(ctx, b, u); err != nil {
				return nil, err
			}
		}
		resp, next, err := c.hop(ctx, b, u, maxBytes, page)
		if next == nil {
			return resp, err
		}
		if hops >= c.opts.MaxRedirects {
			return nil, wrap(ErrFetchFailed, "%s: more than %d redirects", u.Redacted(), c.opts.MaxRedirects)
		}
		if err := checkScheme(next); err != nil {
			return nil, fmt.Errorf("%w (redirected from %s)", err, u.Redacted())
		}
		u = next
	}
}

// hop makes one request. It returns the page, or the next URL for a
// redirect.
func (c *Client) hop(ctx context.Context, b *budget, u *url.URL, maxBytes int64, page bool) (*Response, *url.URL, error) {
	release, err := c.hosts.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return nil, nil, c.classify(ctx, u, err)
	}
	defer release()
	if b.left <= 0 {
		return nil, nil, wrap(ErrTimeout, "%s: not done in %s", u.Redacted(), c.opts.Timeout)
	}
	start := time.Now()
	ctx, cancel := context.WithTimeoutCause(ctx, b.left, errTotalTimeout)
	defer func() {
		cancel()
		b.left -= time.Since(start)
	}()

	rctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, wrap(ErrFetchFailed, "%s: %v", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", acceptEncoding)
	var cached *cacheEntry
	if page && c.cache != nil {
		if cached = c.cache.load(u.String(), maxBytes); cached != nil {
			if cached.ETag != "" {
				req.Header.Set("If-None-Match", cached.ETag)
			}
			if cached.LastModified != "" {
				req.Header.Set("If-Modified-Since", cached.LastModified)
			}
		}
	}
	hr, err := c.http.Do(req)
	if err != nil {
		return nil, nil, c.classify(rctx, u, err)
	}
	defer hr.Body.Close()

	if isRedirect(hr.StatusCode) {
		if loc := hr.Header.Get("Location"); loc != "" {
			next, err := u.Parse(loc)
			if err != nil {
				return nil, nil, wrap(ErrFetchFailed, "%s: bad redirect %q: %v", u.Redacted(), loc, err)
			}
			io.CopyN(io.Discard, hr.Body, 4<<10) // a short redirect body read out lets the connection be reused
			return nil, next, nil
		}
	}
	resp := &Response{URL: u.String(), Status: hr.StatusCode, ContentType: hr.Header.Get("Content-Type"), Date: responseDate(hr.Header)}
	if hr.StatusCode == http.StatusNotModified && cached != nil {
		resp.ContentType, resp.Body, resp.FromCache = cached.ContentType, cached.Body, true
		return resp, nil, nil
	}

	idle := newIdleReader(hr.Body, c.opts.ReadTimeout, func() { stop(errIdle) })
	defer idle.stop()
	body, err := decoder(idle, hr.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, nil, wrap(ErrFetchFailed, "%s: %v", u.Redacted(), err)
	}
	var cut bool
	resp.Body, cut, err = readLimited(body, maxBytes)
	if err != nil {
		return nil, nil, c.classify(rctx, u, err)
	}
	if hr.StatusCode < 200 || hr.StatusCode > 299 {
		return resp, nil, &StatusError{URL: u.Redacted(), Status: hr.StatusCode}
	}
	if cut {
		return resp, nil, wrap(ErrTooLarge, "%s: body over %d bytes, cut there", u.Redacted(), maxBytes)
	}
	if page && c.cache != nil && hr.StatusCode == http.StatusOK {
		e := &cacheEntry{URL: u.String(), ETag: hr.Header.Get("ETag"), LastModified: hr.Header.Get("Last-Modified"),
			ContentType: resp.ContentType, Date: hr.Header.Get("Date"), Body: resp.Body}
		if e.ETag != "" || e.LastModified != "" {
			_ = c.cache.store(e) // best effort: a cache that cannot be written only costs a refetch
		}
	}
	return resp, nil, nil
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// responseDate reads the Date header, or gives the time now.
func responseDate(h http.Header) time.Time {
	if t, err := http.ParseTime(h.Get("Date")); err == nil {
		return t
	}
	return time.Now().UTC()
}

// classify turns a transport or read error into one of the package's
// sentinels.
func (c *Client) classify(ctx context.Context, u *url.URL, err error) error {
	where := u.Redacted()
	if isTargetError(err) {
		return wrap(ErrForbiddenTarget, "%s: %v", where, unwrapURLError(err))
	}
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, errIdle):
		return wrap(ErrTimeout, "%s: no data for %s", where, c.opts.ReadTimeout)
	case errors.Is(cause, errTotalTimeout):
		return wrap(ErrTimeout, "%s: not done in %s", where, c.opts.Timeout)
	case errors.Is(cause, context.DeadlineExceeded):
		return wrap(ErrTimeout, "%s: %v", where, cause)
	case cause != nil:
		return wrap(ErrFetchFailed, "%s: %v", where, cause)
	}
	if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
		return wrap(ErrTimeout, "%s: %v", where, unwrapURLError(err))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, errEncoding) {
		return wrap(ErrFetchFailed, "%s: truncated or corrupt body: %v", where, err)
	}
	return wrap(ErrFetchFailed, "%s: %v", where, unwrapURLError(err))
}

// unwrapURLError drops net/http's `Get "URL": ` prefix, the URL being
// named already.
func unwrapURLError(err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return ue.Err
	}
	return err
}

package fetch

import (
	"time"

	"github.com/lede-news/lede"
)

// Defaults used when the corresponding Options field is zero.
const (
	DefaultConnectTimeout  = 10 * time.Second
	DefaultReadTimeout     = 15 * time.Second
	DefaultTimeout         = 30 * time.Second
	DefaultMaxBytes        = lede.DefaultMaxBytes
	DefaultMaxRedirects    = 5
	DefaultHostInterval    = 500 * time.Millisecond
	DefaultHostConcurrency = 2
	DefaultRobotsTTL       = time.Hour
	// DefaultUserAgent is the User-Agent when Options.UserAgent is empty;
	// UserAgent(version) builds one with a version.
	DefaultUserAgent = "lede/dev (+https://github.com/lede-news/lede)"
)

// robotsRetry is how long a robots.txt answered with a 5xx keeps its host
// disallowed before it is asked again.
const robotsRetry = time.Minute

// maxRobotsBytes bounds a robots.txt; the rest is ignored (RFC 9309 asks
// crawlers to read at least 500 KiB).
const maxRobotsBytes = 512 << 10

// UserAgent returns lede's User-Agent for a version:
// "lede/VERSION (+https://github.com/lede-news/lede)".
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "lede/" + version + " (+https://github.com/lede-news/lede)"
}

// Options configure a Client. The zero value is ready to use and means the
// documented defaults: SSRF-safe, robots.txt honoured, polite to each host,
// no cache.
type Options struct {
	// ConnectTimeout bounds each TCP connect and each TLS handshake
	// (default DefaultConnectTimeout); DNS resolution is bounded by
	// Timeout.
	ConnectTimeout time.Duration
	// ReadTimeout bounds the wait for the response headers and for each
	// read of the body (default DefaultReadTimeout).
	ReadTimeout time.Duration
	// Timeout bounds the requests of a whole Fetch, redirects, robots.txt
	// and body included (default DefaultTimeout): a server that trickles
	// its body byte by byte is cut off here. Time spent waiting for a
	// host's turn (HostInterval, HostConcurrency) does not count.
	Timeout time.Duration
	// MaxBytes is the largest decoded body kept (default DefaultMaxBytes);
	// a larger body is cut there and Fetch returns ErrTooLarge.
	MaxBytes int64
	// MaxRedirects is the most redirects followed (default
	// DefaultMaxRedirects); negative follows none.
	MaxRedirects int
	// UserAgent is sent with every request and is the name robots.txt
	// groups are matched against ("lede") (default DefaultUserAgent).
	UserAgent string
	// AllowPrivate lets the client reach loopback, private, link-local and
	// the other reserved addresses: for tests and intranets only. Schemes
	// other than http and https are refused whatever it says.
	AllowPrivate bool
	// IgnoreRobots skips robots.txt.
	IgnoreRobots bool
	// RobotsTTL is how long a host's robots.txt is kept (default
	// DefaultRobotsTTL).
	RobotsTTL time.Duration
	// HostInterval is the least time between the starts of two requests
	// to one host (default DefaultHostInterval; negative: none).
	HostInterval time.Duration
	// HostConcurrency is the most requests to one host at once (default
	// DefaultHostConcurrency).
	HostConcurrency int
	// CacheDir, when set, keeps each fetched page in a file of this
	// directory, revalidated with If-None-Match / If-Modified-Since on
	// the next fetch; a 304 is answered from the file.
	CacheDir string
}

func (o Options) withDefaults() Options {
	o.ConnectTimeout = orDefault(o.ConnectTimeout, DefaultConnectTimeout)
	o.ReadTimeout = orDefault(o.ReadTimeout, DefaultReadTimeout)
	o.Timeout = orDefault(o.Timeout, DefaultTimeout)
	o.MaxBytes = orDefault(o.MaxBytes, DefaultMaxBytes)
	o.MaxRedirects = orNone(o.MaxRedirects, DefaultMaxRedirects)
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	o.RobotsTTL = orDefault(o.RobotsTTL, DefaultRobotsTTL)
	o.HostInterval = orNone(o.HostInterval, DefaultHostInterval)
	o.HostConcurrency = orDefault(o.HostConcurrency, DefaultHostConcurrency)
	return o
}

// orDefault returns def for a zero or negative v.
func orDefault[T ~int | ~int64](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// orNone returns def for a zero v and 0 ("none") for a negative one.
func orNone[T ~int | ~int64](v, def T) T {
	if v == 0 {
		return def
	}
	return max(v, 0)
}

package serve

import (
	"context"
	"log/slog"
	"runtime"
	"time"

	"github.com/lede-news/lede"
)

// Default limits used when the corresponding Config field is zero.
const (
	DefaultMaxBody   = lede.DefaultMaxBytes // 16 MiB
	DefaultTimeout   = 10 * time.Second
	DefaultQueueWait = 100 * time.Millisecond
)

// Config holds the server's settings. The zero value is ready to use and
// means the documented defaults.
type Config struct {
	// MaxBody is the largest request body of /v1/extract, and the largest
	// line of /v1/batch, in bytes (default DefaultMaxBody).
	MaxBody int64
	// Timeout bounds one extraction, from the request's arrival
	// (default DefaultTimeout).
	Timeout time.Duration
	// MaxConcurrent is the number of extractions that may run at once
	// (default GOMAXPROCS: extraction is CPU-bound, and more at once only
	// makes each slower). A batch request holds one slot.
	MaxConcurrent int
	// MaxWaiting is how many requests may wait for a free slot at once
	// (default 2 × MaxConcurrent; negative: none). Any more are shed at
	// once with 503 overloaded, before their body is read.
	MaxWaiting int
	// QueueWait is how long a waiting request may wait for a free slot
	// before it is shed (default DefaultQueueWait; negative: no wait).
	QueueWait time.Duration
	// Token, when not empty, is the bearer token every API route requires:
	// all but /healthz and the UI's page and files (/, /ui/), which hold
	// no data.
	Token string
	// Extract extracts one page (default lede.ExtractBytes). Tests replace it.
	Extract func(context.Context, []byte, lede.Options) (*lede.Article, error)
	// Fetch fetches a URL for requests that give one without HTML. Nil
	// means fetching is off.
	Fetch Fetcher
	// Logger receives one access-log record per request (default: none).
	Logger *slog.Logger
}

// Fetcher fetches the page at url. It is where the fetching package plugs
// in; it must refuse targets the operator does not allow. An error that
// has a method Code() string gives its code to the response
// ("forbidden_target" → 403, "timeout" → 504, "too_large" → 413,
// anything else → 502 fetch_failed).
type Fetcher func(ctx context.Context, url string) (*Page, error)

// Page is a fetched page.
type Page struct {
	URL         string    // the final URL, after redirects
	ContentType string    // the response's Content-Type
	Body        []byte    // the decoded body
	Fetched     time.Time // the response's Date, or when it arrived
}

func (c Config) withDefaults() Config {
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if c.MaxWaiting == 0 {
		c.MaxWaiting = 2 * c.MaxConcurrent
	}
	if c.MaxWaiting < 0 {
		c.MaxWaiting = 0
	}
	if c.QueueWait == 0 {
		c.QueueWait = DefaultQueueWait
	}
	if c.QueueWait < 0 {
		c.QueueWait = 0
	}
	if c.Extract == nil {
		c.Extract = lede.ExtractBytes
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/serve"
)

const serveUsage = `usage: lede serve [--addr 127.0.0.1:8080] [--max-body 16MiB] [--timeout 10s] [--max-concurrent N] [--token-file FILE] [--grace 30s]

Serves extraction over HTTP until SIGTERM or SIGINT, then stops accepting
connections and lets the requests in flight finish (for at most --grace).

  POST /v1/extract  a page: text/html body (?url=URL) or JSON {"html": "…", "url": "…"};
                    ?format=json|markdown|text|html
  POST /v1/batch    NDJSON: one {"html", "url"} object a line → one result a line, in order
  GET  /healthz     liveness
  GET  /metrics     Prometheus metrics
  GET  /            a one-page UI: paste a URL or HTML, see the article (reader view + JSON)

  --addr ADDR           address to listen on (default 127.0.0.1:8080: this machine only)
  --max-body SIZE       largest request body, or batch line (default 16MiB; B, KiB, MiB, GiB, KB, MB, GB)
  --timeout D           time allowed for one extraction (default 10s)
  --max-concurrent N    extractions at once; more get 503 overloaded (default: the number of CPUs)
  --token-file FILE     require "Authorization: Bearer TOKEN" with the token in FILE (all routes but /healthz and the UI)
  --grace D             how long a shutdown waits for requests in flight (default 30s)
  --allow-fetch         fetch pages given by URL ({"url": "…"} without "html"), with
                        the SSRF-safe client of 'lede extract URL': loopback, private
                        and link-local targets refused, robots.txt honoured
  --allow-private       with --allow-fetch: let URLs reach private addresses (intranets, tests)
  --ignore-robots       with --allow-fetch: do not read robots.txt
  --cache DIR           with --allow-fetch: keep fetched pages in DIR and revalidate them

Errors are JSON {"code": "...", "message": "..."}; access logs are JSON
lines on standard error.
`

func (a *app) runServe(ctx context.Context, args []string) int {
	fs := a.newFlagSet("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "")
	maxBody := fs.String("max-body", "16MiB", "")
	timeout := fs.Duration("timeout", serve.DefaultTimeout, "")
	maxConcurrent := fs.Int("max-concurrent", 0, "")
	tokenFile := fs.String("token-file", "", "")
	grace := fs.Duration("grace", 30*time.Second, "")
	allowFetch := fs.Bool("allow-fetch", false, "")
	allowPrivate := fs.Bool("allow-private", false, "")
	ignoreRobots := fs.Bool("ignore-robots", false, "")
	cacheDir := fs.String("cache", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, serveUsage)
	}
	if len(pos) > 0 {
		return a.usageError(fmt.Errorf("serve takes no arguments, got %q", pos), serveUsage)
	}
	if !*allowFetch && (*allowPrivate || *ignoreRobots || *cacheDir != "") {
		return a.usageError(errors.New("--allow-private, --ignore-robots and --cache need --allow-fetch"), serveUsage)
	}
	cfg := serve.Config{Timeout: *timeout, MaxConcurrent: *maxConcurrent, Extract: a.extract}
	if *allowFetch {
		cfg.Fetch = serveFetcher(newFetchClient(fetch.Options{AllowPrivate: *allowPrivate, IgnoreRobots: *ignoreRobots, CacheDir: *cacheDir}))
	}
	if cfg.MaxBody, err = parseSize(*maxBody); err != nil {
		return a.usageError(fmt.Errorf("--max-body: %w", err), serveUsage)
	}
	if *timeout <= 0 || *grace <= 0 || *maxConcurrent < 0 {
		return a.usageError(errors.New("--timeout and --grace must be positive, --max-concurrent not negative"), serveUsage)
	}
	if *tokenFile != "" {
		if cfg.Token, err = readToken(*tokenFile); err != nil {
			a.errorf("serve: %v", err)
			return exitUsage
		}
	}
	cfg.Logger = slog.New(slog.NewJSONHandler(a.stderr, nil))

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		a.errorf("serve: %v", err)
		return exitFailure
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, os.Interrupt)
	defer stop()
	s := serve.New(cfg)
	cfg.Logger.Info("serving", "addr", "http://"+ln.Addr().String())
	if err := serve.Run(ctx, s.NewHTTPServer(ln.Addr().String()), ln, *grace); err != nil {
		a.errorf("serve: %v", err)
		return exitFailure
	}
	cfg.Logger.Info("stopped")
	return exitOK
}

// readToken reads a bearer token from a file: its content without the
// surrounding white space, which must not be empty.
func readToken(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	token := strings.TrimSpace(string(data))
	if token == "" || strings.ContainsAny(token, " \t\r\n") {
		return "", fmt.Errorf("%s: the token must be one word", path)
	}
	return token, nil
}

// sizeUnits are the suffixes parseSize knows, longest first.
var sizeUnits = []struct {
	suffix string
	bytes  int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"b", 1},
}

// parseSize reads a byte size: "16MiB", "512KiB", "10MB", "1000".
func parseSize(s string) (int64, error) {
	num, mult := strings.ToLower(strings.TrimSpace(s)), int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(num, u.suffix) {
			num, mult = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.bytes
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("%q is not a size such as 16MiB", s)
	}
	return n * mult, nil
}

// serveFetcher adapts a fetching client to the server: its errors carry
// their fetch code (forbidden_target, timeout, too_large, …).
func serveFetcher(c *fetch.Client) serve.Fetcher {
	return func(ctx context.Context, url string) (*serve.Page, error) {
		resp, err := c.Fetch(ctx, url)
		if err != nil {
			return nil, codedError{fetch.Code(err), err}
		}
		return &serve.Page{URL: resp.URL, ContentType: resp.ContentType, Body: resp.Body, Fetched: resp.Date}, nil
	}
}

// codedError is an error with its stable code.
type codedError struct {
	code string
	err  error
}

func (e codedError) Error() string { return e.err.Error() }
func (e codedError) Unwrap() error { return e.err }
func (e codedError) Code() string  { return e.code }

package fetch

import (
	"errors"
	"fmt"

	"github.com/lede-news/lede"
)

// Sentinel errors for the outcomes callers branch on. Errors returned by
// Client.Fetch wrap one of them; use errors.Is, or Code for the stable code.
var (
	// ErrForbiddenTarget: the URL's scheme is not http or https, or its
	// host resolves only to addresses the client must not reach
	// (loopback, private, link-local, multicast, unspecified, CGNAT, …).
	ErrForbiddenTarget = errors.New("forbidden_target")
	// ErrFetchFailed: the request could not be completed (DNS, connection,
	// TLS, protocol, too many redirects, a corrupt content coding).
	ErrFetchFailed = errors.New("fetch_failed")
	// ErrTimeout: a connect, read or total timeout expired.
	ErrTimeout = errors.New("timeout")
	// ErrHTTPStatus: the final response was not a 2xx; the error is a
	// *StatusError holding the status.
	ErrHTTPStatus = errors.New("http_status")
	// ErrRobotsDisallowed: the site's robots.txt disallows the URL for lede.
	ErrRobotsDisallowed = errors.New("robots_disallowed")
	// ErrTooLarge is lede.ErrTooLarge: the decoded body passed
	// Options.MaxBytes and was cut there.
	ErrTooLarge = lede.ErrTooLarge
)

// StatusError is the error for a final response that is not a 2xx.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("http_status: %s: HTTP %d", e.URL, e.Status)
}

// Is makes errors.Is(err, ErrHTTPStatus) true.
func (e *StatusError) Is(target error) bool { return target == ErrHTTPStatus }

// Code returns the stable code of err: "forbidden_target", "fetch_failed",
// "timeout", "too_large", "http_status", "robots_disallowed", or, for any
// other error, what lede.Code says ("no_article", …, "internal").
func Code(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrForbiddenTarget):
		return "forbidden_target"
	case errors.Is(err, ErrTimeout):
		return "timeout"
	case errors.Is(err, ErrHTTPStatus):
		return "http_status"
	case errors.Is(err, ErrRobotsDisallowed):
		return "robots_disallowed"
	case errors.Is(err, ErrFetchFailed):
		return "fetch_failed"
	}
	return lede.Code(err)
}

// wrap prefixes a sentinel with the stage and a detail: "fetch_failed: fetch: GET …: …".
func wrap(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: fetch: %s", sentinel, fmt.Sprintf(format, args...))
}

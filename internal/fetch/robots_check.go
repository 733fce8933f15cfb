package fetch

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"
)

// checkRobots fetches (or takes from the cache) the robots.txt of u's
// origin and returns ErrRobotsDisallowed when it disallows u. A robots.txt
// answered with a 4xx allows everything; with a 5xx it disallows
// everything for a minute (RFC 9309 §2.3.1.3, §2.3.1.4). When robots.txt
// cannot be fetched at all (refused target, timeout, connection error),
// that error is returned: the page's host is not reachable either.
func (c *Client) checkRobots(ctx context.Context, b *budget, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	rules, err := c.robots.get(ctx, origin, func(ctx context.Context) (*robots, time.Duration, error) {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		resp, err := c.follow(ctx, b, ru, maxRobotsBytes, false)
		if se, ok := errors.AsType[*StatusError](err); ok {
			if se.Status >= 400 && se.Status < 500 {
				return allowAll, c.opts.RobotsTTL, nil
			}
			return disallowAll, min(robotsRetry, c.opts.RobotsTTL), nil
		}
		if err != nil && !errors.Is(err, ErrTooLarge) {
			return nil, 0, err
		}
		return parseRobots(resp.Body, productToken(c.opts.UserAgent)), c.opts.RobotsTTL, nil
	})
	if err != nil {
		return err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !rules.allowed(path) {
		return wrap(ErrRobotsDisallowed, "%s: disallowed by %s/robots.txt", u.Redacted(), origin)
	}
	return nil
}

// productToken is the name robots.txt groups are matched against: the
// User-Agent up to its first "/", space or tab ("lede"). parseRobots
// reads the user-agent lines of robots.txt the same way.
func productToken(ua string) string {
	if i := strings.IndexAny(ua, "/ \t"); i >= 0 {
		return ua[:i]
	}
	return ua
}

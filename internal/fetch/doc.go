// Package fetch gets web pages for extraction, safely and politely.
//
// A Client makes GET requests and returns the decoded body with what the
// extraction needs from the response (Response.Options: the final URL, the
// Content-Type for its charset, the Date as the reference date). The
// extraction core does no I/O; this package is where lede touches the
// network.
//
// Safety. By default a Client reaches public addresses only: the host is
// resolved by the client, every address is checked, and the checked
// address (not the name) is dialled, so a DNS answer that changes between
// check and connect cannot get through; the socket's address is checked
// once more just before connect. Refused: loopback, private (RFC 1918,
// fc00::/7), link-local (169.254/16, fe80::/10), multicast, unspecified,
// CGNAT (100.64/10) and other reserved ranges, also inside IPv4-mapped,
// NAT64 and 6to4 IPv6 addresses. Redirects are followed hop by hop by the
// client, each hop checked the same way, and only to http and https.
// Environment proxies are not used. Options.AllowPrivate lifts the address
// check, for tests and intranets.
//
// Limits. A connect timeout (each TCP connect, shared among a name's
// addresses, and the TLS handshake), a read timeout (for the headers and
// between reads of the body), a total timeout on the requests of a fetch
// (a body trickled byte by byte ends there; waiting for a host's turn does
// not count), a limit on the decoded body (gzip, deflate, br
// are decoded here; the body is cut at the limit and ErrTooLarge
// returned), and a redirect limit.
//
// Politeness. robots.txt is fetched once per origin and kept for
// Options.RobotsTTL; the groups for "lede" apply, else those for "*", the
// longest matching rule wins (RFC 9309). A robots.txt answered with a 4xx
// allows everything, with a 5xx disallows everything for a minute. Each
// host gets at most Options.HostConcurrency requests at once and a pause
// of Options.HostInterval between the starts of two requests.
//
// Revalidation. With Options.CacheDir, pages that came with an ETag or a
// Last-Modified are kept on disk (one file per URL) and asked for again
// with If-None-Match / If-Modified-Since; a 304 is answered from the file.
//
// Errors wrap ErrForbiddenTarget, ErrFetchFailed, ErrTimeout, ErrTooLarge,
// ErrHTTPStatus (a *StatusError) or ErrRobotsDisallowed; Code returns their
// stable codes for output and HTTP APIs.
//
// A Client is safe for concurrent use, and fit for a long-running server:
// the robots.txt rules and per-host records it keeps are bounded (4,096
// origins and hosts; idle and expired entries are dropped first).
package fetch

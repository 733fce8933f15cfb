package crawl

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Normalize returns the form of an http or https URL used to tell
// duplicates apart: scheme and host in lower case, no default port, no
// fragment, "/" for an empty path; the query is kept as it is. ok is
// false for anything else.
func Normalize(raw string) (string, bool) {
	u, ok := normalize(raw)
	if !ok {
		return "", false
	}
	return u.String(), true
}

// normalize is Normalize, returning the URL parsed.
func normalize(raw string) (*url.URL, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || u.User != nil {
		return nil, false
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, false
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if strings.Trim(host, ".") == "" {
		return nil, false
	}
	if port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		port = ""
	}
	if port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	return u, true
}

// Site returns the site of a URL: the registrable domain of its host
// (eTLD+1), or the host itself for an IP address, a single-label name or
// a public suffix. "" when the URL has no host.
func Site(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return siteOf(u.Hostname())
}

// siteOf is Site of a URL's host name.
func siteOf(hostname string) string {
	host := strings.TrimSuffix(strings.ToLower(hostname), ".")
	if host == "" || net.ParseIP(host) != nil {
		return host
	}
	if site, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return site
	}
	return host
}

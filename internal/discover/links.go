package discover

import (
	"net/url"
	"strings"
	"time"
)

// parser holds the state of one Parse call.
type parser struct {
	res      *Result
	base     *url.URL // nil when the document's URL is not absolute
	maxLinks int
	full     bool // maxLinks was reached
}

// parseBase parses an absolute base URL, nil otherwise.
func parseBase(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// resolve makes ref absolute against base; "" when it is empty, cannot be
// parsed, or is neither http nor https.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// room reports whether one more link may be kept, and notes when not.
func (p *parser) room() bool {
	n := len(p.res.Links) + len(p.res.Sitemaps) + len(p.res.Feeds)
	if n >= p.maxLinks {
		p.full = true
		return false
	}
	return true
}

func (p *parser) addLink(ref string, published time.Time) {
	if u := resolve(p.base, ref); u != "" && p.room() {
		p.res.Links = append(p.res.Links, Link{URL: u, Published: published})
	}
}

func (p *parser) addSitemap(ref string) {
	if u := resolve(p.base, ref); u != "" && p.room() {
		p.res.Sitemaps = append(p.res.Sitemaps, u)
	}
}

// addFeed keeps a feed URL, already resolved against the page's base.
func (p *parser) addFeed(u string) {
	if p.room() {
		p.res.Feeds = append(p.res.Feeds, u)
	}
}

// dateLayouts are the date formats met in feeds and sitemaps: RFC 822 /
// 1123 (RSS pubDate, with and without the weekday and seconds), RFC 3339
// and W3C Datetime (Atom, sitemaps: a date alone or to the minute).
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	time.RFC822Z, time.RFC822,
	time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02",
}

// parseDate reads a date in one of dateLayouts; zero when none fits.
func parseDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

package boiler

import (
	"net/url"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// Host returns the key under which an article's lines are counted: the
// lower-case host name of its URL (else its canonical URL) without port
// and without a leading "www.". An archived page
// (web.archive.org/web/TIMESTAMP/URL) counts under the archived URL's host,
// so that pages of unrelated sites are not pooled. "" when the article has
// no absolute http(s) URL: such articles are neither counted nor cleaned.
func Host(a *model.Article) string {
	for _, s := range []string{a.URL, a.CanonicalURL} {
		if h := hostOf(s, 2); h != "" {
			return h
		}
	}
	return ""
}

func hostOf(s string, depth int) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if h == "web.archive.org" && depth > 0 {
		// /web/20190101000000/https://example.com/a → example.com
		if _, rest, ok := strings.Cut(strings.TrimPrefix(u.Path, "/web/"), "/"); ok && strings.HasPrefix(u.Path, "/web/") {
			if inner := hostOf(rest, depth-1); inner != "" {
				return inner
			}
		}
	}
	return strings.TrimPrefix(h, "www.")
}

package discover

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the MIME types of <link rel="alternate"> that name a feed
// (the RSS and Atom autodiscovery conventions).
var feedTypes = map[string]bool{
	"application/rss+xml":  true,
	"application/atom+xml": true,
	"application/rdf+xml":  true,
}

// parseHTML reads a start page for the feeds it links to, resolved
// against its <base href> when it has one.
func (p *parser) parseHTML(data []byte) error {
	p.res.Kind = Page
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return err
	}
	base, baseSet := p.base, false
	var links []string
	for n := range doc.Descendants() { // Parse caps nesting at 512 elements
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Base:
			// The first <base href> counts (HTML, "document base URL").
			if href := htmlAttr(n, "href"); href != "" && !baseSet {
				baseSet = true
				if u, err := url.Parse(strings.TrimSpace(href)); err == nil {
					if base != nil {
						u = base.ResolveReference(u)
					}
					if u.IsAbs() {
						base = u
					}
				}
			}
		case atom.Link:
			if isFeedLink(n) {
				links = append(links, htmlAttr(n, "href"))
			}
		}
	}
	seen := map[string]bool{}
	for _, href := range links {
		if u := resolve(base, href); u != "" && !seen[u] {
			seen[u] = true
			p.addFeed(u)
		}
	}
	if p.full {
		return ErrTooLarge
	}
	return nil
}

// isFeedLink reports whether a <link> element is feed autodiscovery: rel
// holds the token "alternate" and type is a feed's.
func isFeedLink(n *html.Node) bool {
	alternate := false
	for _, tok := range strings.Fields(strings.ToLower(htmlAttr(n, "rel"))) {
		alternate = alternate || tok == "alternate"
	}
	typ, _, _ := strings.Cut(strings.ToLower(htmlAttr(n, "type")), ";")
	return alternate && feedTypes[strings.TrimSpace(typ)]
}

// htmlAttr returns an attribute's value, "" when absent.
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

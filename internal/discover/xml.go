package discover

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// entry gathers the fields of one feed item, sitemap <url> or <sitemap>
// while its element is open.
type entry struct {
	link, guid, loc  string
	guidIsLink       bool
	published, dated string // news:publication_date / pubDate / published; updated / lastmod / dc:date
	text             strings.Builder
	inField          string // the field whose text is being read
}

// parseXML reads a feed, a sitemap or a sitemap index token by token,
// names matched by local name (namespace prefixes vary from site to
// site). The kind is decided by the root element.
func (p *parser) parseXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false // feeds in the wild: HTML entities, unquoted attributes
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var (
		depth int
		cur   *entry // the open item, entry, url or sitemap
		root  string
	)
	for !p.full {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if root == "" {
				return fmt.Errorf("%w: %v", ErrUnknown, err)
			}
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if depth == 1 {
				root = name
				if p.res.Kind = kindOf(name); p.res.Kind == Unknown {
					return fmt.Errorf("%w: root element <%s>", ErrUnknown, t.Name.Local)
				}
				continue
			}
			if cur == nil {
				if isEntry(p.res.Kind, name) {
					cur = &entry{}
				}
				continue
			}
			cur.start(name, t.Attr)
		case xml.CharData:
			if cur != nil && cur.inField != "" {
				cur.text.Write(t)
			}
		case xml.EndElement:
			depth--
			name := strings.ToLower(t.Name.Local)
			if cur == nil {
				continue
			}
			if isEntry(p.res.Kind, name) {
				p.emit(cur)
				cur = nil
				continue
			}
			cur.end(name)
		}
	}
	if root == "" {
		return ErrUnknown
	}
	if p.full {
		return ErrTooLarge
	}
	return nil
}

// kindOf names the kind of document by its root element.
func kindOf(root string) Kind {
	switch root {
	case "rss", "rdf", "feed":
		return Feed
	case "urlset":
		return Sitemap
	case "sitemapindex":
		return SitemapIndex
	}
	return Unknown
}

// isEntry reports whether an element holds one link of a document kind.
func isEntry(k Kind, name string) bool {
	switch k {
	case Feed:
		return name == "item" || name == "entry"
	case Sitemap:
		return name == "url"
	case SitemapIndex:
		return name == "sitemap"
	}
	return false
}

// textFields are the elements whose text an entry keeps.
var textFields = map[string]bool{
	"link": true, "guid": true, "id": true, "loc": true,
	"pubdate": true, "published": true, "publication_date": true, "issued": true,
	"updated": true, "lastmod": true, "date": true, "modified": true,
}

// start opens an element inside an entry. An Atom <link href> is taken at
// once when it is the alternate (or unlabelled) link.
func (e *entry) start(name string, attrs []xml.Attr) {
	if name == "link" {
		if href, rel := attr(attrs, "href"), attr(attrs, "rel"); href != "" {
			if (rel == "" || rel == "alternate") && e.link == "" {
				e.link = href
			}
			return
		}
	}
	if name == "guid" {
		e.guidIsLink = !strings.EqualFold(attr(attrs, "isPermaLink"), "false")
	}
	if textFields[name] && e.inField == "" {
		e.inField = name
		e.text.Reset()
	}
}

// end closes an element inside an entry, keeping the text of a field.
func (e *entry) end(name string) {
	if name != e.inField {
		return
	}
	e.inField = ""
	text := strings.TrimSpace(e.text.String())
	switch name {
	case "link":
		if e.link == "" {
			e.link = text
		}
	case "guid", "id":
		e.guid = text
	case "loc":
		if e.loc == "" {
			e.loc = text
		}
	case "pubdate", "published", "publication_date", "issued":
		if e.published == "" {
			e.published = text
		}
	default: // updated, lastmod, dc:date, modified
		if e.dated == "" {
			e.dated = text
		}
	}
}

// emit keeps an entry's link. A feed item without <link> falls back on a
// permalink <guid> (RSS 2.0 spec, "isPermaLink").
func (p *parser) emit(e *entry) {
	published := parseDate(e.published)
	if published.IsZero() {
		published = parseDate(e.dated)
	}
	switch p.res.Kind {
	case Feed:
		link := e.link
		if link == "" && e.guidIsLink && e.guid != "" {
			link = e.guid
		}
		p.addLink(link, published)
	case Sitemap:
		p.addLink(e.loc, published)
	case SitemapIndex:
		p.addSitemap(e.loc)
	}
}

// attr returns the value of the attribute with a local name, "" when absent.
func attr(attrs []xml.Attr, local string) string {
	for _, a := range attrs {
		if strings.EqualFold(a.Name.Local, local) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

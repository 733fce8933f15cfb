// Package discover finds article links in feeds, sitemaps and start pages.
//
// Parse reads one fetched document and says what it is and what it
// points to:
//
//   - an RSS 2.0 (or RSS 1.0 / RDF) feed: the items' links, with pubDate
//     or dc:date;
//   - an Atom feed: the entries' alternate links, with published or
//     updated;
//   - a sitemap or a news sitemap (<urlset>): each <loc>, with
//     <news:publication_date> or else <lastmod>;
//   - a sitemap index (<sitemapindex>): the child sitemaps to read next;
//   - an HTML start page: the feeds its <link rel="alternate"
//     type="application/rss+xml|application/atom+xml"> elements name.
//
// A gzip-compressed document (sitemap.xml.gz) is recognised by its magic
// bytes and decompressed first. Relative links are resolved against the
// document's URL (and an HTML page's <base href>).
//
// The package does no I/O: fetching, following sitemap indexes and
// keeping the links of one site are the caller's (lede crawl). Limits:
// Options.MaxBytes of (decompressed) input and Options.MaxLinks links per
// document. XML is read token by token, so a malformed or cut document
// yields the links read before the damage together with an error
// wrapping ErrMalformed. Parse never panics on any input; it is safe for
// concurrent use.
package discover

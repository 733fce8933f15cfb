// Package crawl turns seeds (feeds, sitemaps, start pages) into the list
// of article URLs to fetch: the discovery half of lede crawl.
//
// Discover fetches each seed through a caller's FetchFunc (lede's
// SSRF-safe client), sniffs what it is with package discover, follows
// sitemap indexes (to Options.MaxDepth levels) and a start page's feed
// links, and keeps the article links of the seed's own site — the same
// registrable domain (eTLD+1 by the public suffix list), so
// www.example.com and news.example.com belong to example.com — normalised
// and de-duplicated across all seeds, up to Options.Limit, in discovery
// order. Feeds and sitemaps themselves may live on another host (a CDN);
// the links they list must not.
//
// A seed that cannot be fetched, or yields no article link, becomes a
// Target carrying its error, so that the caller can write a line for it:
// nothing is dropped silently. Problems with a child sitemap or feed of a
// seed that did yield links go to Options.Warn.
//
// Discover fetches one document at a time; politeness (robots.txt, rate
// limits) is the FetchFunc's. It is safe for concurrent use with distinct
// arguments.
package crawl

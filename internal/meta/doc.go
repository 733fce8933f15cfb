// Package meta reads an article's metadata from a parsed page: URL and
// canonical URL, site name, kicker and headline, description, section,
// tags, lead image, dates, authors and agencies, the JSON-LD articleBody,
// the declared language, and (with DetectLanguage) the language of the
// text.
//
// # Sources
//
// One walk over the tree collects every source: <meta> (OpenGraph,
// Twitter cards, Dublin Core, article:*, parsely/sailthru), <link
// rel=canonical>, <title>, <h1>/<h2> and itemprop=headline headings,
// microdata itemprops, <time datetime> and the schema.org JSON-LD blocks.
// The JSON-LD reader takes NewsArticle and the other Article types from
// top-level arrays, @graph and mainEntity, resolves @id references, and
// mends the faults hand-written JSON-LD often has (HTML comments and CDATA
// markers, trailing commas, raw control characters, invalid escapes).
//
// # Headline
//
// The headline is the visible heading that the declared titles (JSON-LD
// headline, og:title, twitter:title, <title>, the description) confirm
// best; declared titles are cut where a separator sets off a part that
// names the site (by og:site_name, the publisher, the host name, or by
// being the shorter side of a title whose other side is itself a declared
// title). A heading made of separate parts ("<span>Kicker</span>
// <span>Headline</span>"), or joined by a colon or a separator that a title
// confirms, gives the kicker. No site-specific rules are used.
//
// # Dates and authors
//
// Dates are kept as written (normalizeDate): RFC 3339 with the offset when
// the zone is given, "YYYY-MM-DDThh:mm:ss" without one, "YYYY-MM-DD" for a
// day; never converted. The machine-readable date (JSON-LD, article:*
// metas, Dublin Core, Parse.ly, Sailthru, microdata) stands when the page
// also shows that day around the article or shows none; when it shows
// another, the dateline beside the headline (or a <time datetime> there)
// wins ("12. Mai 2015", "May 12, 2015", "12.05.2015", "12 de mayo de
// 2015", "Veröffentlicht am …"). Dates in comments, prose, copyright and
// deadline lines are not the article's; the day in the page's address
// breaks ties (see chooseDates). Given the date the page was fetched
// (ExtractAt), no later date is taken and relative dates ("vor 3
// Stunden", "gestern", "2 days ago") count. Authors come from JSON-LD (Person
// objects, arrays, @id references), the author metas or microdata, and
// stand only when the page shows them: the byline near the headline ("Von
// A und B", "By A and B", "Par", "Por", "Di", "Door") or a line that can
// only be a byline anywhere ("Autor:", "Text:", "Posted by") wins over them,
// and a declared name the page never shows is left out. A byline is read
// strictly: every part must be a name, an agency or an outlet. Agencies and
// desks (dpa, AFP, Reuters, AP, KNA, epd, "Redaktion") go to Agencies; a
// trailing city is the Dateline ("Von Julian Hans, Moskau"); the site's own
// name, CMS accounts ("admin") and organisations are neither.
//
// # Language
//
// Language identifies the language with whatlanggo's trigram profiles (the
// 50 languages of detectOptions, no model files). The page's declared language (lang,
// Content-Language, og:locale, JSON-LD inLanguage) only breaks ties for
// short or unsure text. Identification costs about as much as the rest of
// the package together (about 0.6 ms and 50 KB on a loaded machine for the
// 500-byte sample it reads), so Extract leaves it to DetectLanguage (or the
// caller to Language), to be called once with the extracted body.
//
// # Limits and concurrency
//
// Extract never panics on a tree x/net/html produced; it looks no deeper
// than 512 levels, reads at most 32 JSON-LD blocks, and returns valid UTF-8
// in every string. It keeps no state between calls and is safe for
// concurrent use; it does not modify the tree.
package meta

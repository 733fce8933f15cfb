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
// # Language
//
// Language identifies the language with whatlanggo's trigram profiles (84
// languages, no model files). The page's declared language (lang,
// Content-Language, og:locale, JSON-LD inLanguage) only breaks ties for
// short or unsure text. Identification costs more than the rest of the
// package together, so Extract leaves it to DetectLanguage, to be called
// once with the extracted body.
//
// # Limits and concurrency
//
// Extract never panics on a tree x/net/html produced; it looks no deeper
// than 512 levels, reads at most 32 JSON-LD blocks, and returns valid UTF-8
// in every string. It keeps no state between calls and is safe for
// concurrent use; it does not modify the tree.
package meta

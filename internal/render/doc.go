// Package render writes an Article as JSON, Markdown, plain text or
// sanitised HTML, with Write(w, article, format). Write only reads the
// Article, keeps no state between calls and is safe for concurrent use.
// Text from the Article that is not valid UTF-8 is written with U+FFFD in
// place of the bad bytes, so every rendering is valid UTF-8.
//
// # JSON
//
// The Article as one indented JSON object (schema version 1) and a
// newline. Every field of the schema is present; lists the caller left nil
// are written as [] and a zero schema_version as the current one (on a
// copy: the caller's Article is not changed). The inline runs of the body
// are not part of the schema and are not written.
//
// # Markdown
//
// CommonMark with GitHub's pipe tables, without front matter:
//
//	*Kicker*
//
//	# Headline
//
//	Teaser, as a paragraph.
//
//	- Highlight one
//	- Highlight two
//
//	*Author One, Author Two · dpa · Berlin · 2024-05-01T10:00:00+02:00*
//
//	![Caption](https://example.com/lead.jpg)
//
//	*Caption (Credit)*
//
//	Body blocks …
//
// Each part appears only when the Article has it. The byline line holds
// the authors, the agencies, the dateline and the published date as
// written in the Article. The image line needs an http(s) URL; the caption
// line is kept without it.
//
// Body blocks, one blank line apart: headings as "##" to "######" (the
// headline is the only level-1 heading, so body level 1 becomes 2);
// paragraphs with links as [text](url), Bold as **…**, Italic as *…* and
// Monospace as code spans; lists with "-" or "1." ("*" or "1)" for a list
// right after another, which would otherwise merge with it); quotes with
// "> "; tables as pipe tables whose first row is the header, short rows
// padded, newlines in cells turned to spaces; preformatted text as a
// fenced code block whose fence is longer than any backtick run inside.
// A newline inside a paragraph, quote or item is a hard line break.
//
// Plain text is escaped with backslashes only where a character would
// change the meaning: '*', '`', '[', ']', '|', '~' and '\' everywhere; '_'
// unless inside a word; '<' before a tag-like character; '&' before an
// entity name and ';'; and at the start of a line a '#' heading, '>',
// "-", "+", "1." or "1)" list marker, or a line of '=' or '-'. Links whose
// URL is not http, https or mailto are written as their text alone, as in
// HTML. Emphasis markers only work where CommonMark's flanking rules let
// them (§6.2): a stretch whose markers would not open or close there, such
// as bold "(b)" inside "a(b)c", or one that starts right where another
// ends, is written without its emphasis rather than with stray asterisks;
// two code spans in a row become one. The text itself is never lost.
//
// # Text
//
// The headline, a blank line, then exactly Article.Text (the string the
// evaluation scores) and a newline. An empty headline is left out with its
// blank line. Only when Text is empty is a text built from the body
// blocks, joined the same way: blocks by a blank line, list items and
// table rows one per line, cells by a tab.
//
// # HTML
//
// A standalone HTML5 document: doctype, <html lang> (when the language
// looks like a language tag), <meta charset="utf-8">, a Content Security
// Policy that allows nothing but http(s) images and the document's own
// fixed style sheet, <meta name="referrer" content="no-referrer">, the
// <title> and, for an http(s) URL, <link rel="canonical">. The body holds
// one <article>: a <header> with p.kicker, h1, p.teaser, ul.highlights and
// p.byline (spans for authors, agencies and dateline, and <time> whose
// datetime attribute is set when the date is in one of the schema's
// forms); a <figure> with the lead image (src only for http(s)) and a
// figcaption with the credit in <small>; then the body blocks as p, h2-h6,
// ul/ol, blockquote, table (first row in thead as th) and pre>code.
//
// The document is sanitised by construction, not by filtering markup:
// element and attribute names come only from this package; every text and
// attribute value from the Article is escaped with html.EscapeString; no
// event-handler attribute, script or content style is ever written. A link
// is written only when its URL, read the way a browser reads it (leading
// and trailing controls and spaces stripped, tabs and newlines removed),
// has the scheme http (with a host), https (with a host) or mailto, in any
// case; anything else (javascript:, data:, vbscript:, relative URLs,
// entity tricks) leaves the link text as plain text. Links carry
// rel="noopener noreferrer nofollow".
package render

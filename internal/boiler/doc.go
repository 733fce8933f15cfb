// Package boiler learns the lines that a site repeats on many of its pages
// (navigation labels, "Lesen Sie auch: …" and "Read more: …" lines,
// newsletter prompts, legal lines) and removes them from extracted
// articles. It has no hand-written site rule: a line is boilerplate
// because it recurs across pages of the same host, and for no other
// reason.
//
// # Two passes
//
// A Learner is fed every extracted Article of a corpus (HTML or text
// input: it reads the Article's teaser, highlights, body blocks and list
// items, not the markup) and counts, per host, on how many pages each key
// occurs. Its Model is saved to a file, so that a resumed run and every
// shard of a crawl clean a host's pages with the same model; Model.Apply
// then removes the matching lines from each Article.
//
// # Keys
//
// A line is normalised before counting: lower case, each run of digits as
// "0", English and German month and weekday names as "M" and "D",
// punctuation dropped ("© 2024 Example", "© 2025 Example" → "0 example").
// Its keys are the whole normalised line and, for a line of 4 to
// MaxVariantWords words, its first and last PrefixWords words and the
// label before its first colon (up to MaxLabelWords words): the parts that
// stay when a template fills in a word or a headline per page ("Lesen Sie
// mehr zum Thema Kerry" / "… Putin", "Read more: <headline>").
//
// A key is learned for a host with at least Options.MinPages pages when it
// occurs on at least max(MinPages, MinShare × pages) of them (defaults 5
// and 0.2). So a host with fewer pages is never touched, and a sentence of
// the article's own text needs to recur on a fifth of the site's pages to
// be taken for chrome. Lines longer than MaxVariantWords words — prose —
// are removed only when the whole line recurs, never by a prefix or
// suffix. Apply never empties a body.
//
// The defaults were chosen by measurement. On the boilerplate test corpus
// (bench/cmd/boilercorpus: 6 sites × 50 pages) a lower share finds more of
// the chrome that leaks on only some pages (per-author bio lines, a
// "Weiterlesen" line the extractor drops on most pages) and removed no line
// of the real bodies down to 0.1. Pooling the 990 unrelated articles of the
// trafilatura set as one host, no key with a word in it is learned at a
// share of 2% or more: the article text of different pages does not
// collide by chance, so 0.2 keeps a tenfold margin. What it cannot measure
// is a site whose own writers repeat a sentence on a fifth of its pages;
// raise --min-share for such a corpus, or delete the key from the model.
//
// # Model file (format "lede-boilerplate", version 1)
//
// JSON Lines, UTF-8. The first line is a header:
//
//	{"format":"lede-boilerplate","version":1,"min_pages":5,"min_share":0.2,"max_keys_per_host":16384,"hosts":2}
//
// then one line per host that learned something, sorted by host, its keys
// sorted by kind (line, label, prefix, suffix) then text:
//
//	{"host":"example.de","pages":57,"keys":[{"kind":"line","text":"zur startseite","pages":57},{"kind":"prefix","text":"lesen sie mehr","pages":49}]}
//
// "text" is the normalised form; "pages" is informative. A file may be
// edited by hand (a key deleted to keep a line). Load refuses another
// format or version. The same corpus in the same order gives the same
// bytes.
//
// # Limits and concurrency
//
// A Learner's memory is bounded per host by Options.MaxKeysPerHost (see
// there); it is not safe for concurrent use and must be fed in a fixed
// order (lede learn feeds it in input order, whatever the number of
// workers). A Model is read-only and safe for concurrent use by any number
// of goroutines. Hosts are keyed by Host: an article without an absolute
// URL is neither learned from nor cleaned.
package boiler

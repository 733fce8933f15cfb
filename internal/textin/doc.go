// Package textin recovers an article from plain text whose markup is gone:
// a web-corpus dump, a page saved as text, a scraper's output. It finds
// the body among the page's leftover navigation and chrome and takes the
// parts around it apart as the HTML stages do: kicker and headline (also
// when fused, "Kicker:Headline"), teaser (once, when repeated), bullet
// highlights, byline and dateline, dates, the lead image's credit,
// subheadings and lists inside the body. The trailing site chrome is
// dropped.
//
// Every rule reads the shape of lines (length, final punctuation, bullet
// marks, where a line sits) and the phrase vocabularies the HTML stages
// use (internal/content, internal/meta); none is written for one site.
//
// How the body is found: each line gets a value, positive for prose (a
// line of words that ends as a sentence does), negative for the short
// lines of menus, footers and link lists, strongly negative for known
// furniture phrases. The body is the run of lines with the largest sum
// (the maximum-sum subarray), which holds most of the prose and little of
// the chrome. It ends early where a comment thread opens; boxes of links
// inside it are skipped; the lines just before it are read as the
// article's head, the headline being the title-like line there that
// shares the most key words with the body's opening.
//
// Limits: at most 100,000 lines are read. Text hard-wrapped at a fixed
// width of up to 100 characters, with blank lines between paragraphs, is
// unwrapped first; wrapped text without blank lines is read line by line
// and mostly not found.
//
// Extract is a pure function of its input and safe for concurrent use.
package textin

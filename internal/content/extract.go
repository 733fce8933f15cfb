package content

import (
	"net/url"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// Options tune one extraction. Zero values mean the defaults.
type Options struct {
	// Base resolves relative links; nil leaves them relative.
	Base *url.URL
	// Headline is the page's headline, left out of the body when the
	// container repeats it.
	Headline string
	// Description is the page's declared summary (og:description); an
	// element before the body showing it is taken as the teaser.
	Description string
	// Noscript reads the content of <noscript> elements as article markup
	// (for a tree parsed with scripting off); by default it is skipped.
	Noscript bool
	// MaxDepth and MaxNodes bound the walk over the tree.
	MaxDepth, MaxNodes int
}

// Result is the article body found in a page.
type Result struct {
	Blocks []model.Block
	// Teaser is the standfirst shown before the body, or "".
	Teaser string
	// Highlights are the "key points" printed before the body.
	Highlights []string
	// Figure is the lead image with its caption and credit, as shown.
	Figure Figure
	// Listing is set when the page is a list of links to articles (a
	// section front, search results) rather than an article; Blocks is
	// then empty.
	Listing bool
	// Score is the container's prose score: about the number of words of
	// prose it holds.
	Score int
}

// Extract finds the article body in doc.
func Extract(doc *html.Node, opts Options) Result {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = 512
	}
	if opts.MaxNodes <= 0 {
		opts.MaxNodes = 2_000_000
	}
	p := &page{noscript: opts.Noscript, maxDepth: opts.MaxDepth}
	s := scorer{page: p, maxNodes: opts.MaxNodes}
	var r textRun
	s.walk(doc, 0, &r, false)
	if s.best == nil {
		return Result{}
	}
	b := builder{page: p, score: s.bestSum, base: opts.Base, maxNodes: opts.MaxNodes}
	depth := 0
	for a := s.best; a.Parent != nil; a = a.Parent {
		depth++
	}
	for c := s.best.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, depth+1)
	}
	b.paragraph()
	if isListing(b.blocks, b.stats) {
		return Result{Listing: true, Score: s.bestSum}
	}
	blocks := keepBlocks(b.blocks, b.stats, opts.Headline)
	tf := teaserFinder{page: p, container: s.best, headline: opts.Headline, description: normalizeForCompare(opts.Description)}
	teaser := tf.find(doc)
	if teaser != "" && len(blocks) > 0 && normalizeForCompare(blocks[0].Text) == normalizeForCompare(teaser) {
		blocks = blocks[1:] // printed once, as the teaser
	}
	blocks, highlights := splitHighlights(blocks)
	return Result{Blocks: blocks, Teaser: teaser, Highlights: highlights, Figure: b.leadFigure(doc, s.best), Score: s.bestSum}
}

// isListing reports whether the container is a list of teaser cards (a
// section front, search results) rather than an article: six or more
// headings that are wholly links, at least one to each paragraph of prose,
// the first of them before any prose. An article followed by related-story
// cards starts with prose and has more paragraphs than cards.
func isListing(blocks []model.Block, stats []blockStats) bool {
	linked, prose, firstLinked, firstProse := 0, 0, -1, -1
	for i, b := range blocks {
		switch {
		case b.Type == model.Heading && stats[i].words > 0 && stats[i].linkWords == stats[i].words:
			if linked++; firstLinked < 0 {
				firstLinked = i
			}
		case isProse(b):
			if prose++; firstProse < 0 {
				firstProse = i
			}
		}
	}
	return linked >= 6 && linked >= prose && (firstProse < 0 || firstLinked < firstProse)
}

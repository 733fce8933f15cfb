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
	// MaxDepth and MaxNodes bound the walk over the tree.
	MaxDepth, MaxNodes int
}

// Result is the article body found in a page.
type Result struct {
	Blocks []model.Block
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
	p := &page{}
	s := scorer{page: p, maxDepth: opts.MaxDepth, maxNodes: opts.MaxNodes}
	var r textRun
	s.walk(doc, 0, &r, false)
	if s.best == nil {
		return Result{}
	}
	b := builder{page: p, score: s.bestSum, base: opts.Base, maxDepth: opts.MaxDepth}
	for c := s.best.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, 1)
	}
	b.paragraph()
	return Result{Blocks: keepBlocks(b.blocks, b.stats, opts.Headline), Score: s.bestSum}
}

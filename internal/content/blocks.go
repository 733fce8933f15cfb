package content

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// builder turns the article container into blocks. Per-call scratch state.
type builder struct {
	*page
	base     *url.URL
	maxNodes int
	nodes    int // nodes visited, against maxNodes
	score    int // the container's prose score
	blocks   []model.Block
	stats    []blockStats // parallel to blocks
	para     inlineText
}

// paragraph closes the paragraph being gathered, if any.
func (b *builder) paragraph() {
	if b.para.empty() {
		return
	}
	sp := b.para.take()
	if sp.text == "" {
		return
	}
	b.add(model.Block{Type: model.Paragraph, Text: sp.text, Runs: sp.runs}, sp)
}

// walk emits the blocks of n's subtree in document order.
func (b *builder) walk(n *html.Node, depth int) {
	if b.nodes++; depth > b.maxDepth || b.nodes > b.maxNodes {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.para.write(n.Data, "", 0)
		return
	case html.ElementNode:
	default:
		return
	}
	if b.pruned(n) {
		if kindOf(n) != inline {
			b.paragraph()
		}
		return
	}
	switch kindOf(n) {
	case inline:
		b.inline(&b.para, n, depth, "", 0)
		return
	}
	b.paragraph()
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		sp := b.gather(n, depth)
		if sp.text != "" {
			b.add(model.Block{Type: model.Heading, Level: int(n.Data[1] - '0'), Text: sp.text, Runs: sp.runs}, sp)
		}
		return
	case atom.Ul, atom.Ol:
		b.list(n, depth)
		return
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		if s := strings.Trim(b.collectText(n, depth, true), "\n"); strings.TrimSpace(s) != "" {
			b.add(model.Block{Type: model.Preformatted, Text: s, Runs: plainRuns(s)}, span{words: countWords(s)})
		}
		return
	case atom.Blockquote:
		if !hasBlockChild(n, atom.Blockquote) {
			b.quote(n, depth)
			return
		}
	case atom.Table:
		if !b.isLayoutTable(n, depth) {
			b.table(n, depth)
			return
		}
	case atom.Hr:
		return
	}
	if isLinkRegion(b.regions[n], b.score) {
		b.dropOrphanHeading()
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, depth+1)
	}
	b.paragraph()
}

// dropOrphanHeading removes a heading left as the last block when the
// section it introduced was dropped ("Das könnte Sie auch interessieren"
// above a teaser list).
func (b *builder) dropOrphanHeading() {
	if n := len(b.blocks); n > 0 && b.blocks[n-1].Type == model.Heading {
		b.blocks, b.stats = b.blocks[:n-1], b.stats[:n-1]
	}
}

// blockStats is what the filters need to know of an emitted block.
type blockStats struct {
	words, linkWords int
}

func (b *builder) add(blk model.Block, sp span) {
	b.blocks = append(b.blocks, blk)
	b.stats = append(b.stats, blockStats{sp.words, sp.linkWords})
}

// inline gathers the inline content of n into t. Block elements nested in
// inline ones (a <div> inside an <a>) are read as inline content.
func (b *builder) inline(t *inlineText, n *html.Node, depth int, link string, style model.Style) {
	if b.nodes++; depth > b.maxDepth || b.nodes > b.maxNodes {
		return
	}
	switch n.Type {
	case html.TextNode:
		t.write(n.Data, link, style)
		return
	case html.ElementNode:
	default:
		return
	}
	if b.pruned(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		t.lineBreak()
		return
	case atom.A:
		if href := b.resolve(attr(n, "href")); href != "" {
			link = href
		}
	case atom.B, atom.Strong:
		style |= model.Bold
	case atom.I, atom.Em, atom.Cite, atom.Dfn:
		style |= model.Italic
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt, atom.Var:
		style |= model.Monospace
	case atom.P, atom.Div, atom.Li, atom.Tr, atom.Dd, atom.Dt, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Section, atom.Article, atom.Ul, atom.Ol:
		// Separate block-level pieces read inline.
		t.space = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.inline(t, c, depth+1, link, style)
	}
	if kindOf(n) == block {
		t.space = true
	}
}

// gather returns the inline content of n as one span.
func (b *builder) gather(n *html.Node, depth int) span {
	var t inlineText
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.inline(&t, c, depth+1, "", 0)
	}
	return t.take()
}

// resolve returns href as an absolute http(s) or mailto URL, or "" when it
// is not a link a reader could follow (javascript:, fragments, data:).
func (b *builder) resolve(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		return u.String()
	case "mailto":
		return u.String()
	case "":
		if b.base == nil && !strings.HasPrefix(href, "//") {
			return u.String() // relative, and no base to resolve against
		}
	}
	return ""
}

// list emits a ul/ol as one list block; items of nested lists follow their
// parent item.
func (b *builder) list(n *html.Node, depth int) {
	blk := model.Block{Type: model.List, Ordered: n.DataAtom == atom.Ol}
	var words, linkWords int
	var items func(l *html.Node, depth int)
	items = func(l *html.Node, depth int) {
		if depth > b.maxDepth {
			return
		}
		for li := l.FirstChild; li != nil; li = li.NextSibling {
			if li.Type != html.ElementNode || b.pruned(li) {
				continue
			}
			if li.DataAtom != atom.Li {
				if li.DataAtom == atom.Ul || li.DataAtom == atom.Ol {
					items(li, depth+1)
				}
				continue
			}
			var t inlineText
			var nested []*html.Node
			for c := li.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
					nested = append(nested, c)
					continue
				}
				b.inline(&t, c, depth+2, "", 0)
			}
			if sp := t.take(); sp.text != "" {
				blk.Items = append(blk.Items, sp.text)
				blk.ItemRuns = append(blk.ItemRuns, sp.runs)
				words += sp.words
				linkWords += sp.linkWords
			}
			for _, l := range nested {
				items(l, depth+2)
			}
		}
	}
	items(n, depth)
	if len(blk.Items) == 0 {
		return
	}
	blk.Text = strings.Join(blk.Items, "\n")
	b.add(blk, span{words: words, linkWords: linkWords})
}

// quote emits a blockquote; its paragraphs are kept apart by blank lines.
func (b *builder) quote(n *html.Node, depth int) {
	var t inlineText
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && kindOf(c) == block && !t.empty() {
			t.paragraphBreak()
		}
		b.inline(&t, c, depth+1, "", 0)
	}
	sp := t.take()
	if sp.text == "" {
		return
	}
	b.add(model.Block{Type: model.Quote, Text: sp.text, Runs: sp.runs}, sp)
}

func hasBlockChild(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == a {
			return true
		}
	}
	return false
}

// isLinkRegion reports whether a region inside the container is a list of
// links with some text around them (related stories, teasers, tag lists)
// rather than prose: link-dense, and holding little of the container's
// prose score.
func isLinkRegion(r region, containerScore int) bool {
	return r.links >= 3 && r.linkDensity() > 0.35 && r.score*10 < containerScore*3
}

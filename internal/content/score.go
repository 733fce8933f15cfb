package content

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textRun accumulates one paragraph's worth of inline text while scoring.
type textRun struct {
	words, linkWords int
	punct            int // sentence punctuation and commas
}

// value is what a run of inline text says about the region holding it:
// prose counts for its words, link lists and fragments against it.
func (r *textRun) value() int {
	if r.words == 0 {
		return 0
	}
	plain := r.words - r.linkWords
	density := float64(r.linkWords) / float64(r.words)
	switch {
	case density > 0.5:
		return -r.words / 2
	case plain >= 12 && r.punct > 0:
		return plain + 2*r.punct
	case plain >= 25:
		return plain
	}
	return -(r.words + 1) / 3
}

// proseOverChrome is the prose score above which an element whose class
// says chrome ("ad-wrapper", "sidebar-layout") is taken to hold the
// article after all: page templates put such words on their outer wrappers.
const proseOverChrome = 150

// page is the per-call state shared by the passes: the elements whose
// chrome class was overruled by the prose they hold.
type page struct {
	noscript bool // <noscript> content is markup to read (Options.Noscript)
	maxDepth int  // Options.MaxDepth
	keep     map[*html.Node]bool
	regions  map[*html.Node]region
}

// region is the word count of a container element's subtree, for telling
// link-list regions apart from prose inside the chosen container.
type region struct {
	words, linkWords, links int
	score                   int // prose score, as for the container
}

func (r region) linkDensity() float64 {
	if r.words == 0 {
		return 0
	}
	return float64(r.linkWords) / float64(r.words)
}

// pruned reports whether n's subtree is never article text.
func (p *page) pruned(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return n.Type != html.TextNode && n.Type != html.DocumentNode
	}
	if p.skippedTag(n) || isHidden(n) {
		return true
	}
	switch hintOf(n) {
	case strongChrome:
		return true
	case chromeHint:
		return !p.keep[n]
	}
	return false
}

// skippedTag reports whether n's tag is never article text.
func (p *page) skippedTag(n *html.Node) bool {
	return kindOf(n) == skipped && !(p.noscript && n.DataAtom == atom.Noscript)
}

// scorer finds the article container. It is per-call scratch state.
type scorer struct {
	*page
	best     *html.Node
	bestSum  int
	nodes    int
	maxNodes int
	total    region // running totals over the walk
}

// walk scores n's subtree. Inline text is added to r, the run of the
// paragraph that encloses n; the return value is the sum of the values of
// the runs that ended inside n.
func (s *scorer) walk(n *html.Node, depth int, r *textRun, inLink bool) int {
	s.nodes++
	if depth > s.maxDepth || s.nodes > s.maxNodes {
		return 0
	}
	switch n.Type {
	case html.TextNode:
		w := countWords(n.Data)
		r.words += w
		s.total.words += w
		if inLink {
			r.linkWords += w
			s.total.linkWords += w
		} else if w > 0 {
			r.punct += countPunct(n.Data)
		}
		return 0
	case html.ElementNode:
		if s.skippedTag(n) || isHidden(n) {
			return 0
		}
		switch hintOf(n) {
		case strongChrome:
			return 0
		case chromeHint:
			// Score it apart; it counts only when it holds the prose.
			var own textRun
			sum := s.walkChildren(n, depth, &own, inLink)
			if sum < proseOverChrome {
				return 0
			}
			if s.keep == nil {
				s.keep = make(map[*html.Node]bool)
			}
			s.keep[n] = true
			return flush(r) + sum
		}
	case html.DocumentNode:
	default:
		return 0
	}
	if n.DataAtom == atom.A && attr(n, "href") != "" {
		inLink = true
		s.total.links++
	}
	if n.Type == html.ElementNode && kindOf(n) == inline {
		sum := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			sum += s.walk(c, depth+1, r, inLink)
		}
		return sum
	}
	// A block: it ends the enclosing paragraph and starts its own.
	sum := flush(r)
	var own textRun
	return sum + s.walkChildren(n, depth, &own, inLink)
}

// walkChildren scores the children of the block n and considers n as the
// container.
func (s *scorer) walkChildren(n *html.Node, depth int, own *textRun, inLink bool) int {
	start := s.total
	inner := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		inner += s.walk(c, depth+1, own, inLink)
	}
	inner += flush(own)
	if n.Type == html.ElementNode && isContainer(n) {
		// An element marked as the article body (itemprop=articleBody, an
		// "article-body" class) wins over a wrapper unless the wrapper holds
		// twice its prose.
		cand := inner
		if hintOf(n) == contentHint {
			cand *= 2
		}
		if cand > s.bestSum {
			s.best, s.bestSum = n, cand
		}
		// Only regions with a few links can be link regions; the others
		// need no record.
		if links := s.total.links - start.links; links >= 3 {
			if s.regions == nil {
				s.regions = make(map[*html.Node]region, 64)
			}
			s.regions[n] = region{s.total.words - start.words, s.total.linkWords - start.linkWords, links, inner}
		}
	}
	return inner
}

func flush(r *textRun) int {
	v := r.value()
	*r = textRun{}
	return v
}

// isContainer reports whether n may hold a whole article body.
func isContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Td, atom.Form,
		atom.Center, atom.Blockquote, atom.Html:
		return true
	case 0:
		return true // custom elements
	}
	return false
}

// countPunct counts sentence punctuation and commas, Western and CJK.
func countPunct(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', ',', '!', '?', ';', ':':
			n++
		case 0xe3: // 。 、 (U+3002, U+3001)
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x81) {
				n++
			}
		}
	}
	return n
}

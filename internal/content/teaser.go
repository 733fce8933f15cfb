package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadTokens name a standfirst (the teaser printed between the headline
// and the body) in the class and id vocabulary of publishing systems, in
// the languages lede reads.
var leadTokens = map[string]bool{
	"lead": true, "leadtext": true, "intro": true, "introduction": true, "teaser": true,
	"standfirst": true, "summary": true, "subtitle": true, "subheadline": true, "dek": true,
	"deck": true, "excerpt": true, "abstract": true, "articlelead": true, "sapo": true,
	"chapo": true, "entradilla": true, "bajada": true, "vorspann": true, "lede": true,
	"articleintro": true, "storyintro": true, "leadin": true,
}

// Teaser bounds, in words: shorter is a label, longer is body text.
const (
	minTeaserWords = 8
	maxTeaserWords = 120
)

// teaserFinder looks for the page's standfirst outside the article
// container: an element named as one, or one that shows the page's
// declared description.
type teaserFinder struct {
	*page
	container   *html.Node
	description string // normalised declared description, or ""
	headline    string // the page's headline, as written
	byName      string
	byDesc      string
}

// find walks the page up to the container and returns the teaser text.
func (f *teaserFinder) find(doc *html.Node) string {
	f.walk(doc, 0)
	if f.byName != "" {
		return f.byName
	}
	return f.byDesc
}

// walk returns false once the container is reached: the standfirst comes
// before the body.
func (f *teaserFinder) walk(n *html.Node, depth int) bool {
	if depth > f.maxDepth || n == f.container {
		return false
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.A:
			return true
		}
		if kindOf(n) == skipped && n.DataAtom != atom.Header || isHidden(n) || hintOf(n) == strongChrome {
			return true
		}
		if f.byName == "" && n.DataAtom != atom.Body && n.DataAtom != atom.Html && isLeadNamed(n) {
			if t := f.text(n, depth); t != "" {
				f.byName = t
				return false
			}
		}
	}
	if n.Type == html.TextNode && f.byDesc == "" && f.description != "" && f.startsDescription(n.Data) {
		// The description shows here: its block is the candidate.
		if b := blockAncestor(n); b != nil {
			if t := f.text(b, depth); t != "" && showsDescription(normalizeForCompare(t), f.description) {
				f.byDesc = t
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !f.walk(c, depth+1) {
			return false
		}
	}
	return true
}

// text returns n's text when it has the size and shape of a teaser. A
// header block that holds kicker, headline and standfirst gives the part
// after the headline.
func (f *teaserFinder) text(n *html.Node, depth int) string {
	t := strings.TrimSpace(collapseSpace(f.textOf(n, depth), false))
	if h := strings.TrimSpace(f.headline); h != "" {
		if i := strings.Index(t, h); i >= 0 && i < 200 {
			t = strings.TrimLeft(t[i+len(h):], " .:–-")
		}
	}
	words := countWords(t)
	if words < minTeaserWords || words > maxTeaserWords {
		return ""
	}
	return t
}

func isLeadNamed(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.EqualFold(a.Val, "description") {
			return true
		}
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if classVocab(a.Val, leadTokens) != 0 {
			return true
		}
	}
	return false
}

// showsDescription reports whether a visible text is the declared
// description, which sites often cut short ("… al...").
func showsDescription(text, desc string) bool {
	desc = strings.TrimRight(desc, ".… ")
	if len(desc) < 40 {
		return text == desc
	}
	return strings.HasPrefix(text, desc[:min(len(desc), 120)])
}

// startsDescription reports cheaply whether a text node begins like the
// declared description (its first 24 bytes, case and spaces folded).
func (f *teaserFinder) startsDescription(data string) bool {
	data = strings.TrimLeftFunc(data, isSpace)
	if len(data) < 24 {
		return false
	}
	head := normalizeForCompare(data[:min(len(data), 64)])
	if len(head) < 24 {
		return false
	}
	// The node may start a little into the description, after an inline
	// element ("<b>BERLIN</b> – …").
	return strings.Contains(f.description[:min(len(f.description), 160)], head[:24])
}

// blockAncestor returns the nearest p, h2 or div holding n.
func blockAncestor(n *html.Node) *html.Node {
	for a, i := n.Parent, 0; a != nil && i < 4; a, i = a.Parent, i+1 {
		switch a.DataAtom {
		case atom.P, atom.H2, atom.Div:
			return a
		}
	}
	return nil
}

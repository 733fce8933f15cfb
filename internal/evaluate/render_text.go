package evaluate

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/charset"
	"github.com/lede-news/lede/internal/meta"
)

// Rendering names a way of turning an evaluation page into plain text, to
// score lede's text input (lede.ExtractText) on pages whose markup is gone.
type Rendering string

// The renderings. See RenderFull and RenderResidue.
const (
	RenderNone    Rendering = ""        // score the HTML itself
	RenderFull    Rendering = "full"    // the text of every block of <body>
	RenderResidue Rendering = "residue" // the true body with the page's own headline, teaser and chrome around it
)

// ParseRendering reads a --render value.
func ParseRendering(s string) (Rendering, error) {
	switch r := Rendering(s); r {
	case RenderNone, RenderFull, RenderResidue:
		return r, nil
	}
	return "", fmt.Errorf("unknown rendering %q: want full or residue", s)
}

// skippedElements hold no visible text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Select: true, atom.Textarea: true,
}

// blockElements start a new line of text (HTML's block-level and
// table elements, list items and line breaks).
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Br: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Legend: true, atom.Option: true, atom.Button: true,
}

// parsePage decodes and parses an evaluation page.
func parsePage(page []byte) (*html.Node, error) {
	text, _ := charset.Decode(page, "")
	return html.Parse(bytes.NewReader(text))
}

// FullText renders a page as full-page text: the text of every block
// element of <body> on its own line, a blank line between blocks, white
// space collapsed; script, style, noscript and template skipped. This is
// what a web-corpus dump made with a plain HTML-to-text tool holds.
func FullText(page []byte) (string, error) {
	doc, err := parsePage(page)
	if err != nil {
		return "", err
	}
	body := findElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	var blocks []string
	var line strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(line.String()), " "); s != "" {
			blocks = append(blocks, s)
		}
		line.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			line.WriteString(n.Data)
			return
		case html.ElementNode:
			if skippedElements[n.DataAtom] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && n.DataAtom == atom.Img {
			line.WriteByte(' ')
		}
	}
	walk(body)
	flush()
	return strings.Join(blocks, "\n\n") + "\n", nil
}

// Residue is a page rendered as the article with residue of the page
// around it, and what was put in, to score what lede recovers.
type Residue struct {
	Text     string
	Headline string   // the page's headline, as lede reads it from the HTML ("" when none)
	Authors  []string // the people the page credits, as lede reads them from the HTML
}

// ResidueText renders a page as article-with-residue: the true body with
// the page's own pieces put around it, in the order a scraper that kept a
// little too much would give them:
//
//	first navigation lines (link texts of <nav>/<header>, up to 4)
//	headline (the page's, as lede's HTML metadata reads it)
//	teaser (the page's declared description, when it is not the body's start)
//	byline ("By A and B", in the page's language, when the page credits people)
//	the true body
//	last footer lines (link texts of <footer>/<nav>, up to 4)
func ResidueText(page []byte, body string) (Residue, error) {
	doc, err := parsePage(page)
	if err != nil {
		return Residue{}, err
	}
	m := meta.Extract(doc, "")
	head, foot := chromeLinks(doc, 4)
	var parts []string
	parts = append(parts, head...)
	r := Residue{Headline: m.Headline}
	if m.Headline != "" {
		parts = append(parts, m.Headline)
	}
	if d := strings.Join(strings.Fields(m.Description), " "); d != "" && !strings.HasPrefix(strings.Join(strings.Fields(body), " "), d) {
		parts = append(parts, d)
	}
	if len(m.Authors) > 0 {
		r.Authors = m.Authors
		parts = append(parts, byline(m.Authors, m.HTMLLang))
	}
	parts = append(parts, strings.TrimSpace(body))
	parts = append(parts, foot...)
	r.Text = strings.Join(parts, "\n\n") + "\n"
	return r, nil
}

// byline writes a credit line for names in the page's language.
func byline(names []string, lang string) string {
	by, and := "By", "and"
	switch strings.ToLower(strings.SplitN(lang, "-", 2)[0]) {
	case "de":
		by, and = "Von", "und"
	case "fr":
		by, and = "Par", "et"
	case "es":
		by, and = "Por", "y"
	case "pt":
		by, and = "Por", "e"
	case "it":
		by, and = "Di", "e"
	}
	if len(names) == 1 {
		return by + " " + names[0]
	}
	return by + " " + strings.Join(names[:len(names)-1], ", ") + " " + and + " " + names[len(names)-1]
}

// chromeLinks returns the first n short link texts inside <nav> and
// <header> and the last n inside <footer> and <nav>, in page order.
func chromeLinks(doc *html.Node, n int) (head, foot []string) {
	var first, last []string
	var walk func(x *html.Node, inHead, inFoot bool)
	walk = func(x *html.Node, inHead, inFoot bool) {
		if x.Type == html.ElementNode {
			switch x.DataAtom {
			case atom.Nav:
				inHead, inFoot = true, true
			case atom.Header:
				inHead = true
			case atom.Footer:
				inFoot = true
			case atom.A:
				if inHead || inFoot {
					t := strings.Join(strings.Fields(textOf(x)), " ")
					if w := len(strings.Fields(t)); w > 0 && w <= 6 {
						if inHead {
							first = append(first, t)
						}
						if inFoot {
							last = append(last, t)
						}
					}
				}
				return
			}
			if skippedElements[x.DataAtom] {
				return
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead, inFoot)
		}
	}
	walk(doc, false, false)
	if len(first) > n {
		first = first[:n]
	}
	if len(last) > n {
		last = last[len(last)-n:]
	}
	return first, last
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(x *html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			b.WriteByte(' ')
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

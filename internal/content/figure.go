package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Figure is the lead image as the page shows it.
type Figure struct {
	URL, Caption, Credit string
}

// leadFigure returns the first captioned figure from the top of the page
// to the end of the article container, outside chrome.
func (b *builder) leadFigure(doc, container *html.Node) Figure {
	var fig Figure
	done := false
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if done || depth > b.maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			if isHidden(n) || hintOf(n) == strongChrome {
				return
			}
			switch n.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Script, atom.Style, atom.Template:
				return
			case atom.Figure:
				if f := b.figure(n, depth); f.Caption != "" || f.Credit != "" {
					fig, done = f, true
					return
				}
			}
		}
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			walk(c, depth+1)
		}
		if n == container {
			done = true // the lead figure is not after the article
		}
	}
	walk(doc, 0)
	return fig
}

// figure reads one <figure>: its first image and its caption, the credit
// split off.
func (b *builder) figure(n *html.Node, depth int) Figure {
	var f Figure
	var credit string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > b.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.DataAtom == atom.Img && f.URL == "":
				f.URL = b.resolve(imageSource(c))
			case c.DataAtom == atom.Figcaption:
				f.Caption, credit = b.caption(c, depth+1)
			default:
				walk(c, depth+1)
			}
		}
	}
	walk(n, depth)
	f.Caption, f.Credit = splitCredit(f.Caption)
	if credit != "" {
		f.Credit = credit
	}
	return f
}

// caption returns a figcaption's text and the text of a credit element
// inside it (class "credit", "copyright", "source"), apart.
func (b *builder) caption(n *html.Node, depth int) (caption, credit string) {
	var text strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > b.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				text.WriteString(c.Data)
			case c.Type == html.ElementNode && isCreditElement(c):
				credit = strings.TrimSpace(collapseSpace(b.textOf(c, depth+1), false))
			case c.Type == html.ElementNode && !isHidden(c):
				walk(c, depth+1)
				text.WriteByte(' ')
			}
		}
	}
	walk(n, depth)
	caption = strings.TrimSpace(collapseSpace(text.String(), false))
	if credit != "" {
		if _, c := splitCredit(credit); c != "" { // "Foto: dpa" → "dpa"
			credit = c
		}
		credit = strings.TrimSpace(strings.Trim(credit, "()[] "))
	}
	return caption, credit
}

func isCreditElement(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" {
			v := strings.ToLower(a.Val)
			return strings.Contains(v, "credit") || strings.Contains(v, "copyright") || strings.Contains(v, "source")
		}
	}
	return false
}

// imageSource returns an img's address, lazy-loading attributes first.
func imageSource(n *html.Node) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	if set := attr(n, "srcset"); set != "" {
		first, _, _ := strings.Cut(strings.TrimSpace(set), " ")
		return strings.TrimSuffix(first, ",")
	}
	return ""
}

// creditLabels introduce an image credit in a caption, in the languages
// lede reads.
// French typography sets a space, often a no-break one, before the colon
// ("Crédits photo : AFP").
var creditLabels = append([]string{"foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "credit:", "credits:", "quelle:", "source:", "crédit:", "crédits:", "fuente:", "zdjęcie:", "fot.", "file:", "©", "(c)"},
	spacedColon("photo", "photos", "crédit", "crédits", "crédit photo", "crédits photo", "source")...)

// spacedColon writes each word followed by " :" with a space, a no-break
// space and a narrow no-break space.
func spacedColon(words ...string) []string {
	var labels []string
	for _, w := range words {
		for _, space := range []string{" ", "\u00a0", "\u202f"} {
			labels = append(labels, w+space+":")
		}
	}
	return labels
}

// splitCredit splits a caption into its text and its credit: "Der Hafen
// von Rust. (Foto: AFP)" → ("Der Hafen von Rust.", "AFP"); "© Getty
// Images" → ("", "Getty Images").
func splitCredit(caption string) (text, credit string) {
	c := strings.TrimSpace(caption)
	lower := strings.ToLower(c)
	at, end := -1, -1
	var label string
	for _, l := range creditLabels { // the last label, the longest of those ending there
		if i := strings.LastIndex(lower, l); i >= 0 && startsWord(lower, i) && (i+len(l) > end || i+len(l) == end && i < at) {
			at, end, label = i, i+len(l), l
		}
	}
	if at < 0 {
		return c, ""
	}
	credit = strings.TrimSpace(c[at+len(label):])
	credit = strings.TrimRight(strings.TrimSpace(credit), ")].")
	text = strings.TrimSpace(c[:at])
	text = strings.TrimRight(text, "([|/–- ")
	if credit == "" || countWords(credit) > 8 {
		return c, ""
	}
	return text, credit
}

package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// maxTableCells bounds the cells read from one table; colspan and rowspan
// are not expanded, so a hostile span cannot blow up memory.
const maxTableCells = 10_000

// isLayoutTable reports whether a table lays out the page rather than
// holding data: it nests another table, or its cells hold paragraphs,
// headings or long prose.
func (p *page) isLayoutTable(t *html.Node, depth int) bool {
	layout := false
	var walk func(n *html.Node, depth int, inCell bool)
	walk = func(n *html.Node, depth int, inCell bool) {
		if layout || depth > 64 {
			return
		}
		for c := n.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.P, atom.H1, atom.H2, atom.H3, atom.Article, atom.Section:
				if inCell || c.DataAtom == atom.Table {
					layout = true
					return
				}
			case atom.Td, atom.Th:
				if countWords(p.textOf(c, 0)) > 120 {
					layout = true
					return
				}
				walk(c, depth+1, true)
				continue
			}
			walk(c, depth+1, inCell)
		}
	}
	walk(t, depth, false)
	return layout || maxRowCells(t, depth) <= 1
}

// maxRowCells returns the largest number of cells in a row of t: a table
// of one column lays out a caption, a pull quote or a box, not data.
func maxRowCells(t *html.Node, depth int) int {
	most := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 64 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Tr:
				cells := 0
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
						cells++
					}
				}
				most = max(most, cells)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c, depth+1)
			}
		}
	}
	walk(t, depth)
	return most
}

// table emits a data table as rows of cell texts.
func (b *builder) table(t *html.Node, depth int) {
	var rows [][]string
	var words, linkWords, cells int
	var caption string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > b.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || b.pruned(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				caption = b.gather(c, depth+1).text
			case atom.Tr:
				var row []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type != html.ElementNode || (td.DataAtom != atom.Td && td.DataAtom != atom.Th) {
						continue
					}
					if cells++; cells > maxTableCells {
						return
					}
					sp := b.gather(td, depth+2)
					words += sp.words
					linkWords += sp.linkWords
					row = append(row, strings.ReplaceAll(sp.text, "\n", " "))
				}
				if hasText(row) {
					rows = append(rows, row)
				}
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c, depth+1)
			}
		}
	}
	walk(t, depth)
	if len(rows) == 0 {
		return
	}
	lines := make([]string, 0, len(rows)+1)
	if caption != "" {
		lines = append(lines, caption)
	}
	for _, r := range rows {
		lines = append(lines, strings.Join(r, " | "))
	}
	text := strings.Join(lines, "\n")
	b.add(model.Block{Type: model.Table, Text: text, Rows: rows}, span{words: words, linkWords: linkWords})
}

func hasText(row []string) bool {
	for _, c := range row {
		if c != "" {
			return true
		}
	}
	return false
}

// textOf returns the visible text under n, unfolded: each text node
// followed by a space.
func (p *page) textOf(n *html.Node, depth int) string {
	return p.collectText(n, depth, false)
}

// collectText gathers the text under n, leaving out pruned elements. With
// pre it keeps the text as written, <br> as a line break (for <pre>);
// otherwise each text node is followed by a space. Invalid UTF-8 becomes
// U+FFFD.
func (p *page) collectText(n *html.Node, depth int, pre bool) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > p.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
				if !pre {
					sb.WriteByte(' ')
				}
			case c.Type != html.ElementNode:
			case pre && c.DataAtom == atom.Br:
				sb.WriteByte('\n')
			case !p.pruned(c):
				walk(c, depth+1)
			}
		}
	}
	walk(n, depth)
	return strings.ToValidUTF8(sb.String(), "\uFFFD")
}

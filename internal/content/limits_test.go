package content

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nest returns a chain of n elements of the given tag, built directly (the
// parser is slow on such trees), and the innermost element.
func nest(tag atom.Atom, n int) (top, bottom *html.Node) {
	top = &html.Node{Type: html.ElementNode, Data: tag.String(), DataAtom: tag}
	bottom = top
	for range n - 1 {
		c := &html.Node{Type: html.ElementNode, Data: tag.String(), DataAtom: tag}
		bottom.AppendChild(c)
		bottom = c
	}
	return top, bottom
}

// bodyOf returns the body of a parsed page.
func bodyOf(t *testing.T, doc *html.Node) *html.Node {
	t.Helper()
	b, _ := findBody(doc, 0)
	if b == nil {
		t.Fatal("no body")
	}
	return b
}

// TestExtractDeepTrees checks that trees far deeper than MaxDepth, in every
// kind of element the block pass treats apart, neither crash Extract nor
// hide the prose above them.
func TestExtractDeepTrees(t *testing.T) {
	for _, tag := range []atom.Atom{atom.Div, atom.B, atom.A, atom.Ul, atom.Li, atom.Blockquote, atom.Table, atom.Pre, atom.Span} {
		t.Run(tag.String(), func(t *testing.T) {
			doc := parseHTML(t, "<html><body><article>"+paras(3)+"<div class=deep></div></article></body></html>")
			deep := bodyOf(t, doc).FirstChild.LastChild // <div class=deep>
			if deep == nil || attr(deep, "class") != "deep" {
				t.Fatal("no deep div in the page")
			}
			top, bottom := nest(tag, 100_000)
			bottom.AppendChild(&html.Node{Type: html.TextNode, Data: prose[4]})
			deep.AppendChild(top)
			blocks := Extract(doc, Options{}).Blocks
			checkParagraphs(t, blocks, prose[:3])
			for i, b := range blocks {
				if err := checkBlock(b); err != "" {
					t.Errorf("block %d: %s", i, err)
				}
			}
		})
	}
}

// TestExtractMaxDepth checks that prose lying deeper than MaxDepth does not
// come out, and prose above it does.
func TestExtractMaxDepth(t *testing.T) {
	tests := []struct {
		name      string
		maxDepth  int
		wrap      int // divs around the article
		wantFound bool
	}{
		{"shallow article, default depth", 0, 5, true},
		{"shallow article, small depth", 20, 5, true},
		// document, html, body, 30 divs, p, text: depth 34.
		{"article below the bound", 20, 30, false},
		{"article far below the bound", 8, 200, false},
		{"article just above the bound", 40, 30, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body>" + strings.Repeat("<div>", tt.wrap) + paras(4) + strings.Repeat("</div>", tt.wrap) + "</body></html>"
			blocks := extractBlocks(t, page, Options{MaxDepth: tt.maxDepth})
			found := strings.Contains(joinedText(blocks), prose[0])
			if found != tt.wantFound {
				t.Errorf("prose found = %v, want %v:\n%s", found, tt.wantFound, dump(blocks))
			}
		})
	}
}

// TestExtractMaxNodes checks that prose after the first MaxNodes nodes is
// not taken for the article.
func TestExtractMaxNodes(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><span>menu</span></div>", 500) + "<article>" + paras(4) + "</article></body></html>"
	if blocks := extractBlocks(t, page, Options{MaxNodes: 300}); len(blocks) != 0 {
		t.Errorf("prose beyond MaxNodes came out:\n%s", dump(blocks))
	}
	checkParagraphs(t, extractBlocks(t, page, Options{}), prose[:4])
}

// TestExtractHugeTable checks that a table with many cells gives a table
// block bounded by maxTableCells.
func TestExtractHugeTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>")
	for i := range 3000 {
		b.WriteString("<tr><td>a</td><td>b</td><td>c</td><td>")
		b.WriteString(strings.Repeat("x", i%7+1))
		b.WriteString("</td></tr>")
	}
	b.WriteString("</table>")
	page, _ := inArticle(b.String())
	cells := 0
	for _, blk := range extractBlocks(t, page, Options{}) {
		for _, row := range blk.Rows {
			cells += len(row)
		}
	}
	if cells == 0 || cells > maxTableCells {
		t.Errorf("%d cells, want 1 to %d", cells, maxTableCells)
	}
}

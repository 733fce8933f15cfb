package content

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// deepMarker is a word that only the paragraph at the bottom of the deep
// chain holds.
const deepMarker = "Zqxdeepmarker"

// FuzzExtract extracts the body of arbitrary markup. Invariants: no panic;
// every block is well formed (checkBlock); and a paragraph of prose put at
// the bottom of a chain of nested divs appended to the body never comes
// out when it lies deeper than the walk may go.
//
// The documented bound is MaxDepth from the root; the check allows twice
// that, which is what the walk guarantees today (the block pass counts
// depth from the chosen container).
func FuzzExtract(f *testing.F) {
	f.Add(newsPage("<article><h1>Bus network grows</h1>"+paras(3)+"</article>"), uint16(0), uint16(0))
	f.Add(`<article><h2>Sub</h2><ul><li>a<ol><li>b</li></ol></li></ul><blockquote><p>q</p><p>r</p></blockquote><pre> x
 y</pre><table><tr><th>h</th></tr><tr><td>1</td></tr></table><p>a<br>b&shy;c <a href="javascript:x">j</a> <a href="/r">r</a></p></article>`, uint16(8), uint16(20))
	f.Add("<div><p>"+prose[0]+"</p>"+strings.Repeat("<div>", 40)+"<p>"+prose[1]+"</p></div>", uint16(12), uint16(60))
	f.Add(`<p hidden>x</p><div style="display:none">`+prose[2]+`</div><div class="comments"><p>`+prose[3]+`</p></div>`, uint16(3), uint16(1))
	f.Add("<table><tr><td><table><tr><td>"+paras(2)+"</td></tr></table></td></tr></table>", uint16(0), uint16(600))
	f.Add("<p>市議会は火曜日、バス路線網を拡大する計画を賛成多数で可決した。</p><pre>é</pre>", uint16(1), uint16(2))
	f.Add("<ul><li><ul><li><ul><li>x</li></ul></li></ul></li></ul><h7>odd</h7><my-widget>text</my-widget>", uint16(2), uint16(5))
	f.Fuzz(func(t *testing.T, page string, maxDepth, chain uint16) {
		// The pipeline decodes every page to valid UTF-8 before parsing
		// (charset.Decode); only such pages are held to valid UTF-8 out.
		page = strings.ToValidUTF8(page, "\uFFFD")
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Skip()
		}
		opts := Options{MaxDepth: int(maxDepth % 700), Base: mustURL(t, "https://news.example/a/")}
		bound := opts.MaxDepth
		if bound == 0 {
			bound = 512
		}
		markerDepth := appendChain(doc, int(chain%1200))
		res := Extract(doc, opts)
		for i, b := range res.Blocks {
			if err := checkBlock(b); err != "" {
				t.Fatalf("block %d: %s: %#v", i, err, b)
			}
		}
		if markerDepth > 2*bound && strings.Contains(joinedText(res.Blocks), deepMarker) {
			t.Fatalf("text at depth %d came out with MaxDepth %d", markerDepth, opts.MaxDepth)
		}
	})
}

// appendChain appends n nested divs to the document's body, with a
// paragraph of prose holding deepMarker at the bottom, and returns the
// depth of the paragraph's text node from the root (0 when there is no
// body to append to).
func appendChain(doc *html.Node, n int) int {
	body, depth := findBody(doc, 0)
	if body == nil {
		return 0
	}
	parent := body
	for range n {
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		parent.AppendChild(div)
		parent = div
		depth++
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	parent.AppendChild(p)
	p.AppendChild(&html.Node{Type: html.TextNode, Data: prose[5] + " " + deepMarker + " " + prose[4]})
	return depth + 2
}

func findBody(n *html.Node, depth int) (*html.Node, int) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n, depth
	}
	if depth > 3 {
		return nil, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b, d := findBody(c, depth+1); b != nil {
			return b, d
		}
	}
	return nil, 0
}

// checkBlock returns what is wrong with a block, or "".
func checkBlock(b model.Block) string {
	switch {
	case !utf8.ValidString(b.Text):
		return "text is not valid UTF-8"
	case strings.TrimSpace(b.Text) == "":
		return "empty text"
	}
	switch b.Type {
	case model.Paragraph, model.Quote:
		if joinRuns(b.Runs) != b.Text {
			return "runs do not join to the text"
		}
	case model.Heading:
		if b.Level < 1 || b.Level > 6 {
			return "heading level out of range"
		}
		if joinRuns(b.Runs) != b.Text {
			return "runs do not join to the text"
		}
	case model.List:
		if len(b.Items) == 0 {
			return "list without items"
		}
		if b.Text != strings.Join(b.Items, "\n") {
			return "list text is not its items joined by newlines"
		}
		if len(b.ItemRuns) != len(b.Items) {
			return "item runs and items differ in number"
		}
		for i, it := range b.Items {
			if it == "" || !utf8.ValidString(it) || joinRuns(b.ItemRuns[i]) != it {
				return "bad list item"
			}
		}
	case model.Table:
		if len(b.Rows) == 0 {
			return "table without rows"
		}
		for _, row := range b.Rows {
			for _, cell := range row {
				if !utf8.ValidString(cell) || strings.Contains(cell, "\n") {
					return "bad table cell"
				}
			}
		}
	case model.Preformatted:
	default:
		return "unknown block type"
	}
	runs := append([][]model.Run{b.Runs}, b.ItemRuns...)
	for _, rs := range runs {
		for _, r := range rs {
			if r.Link != "" && !safeScheme(r.Link) {
				return "link that is not http(s) or mailto"
			}
		}
	}
	return ""
}

// safeScheme reports whether link is an http, https or mailto URL.
func safeScheme(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto")
}

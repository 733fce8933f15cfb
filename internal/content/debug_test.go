package content

import (
	"compress/gzip"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage prints why a page's big subtrees were pruned. Only with LEDE_DEBUG_PAGE set.
func TestDebugPage(t *testing.T) {
	p := os.Getenv("LEDE_DEBUG_PAGE")
	if p == "" {
		t.Skip("LEDE_DEBUG_PAGE not set")
	}
	f, _ := os.Open(p)
	zr, _ := gzip.NewReader(f)
	doc, _ := html.Parse(zr)
	s := scorer{page: &page{}, maxDepth: 512, maxNodes: 1 << 30}
	var r textRun
	s.walk(doc, 0, &r, false)
	pruned := s.pruned
	textOf := s.textOf
	var walk func(n *html.Node, path string)
	walk = func(n *html.Node, path string) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			p := path + "/" + c.Data
			if pruned(c) {
				w := countWords(textOf(c, 0))
				if w > 50 {
					fmt.Printf("PRUNED %d %s class=%q id=%q hidden=%v kind=%v\n", w, p, attr(c, "class"), attr(c, "id"), isHidden(c), kindOf(c))
				}
				continue
			}
			walk(c, p)
		}
	}
	walk(doc, "")
	if s.best != nil {
		fmt.Println("BEST", s.bestSum, s.best.Data, attr(s.best, "class"), attr(s.best, "id"))
	}
	_ = strings.TrimSpace
}

func TestDebugRegions(t *testing.T) {
	p := os.Getenv("LEDE_DEBUG_PAGE")
	if p == "" {
		t.Skip("LEDE_DEBUG_PAGE not set")
	}
	f, _ := os.Open(p)
	zr, _ := gzip.NewReader(f)
	doc, _ := html.Parse(zr)
	s := scorer{page: &page{}, maxDepth: 512, maxNodes: 1 << 30}
	var r textRun
	s.walk(doc, 0, &r, false)
	fmt.Println("BEST", s.bestSum, s.best.Data, attr(s.best, "class"), s.regions[s.best])
	for c := s.best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			fmt.Println("  child", c.Data, attr(c, "class"), s.regions[c])
		}
	}
}

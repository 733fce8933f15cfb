package content

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// Prose paragraphs for the test pages: long enough, and punctuated enough,
// to read as article text under any sensible heuristic.
var prose = []string{
	"The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the northern suburbs with the hospital and the university campus.",
	"Supporters of the plan said the routes would cut commuting times for thousands of residents, while critics warned that the cost had been underestimated by several million.",
	"The mayor, who had campaigned on the issue for two years, called the vote a turning point and promised that the first buses would run before the end of the summer.",
	"Transport officials expect ridership to grow steadily over the next decade, although they admit that fuel prices and the pace of housing construction remain uncertain.",
	"Residents of the affected neighbourhoods will be invited to a series of public meetings next month, where engineers will present the proposed stops and timetables.",
	"The opposition group on the council has asked for an independent review of the budget, arguing that the figures presented to members were incomplete and out of date.",
}

// parseHTML parses src as a whole HTML document.
func parseHTML(t testing.TB, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

// extractBlocks runs Extract on the page src.
func extractBlocks(t testing.TB, src string, opts Options) []model.Block {
	t.Helper()
	return Extract(parseHTML(t, src), opts).Blocks
}

// paras returns the first n prose paragraphs as <p> elements.
func paras(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>%s</p>\n", prose[i%len(prose)])
	}
	return b.String()
}

// linkList returns a <ul> of n links with short titles.
func linkList(prefix string, n int) string {
	var b strings.Builder
	b.WriteString("<ul>")
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/%s/%d">%s %d</a></li>`, prefix, i, prefix, i)
	}
	b.WriteString("</ul>")
	return b.String()
}

// newsPage wraps the article markup in the chrome of a typical news page:
// a header with a menu, a sidebar of links, a footer.
func newsPage(article string) string {
	return `<!DOCTYPE html><html><head><title>Bus network grows - Example Times</title>
<script>var tracking = "The city council voted on Tuesday to expand the bus network.";</script></head><body>
<header><a href="/">Example Times</a>` + linkList("Section", 12) + `</header>
<div class="layout"><div class="main-column">` + article + `</div>
<div class="sidebar"><h3>Most read</h3>` + linkList("Popular story about something", 8) + `</div></div>
<footer><p>Contact us. Imprint. Privacy policy. Terms of use.</p>` + linkList("Footer", 6) + `</footer>
</body></html>`
}

// texts returns the texts of blocks.
func texts(blocks []model.Block) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = b.Text
	}
	return out
}

// dump formats blocks for failure messages, one per line.
func dump(blocks []model.Block) string {
	var b strings.Builder
	for i, blk := range blocks {
		fmt.Fprintf(&b, "  %d %s", i, blk.Type)
		if blk.Level > 0 {
			fmt.Fprintf(&b, "(h%d)", blk.Level)
		}
		fmt.Fprintf(&b, " %q\n", blk.Text)
	}
	if len(blocks) == 0 {
		b.WriteString("  (no blocks)\n")
	}
	return b.String()
}

// joinedText returns all block texts joined by newlines, for containment
// checks.
func joinedText(blocks []model.Block) string {
	return strings.Join(texts(blocks), "\n")
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

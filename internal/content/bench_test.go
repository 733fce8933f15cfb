package content

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// benchPage returns a news page of about 150 KB of the usual shape: a big
// menu, a cookie banner, an article of prose with subheadings, lists, a
// quote and a table, a share bar, related teasers, comments, a footer.
func benchPage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bus network grows - Example Times</title>
<style>.hidden{display:none}</style><script>window.dataLayer=[];</script></head><body>
<div class="cookie-consent"><p>We use cookies to give you the best experience on our website.</p><button>Accept</button></div>
<header class="site-header"><nav class="main-nav"><ul>`)
	for i := range 300 {
		fmt.Fprintf(&b, `<li class="menu-item"><a href="/section/%d">Section %d</a><ul class="sub-menu"><li><a href="/section/%d/a">Subsection</a></li></ul></li>`, i, i, i)
	}
	b.WriteString(`</ul></nav></header><div class="page"><main><article class="post"><h1>Bus network grows</h1>
<p class="meta">23.10.2018, 10:27</p><div class="share-bar"><a href="/s/fb">Facebook</a> <a href="/s/tw">Twitter</a></div><div class="article-body">`)
	for i := range 300 {
		if i%10 == 0 {
			fmt.Fprintf(&b, "<h2>Part %d of the story</h2>\n", i/10+1)
		}
		fmt.Fprintf(&b, `<p>%s <a href="/topic/%d">More on this</a> and <em>some emphasis</em>.</p>`+"\n", prose[i%len(prose)], i)
		switch i % 30 {
		case 5:
			b.WriteString("<ul><li>Route 12 to the hospital</li><li>Route 14 to the campus<ul><li>via the station</li></ul></li><li>Route 15</li></ul>\n")
		case 15:
			b.WriteString("<blockquote><p>We will run the first buses before the end of the summer.</p></blockquote>\n")
		case 25:
			b.WriteString("<table><tr><th>Route</th><th>Stops</th></tr><tr><td>12</td><td>18</td></tr><tr><td>14</td><td>22</td></tr></table>\n")
		}
	}
	b.WriteString(`</div><p>Share this article</p></article><section class="related"><h2>Related</h2><ul>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<li><a href="/r/%d"><img src="/i/%d.jpg" alt=""><span>Related story number %d about the city</span></a></li>`, i, i, i)
	}
	b.WriteString(`</ul></section><div id="comments" class="comments">`)
	for i := range 60 {
		fmt.Fprintf(&b, `<div class="comment"><p class="author">Reader %d</p><p>%s</p></div>`, i, prose[(i+2)%len(prose)])
	}
	b.WriteString(`</div></main><aside class="sidebar">`)
	for i := range 30 {
		fmt.Fprintf(&b, `<div class="widget"><h3>Most read %d</h3><a href="/m/%d">A popular story</a></div>`, i, i)
	}
	b.WriteString(`</aside></div><footer><p>© 2018 Example Times. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestBenchPage(t *testing.T) {
	page := benchPage()
	if n := len(page); n < 120_000 || n > 180_000 {
		t.Errorf("bench page is %d bytes, want about 150 KB", n)
	}
	blocks := extractBlocks(t, page, Options{Headline: "Bus network grows"})
	all := joinedText(blocks)
	for _, s := range []string{"Section 12", "Related story", "Reader 3", "A popular story", "Facebook", "We use cookies"} {
		if strings.Contains(all, s) {
			t.Errorf("chrome %q came out", s)
		}
	}
	if got := strings.Count(all, "The city council voted"); got != 50 {
		t.Errorf("%d copies of the first paragraph, want 50", got)
	}
}

func BenchmarkExtract(b *testing.B) {
	page := benchPage()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc, Options{Headline: "Bus network grows"})
	}
}

package content

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestExtractFindsArticle checks that the article paragraphs are found,
// whole and in order, amid the chrome of a page, and that the chrome is not.
func TestExtractFindsArticle(t *testing.T) {
	comment := "I have lived in the northern suburbs for twenty years, and honestly this is the first time the council has listened to us. Well done to everyone involved."
	tests := []struct {
		name    string
		page    string
		want    []string // paragraphs that must come out, in this order
		notWant []string // text that must not come out anywhere
	}{
		{
			name:    "header menu, sidebar and footer",
			page:    newsPage("<article><h1>Bus network grows</h1>" + paras(4) + "</article>"),
			want:    prose[:4],
			notWant: []string{"Section 3", "Most read", "Popular story", "Privacy policy", "Footer 2", "var tracking"},
		},
		{
			name: "cookie banner before the article",
			page: newsPage(`<div class="cookie-consent"><p>We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies, as described in our privacy policy.</p><button>Accept all</button></div>` +
				"<article>" + paras(4) + "</article>"),
			want:    prose[:4],
			notWant: []string{"We use cookies", "Accept all"},
		},
		{
			name: "comment section after the article",
			page: newsPage("<article>" + paras(3) + `</article>
<div class="comments"><h2>42 comments</h2>
<div class="comment-item"><p>` + comment + `</p></div>
<div class="comment-item"><p>` + comment + `</p></div>
<div class="comment-item"><p>` + comment + `</p></div>
<div class="comment-item"><p>` + comment + `</p></div></div>`),
			want:    prose[:3],
			notWant: []string{"42 comments", "northern suburbs for twenty years"},
		},
		{
			name: "share bar inside the article",
			page: newsPage(`<article><div class="share-bar"><a href="https://facebook.example/s">Facebook</a> <a href="https://twitter.example/s">Twitter</a> <a href="mailto:?body=x">Email</a></div>` +
				paras(4) + `<div class="article-share"><a href="/s">Share on Facebook</a><a href="/t">Share on Twitter</a></div></article>`),
			want:    prose[:4],
			notWant: []string{"Facebook", "Twitter", "Email"},
		},
		{
			name: "related-article teasers without a telling class",
			page: newsPage("<article>" + paras(4) + `<div class="more">
<div class="teaser"><h3><a href="/r/1">Council approves new cycle lanes after long debate</a></h3><p>The decision follows months of talks.</p></div>
<div class="teaser"><h3><a href="/r/2">Hospital extension opens its doors to first patients</a></h3><p>Two new wards are ready.</p></div>
<div class="teaser"><h3><a href="/r/3">University campus to get a second tram stop by spring</a></h3><p>Students welcome the news.</p></div>
<div class="teaser"><h3><a href="/r/4">Fuel prices rise again as winter approaches the region</a></h3><p>Drivers pay more.</p></div></div></article>`),
			want:    prose[:4],
			notWant: []string{"cycle lanes", "second tram stop", "Fuel prices", "months of talks", "Drivers pay more"},
		},
		{
			name: "aside inside the article",
			page: newsPage("<article>" + paras(2) + `<aside><p>Background: the bus network was last expanded in 1998, when two routes were added to serve the new industrial estate on the river.</p></aside>` +
				paras(4)[len(paras(2)):] + "</article>"),
			want:    prose[:4],
			notWant: []string{"Background:"},
		},
		{
			name: "article in a layout table",
			page: `<html><body><table width="100%"><tr><td class="left">` + linkList("Menu", 10) + `</td>
<td><h1>Bus network grows</h1>` + paras(4) + `</td></tr><tr><td colspan="2">Copyright 2001 Example Times</td></tr></table></body></html>`,
			want:    prose[:4],
			notWant: []string{"Menu 4", "Copyright"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := extractBlocks(t, tt.page, Options{})
			checkParagraphs(t, blocks, tt.want)
			all := joinedText(blocks)
			for _, s := range tt.notWant {
				if strings.Contains(all, s) {
					t.Errorf("chrome %q came out:\n%s", s, dump(blocks))
				}
			}
		})
	}
}

// checkParagraphs checks that each of want is the text of a paragraph
// block, in the order given.
func checkParagraphs(t *testing.T, blocks []model.Block, want []string) {
	t.Helper()
	i := 0
	for _, b := range blocks {
		if i < len(want) && b.Type == model.Paragraph && b.Text == want[i] {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("paragraph %d %q not found in order; got:\n%s", i, want[i], dump(blocks))
	}
}

// TestExtractLayoutTableIsNoTable checks that a table laying out the page
// is walked as a container, not turned into a table block.
func TestExtractLayoutTableIsNoTable(t *testing.T) {
	page := `<html><body><table><tr><td>` + paras(3) + `</td><td><p>` + prose[3] + `</p></td></tr></table></body></html>`
	blocks := extractBlocks(t, page, Options{})
	for _, b := range blocks {
		if b.Type == model.Table {
			t.Fatalf("layout table became a table block:\n%s", dump(blocks))
		}
	}
	checkParagraphs(t, blocks, prose[:3])
}

// TestExtractHidden checks that elements the page hides from readers are
// left out, however they are hidden.
func TestExtractHidden(t *testing.T) {
	secret := "This hidden paragraph explains, at great length and with many words, something that no reader of the page will ever see on the screen."
	tests := []struct{ name, open, close string }{
		{"hidden attribute", `<div hidden>`, `</div>`},
		{"display none", `<div style="display: none">`, `</div>`},
		{"visibility hidden", `<p style="color:red; visibility:hidden">`, `</p>`},
		{"class hidden", `<div class="note hidden">`, `</div>`},
		{"class sr-only", `<span class="sr-only">`, `</span>`},
		{"class visually-hidden", `<div class="visually-hidden">`, `</div>`},
		{"aria-hidden", `<div aria-hidden="true">`, `</div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage("<article>" + paras(2) + tt.open + secret + tt.close + paras(4)[len(paras(2)):] + "</article>")
			blocks := extractBlocks(t, page, Options{})
			checkParagraphs(t, blocks, prose[:4])
			if strings.Contains(joinedText(blocks), "hidden paragraph") {
				t.Errorf("hidden text came out:\n%s", dump(blocks))
			}
		})
	}
	t.Run("responsive class is not hidden", func(t *testing.T) {
		page := newsPage(`<article><div class="hidden-xs">` + paras(4) + `</div></article>`)
		checkParagraphs(t, extractBlocks(t, page, Options{}), prose[:4])
	})
}

// TestExtractArticleBodyWins checks that an element marked as the article
// body is chosen over a wrapper holding a little more prose.
func TestExtractArticleBodyWins(t *testing.T) {
	extra := "Our reporter has covered local politics for the newspaper since 2009 and has written about the council, the courts and regional transport."
	tests := []struct{ name, marked string }{
		{"itemprop", `<div itemprop="articleBody">`},
		{"class article-body", `<div class="article-body">`},
		{"class story-body", `<div class="story-body">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage(`<div class="wrapper"><div class="intro"><p>` + extra + `</p></div>` +
				tt.marked + paras(4) + `</div></div>`)
			blocks := extractBlocks(t, page, Options{})
			checkParagraphs(t, blocks, prose[:4])
			if strings.Contains(joinedText(blocks), "Our reporter") {
				t.Errorf("text outside the marked body came out:\n%s", dump(blocks))
			}
		})
	}
}

// TestExtractNavigationOnly checks that a page of nothing but menus and
// link lists gives no dump of the menu.
func TestExtractNavigationOnly(t *testing.T) {
	pages := map[string]string{
		"nav elements": `<html><body><nav>` + linkList("Section", 20) + `</nav><footer>` + linkList("Footer", 10) + `</footer></body></html>`,
		"plain divs": `<html><body><div id="top">` + linkList("Section", 20) + `</div><div class="col">` +
			linkList("Another link", 15) + `</div><div>` + linkList("More links here", 15) + `</div></body></html>`,
		"portal page": `<html><body><div>` + strings.Repeat(`<div class="box"><h3><a href="/x">Council votes on the budget for next year</a></h3><a href="/y">More</a></div>`, 20) + `</div></body></html>`,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			blocks := extractBlocks(t, page, Options{})
			words := 0
			for _, b := range blocks {
				words += countWords(b.Text)
			}
			if words > 20 {
				t.Errorf("%d words from a page without article:\n%s", words, dump(blocks))
			}
		})
	}
}

// TestExtractCJK checks that a Japanese article, written without spaces
// between words, is found.
func TestExtractCJK(t *testing.T) {
	ja := []string{
		"市議会は火曜日、バス路線網を拡大する計画を賛成多数で可決した。新たに四つの路線が設けられ、北部の住宅地と病院、大学のキャンパスが結ばれる。",
		"計画の支持者は、通勤時間が大幅に短くなると述べた。一方で、費用が数百万円規模で過小に見積もられているとの批判も出ている。",
		"市長はこの問題に二年間取り組んできた。採決を転換点と呼び、夏の終わりまでに最初のバスを走らせると約束した。",
	}
	page := `<html lang="ja"><body><nav><ul><li><a href="/">ホーム</a></li><li><a href="/n">ニュース</a></li><li><a href="/s">スポーツ</a></li><li><a href="/e">経済</a></li></ul></nav>
<div class="content"><h1>バス路線網を拡大</h1><p>` + strings.Join(ja, "</p><p>") + `</p></div>
<div class="sidebar"><ul><li><a href="/1">人気の記事その一</a></li><li><a href="/2">人気の記事その二</a></li><li><a href="/3">人気の記事その三</a></li></ul></div></body></html>`
	blocks := extractBlocks(t, page, Options{Headline: "バス路線網を拡大"})
	checkParagraphs(t, blocks, ja)
	if all := joinedText(blocks); strings.Contains(all, "人気の記事") || strings.Contains(all, "スポーツ") {
		t.Errorf("chrome came out:\n%s", dump(blocks))
	}
}

// TestExtractEmpty checks documents without any article text.
func TestExtractEmpty(t *testing.T) {
	for _, page := range []string{"", "<html></html>", "<p></p>", "<script>alert(1)</script>", "<!-- only a comment -->"} {
		if res := Extract(parseHTML(t, page), Options{}); len(res.Blocks) != 0 {
			t.Errorf("%q: got blocks:\n%s", page, dump(res.Blocks))
		}
	}
}

// TestExtractScore checks that Result.Score grows with the prose found.
func TestExtractScore(t *testing.T) {
	short := Extract(parseHTML(t, newsPage("<article>"+paras(2)+"</article>")), Options{})
	long := Extract(parseHTML(t, newsPage("<article>"+paras(6)+"</article>")), Options{})
	if short.Score <= 0 || long.Score <= short.Score {
		t.Errorf("score of 2 paragraphs %d, of 6 paragraphs %d; want 0 < first < second", short.Score, long.Score)
	}
}

// TestExtractDoesNotChangeTree checks that Extract leaves the parsed tree
// as it found it: extracting twice gives the same blocks.
func TestExtractDoesNotChangeTree(t *testing.T) {
	doc := parseHTML(t, newsPage("<article><h1>Bus network grows</h1>"+paras(4)+"<ul><li>a</li><li>b</li></ul></article>"))
	first := dump(Extract(doc, Options{Headline: "Bus network grows"}).Blocks)
	second := dump(Extract(doc, Options{Headline: "Bus network grows"}).Blocks)
	if first != second {
		t.Errorf("second extraction differs:\n%s\nfirst:\n%s", second, first)
	}
}

package render

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// htmlArticle returns what a's HTML rendering holds between <article> and
// </article>.
func htmlArticle(t *testing.T, a *model.Article) string {
	t.Helper()
	out := render(t, a, HTML)
	start := strings.Index(out, "<article>\n")
	end := strings.Index(out, "</article>")
	if start < 0 || end < start {
		t.Fatalf("no <article> in:\n%s", out)
	}
	return out[start+len("<article>\n") : end]
}

const rel = ` rel="noopener noreferrer nofollow"`

func TestHTMLBody(t *testing.T) {
	link := "https://x.example/?a=1&b=2"
	tests := []struct {
		name   string
		blocks []model.Block
		want   string
	}{
		{"paragraph escaped", []model.Block{textBlock(model.Paragraph, `a < b & "c" 'd'`)},
			"<p>a &lt; b &amp; &#34;c&#34; &#39;d&#39;</p>\n"},
		{"runs", []model.Block{para(
			model.Run{Text: "See "}, model.Run{Text: "docs", Link: link}, model.Run{Text: ", "},
			model.Run{Text: "b", Style: bold}, model.Run{Text: "i", Style: italic},
			model.Run{Text: "c", Style: mono}, model.Run{Text: "all", Style: bold | italic | mono},
		)}, `<p>See <a href="https://x.example/?a=1&amp;b=2"` + rel + `>docs</a>, <strong>b</strong><em>i</em>` +
			"<code>c</code><strong><em><code>all</code></em></strong></p>\n"},
		{"runs of one link share it", []model.Block{para(
			model.Run{Text: "a ", Link: link}, model.Run{Text: "b", Link: link, Style: bold},
		)}, `<p><a href="https://x.example/?a=1&amp;b=2"` + rel + `>a <strong>b</strong></a></p>` + "\n"},
		{"same-style runs merge", []model.Block{para(model.Run{Text: "a ", Style: bold}, model.Run{Text: "b", Style: bold})},
			"<p><strong>a b</strong></p>\n"},
		{"newline is a line break", []model.Block{textBlock(model.Paragraph, "one\ntwo")}, "<p>one<br>\ntwo</p>\n"},
		{"unsafe and relative links are text", []model.Block{para(
			model.Run{Text: "x", Link: "javascript:alert(1)"}, model.Run{Text: "y", Link: "/rel"},
			model.Run{Text: "z", Link: "mailto:a@b.example"},
		)}, `<p>xy<a href="mailto:a@b.example"` + rel + ">z</a></p>\n"},
		{"headings", []model.Block{
			{Type: model.Heading, Level: 1, Text: "One"}, {Type: model.Heading, Text: "None"},
			{Type: model.Heading, Level: 4, Text: "Four\nlines"}, {Type: model.Heading, Level: 7, Text: "Seven"},
		}, "<h2>One</h2>\n<h2>None</h2>\n<h4>Four lines</h4>\n<h6>Seven</h6>\n"},
		{"lists", []model.Block{
			{Type: model.List, Items: []string{"a", " ", "b"}},
			{Type: model.List, Ordered: true, ItemRuns: [][]model.Run{{{Text: "c", Style: italic}}}},
			{Type: model.List, Items: []string{""}},
		}, "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li><em>c</em></li>\n</ol>\n"},
		{"quote", []model.Block{textBlock(model.Quote, "Q & A")}, "<blockquote><p>Q &amp; A</p></blockquote>\n"},
		{"table", []model.Block{{Type: model.Table, Rows: [][]string{{"H1", "H2"}, {"<x>"}}}},
			"<table>\n<thead>\n<tr><th>H1</th><th>H2</th></tr>\n</thead>\n<tbody>\n" +
				"<tr><td>&lt;x&gt;</td><td></td></tr>\n</tbody>\n</table>\n"},
		{"header-only table", []model.Block{{Type: model.Table, Rows: [][]string{{"H"}}}},
			"<table>\n<thead>\n<tr><th>H</th></tr>\n</thead>\n</table>\n"},
		{"table without rows keeps its text", []model.Block{textBlock(model.Table, "cells")}, "<p>cells</p>\n"},
		{"preformatted", []model.Block{textBlock(model.Preformatted, "\n  if a < b {\n")},
			"<pre><code>\n  if a &lt; b {\n</code></pre>\n"},
		{"unknown type kept as paragraph", []model.Block{textBlock("aside", "Kept.")}, "<p>Kept.</p>\n"},
		{"empty blocks left out", []model.Block{textBlock(model.Paragraph, " "), textBlock(model.Quote, "")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlArticle(t, &model.Article{Body: tt.blocks}); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestHTMLHeader(t *testing.T) {
	tests := []struct {
		name string
		a    *model.Article
		want string
	}{
		{"full", sampleArticle(), `<header>
<p class="kicker">Bundestag</p>
<h1>Haushalt beschlossen</h1>
<p class="teaser">Nach langer Debatte steht der Etat.</p>
<ul class="highlights">
<li>Mehr Geld für Bildung</li>
<li>Schuldenbremse bleibt</li>
</ul>
<p class="byline"><span class="author">Julian Hans, Anna Beck</span> · <span class="agency">dpa</span> · ` +
			`<span class="dateline">Berlin</span> · <time datetime="2024-05-01T10:00:00+02:00">2024-05-01T10:00:00+02:00</time></p>
</header>
<figure>
<img src="https://img.example/lead.jpg" alt="Der Plenarsaal" loading="lazy" referrerpolicy="no-referrer">
<figcaption>Der Plenarsaal <small class="credit">AFP</small></figcaption>
</figure>
`},
		{"empty", &model.Article{}, ""},
		{"date not in a schema form has no datetime", &model.Article{Published: "gestern"},
			"<header>\n<p class=\"byline\"><time>gestern</time></p>\n</header>\n"},
		{"image with an unsafe URL keeps its caption", &model.Article{Image: model.Image{URL: "data:image/png;base64,AAAA", Caption: "C"}},
			"<figure>\n<figcaption>C</figcaption>\n</figure>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlArticle(t, tt.a)
			if !strings.HasPrefix(got, tt.want) || tt.want == "" && got != "" {
				t.Errorf("got:\n%s\nwant it to start with:\n%s", got, tt.want)
			}
		})
	}
}

func TestHTMLDocument(t *testing.T) {
	out := render(t, sampleArticle(), HTML)
	for _, want := range []string{
		"<!doctype html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n",
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:;`,
		"<title>Haushalt beschlossen</title>\n",
		`<link rel="canonical" href="https://news.example/artikel-1">`,
		"</article>\n</body>\n</html>\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML output lacks %q", want)
		}
	}
	bare := render(t, &model.Article{Language: "de\" onload=\"x", SiteName: "Site"}, HTML)
	if !strings.Contains(bare, "<html>\n") || !strings.Contains(bare, "<title>Site</title>") {
		t.Errorf("bad language not dropped or title not from site name:\n%s", bare)
	}
}

func TestIsLanguageTag(t *testing.T) {
	for s, want := range map[string]bool{
		"de": true, "en-GB": true, "zh-Hant-TW": true, "gsw": true, "es-419": true,
		"": false, "d": false, "deutsch": false, "de-": false, "de_DE": false, "de\"x": false, "1a": false,
	} {
		if got := isLanguageTag(s); got != want {
			t.Errorf("isLanguageTag(%q) = %v, want %v", s, got, want)
		}
	}
}

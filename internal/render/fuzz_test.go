package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

func addHostileSeeds(f *testing.F) {
	f.Add("Plain text, with a [bracket] and *stars*.", "https://x.example/a", uint8(0))
	f.Add("line one\nline two\n\n- item", "mailto:a@x.example", uint8(3))
	for i, u := range append(hostileURLs, breakoutURLs...) {
		f.Add(hostileTexts[i%len(hostileTexts)], u, uint8(i))
	}
}

// FuzzRenderHTML renders articles built from arbitrary text and URLs and
// checks the HTML as a browser would parse it: valid UTF-8, no script
// element, no attribute starting with "on" (nor any attribute or element
// the rendering does not write), every href and src http, https or mailto.
func FuzzRenderHTML(f *testing.F) {
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, text, link string, style uint8) {
		var b strings.Builder
		if err := Write(&b, hostileArticle(text, link, model.Style(style)), HTML); err != nil {
			t.Fatal(err)
		}
		if err := checkSafeHTML(b.String()); err != nil {
			t.Fatalf("%v\ntext %q link %q\n%s", err, text, link, b.String())
		}
	})
}

// FuzzRenderMarkdown checks that the Markdown and Text renderings never
// fail or panic and are valid UTF-8, that no unsafe link reaches the
// Markdown, and that Text writes Article.Text unchanged.
func FuzzRenderMarkdown(f *testing.F) {
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, text, link string, style uint8) {
		a := hostileArticle(text, link, model.Style(style))
		var md, txt strings.Builder
		if err := Write(&md, a, Markdown); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(md.String()) {
			t.Fatalf("Markdown is not valid UTF-8: %q", md.String())
		}
		if _, ok := linkURL(link); !ok && strings.Contains(md.String(), "](") && !strings.Contains(text+link, "](") {
			t.Fatalf("unsafe link %q written as a link:\n%s", link, md.String())
		}
		if err := Write(&txt, a, Text); err != nil {
			t.Fatal(err)
		}
		if utf8.ValidString(text) && !strings.Contains(text, "\x00") && text != "" && !strings.HasSuffix(txt.String(), text+"\n") && !strings.HasSuffix(text, "\n") {
			t.Fatalf("Text output does not end with Article.Text %q:\n%q", text, txt.String())
		}
	})
}

package evaluate

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStripLanguageHints(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no hints", `<p class=x>Der Text &amp; mehr</p>`, `<p class=x>Der Text &amp; mehr</p>`},
		{"html lang", `<!DOCTYPE html><html lang="de-DE" class="no-js"><body>Hallo`, `<!DOCTYPE html><html class="no-js"><body>Hallo`},
		{"xml:lang, upper case", `<HTML xmlns="http://www.w3.org/1999/xhtml" XML:LANG=de Lang='de'>`, `<html xmlns="http://www.w3.org/1999/xhtml">`},
		{"lang on any element", `<p>a <span lang=fr>b</span> c</p>`, `<p>a <span>b</span> c</p>`},
		{"hreflang", `<link rel="alternate" hreflang="en" href="/en/"/><a hrefLang=fr href=/fr>FR</a>`, `<link rel="alternate" href="/en/"/><a href="/fr">FR</a>`},
		{"metas", `<head><meta http-equiv="Content-Language" content="de"><meta property="og:locale" content="de_DE"/>` +
			`<meta property="og:locale:alternate" content="en_US"><meta name="language" content="deutsch"><meta name="DC.Language" content="de">` +
			`<meta name="dcterms.language" content="de"><meta itemprop="inLanguage" content="de"><meta name="shareaholic:language" content="de-de">` +
			`<meta charset="utf-8"><meta name="description" lang="de" content="Ein Text"></head>`,
			`<head><meta charset="utf-8"><meta name="description" content="Ein Text"></head>`},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de","headline":"Ä </b>",` +
			`"author":[{"@type":"Person","name":"A","inLanguage":{"name":"German"}}]}</script><p>x</p>`,
			`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"A"}],"headline":"Ä \u003c/b\u003e"}` + "\n" + `</script><p>x</p>`},
		{"json-ld without inLanguage is kept", `<script type="application/ld+json"> {"inLanguageX": 1, "b": 2} </script>`,
			`<script type="application/ld+json"> {"inLanguageX": 1, "b": 2} </script>`},
		{"broken json-ld with inLanguage is emptied", `<script type="application/ld+json">{"inLanguage":"de",}</script><p>x`,
			`<script type="application/ld+json"></script><p>x`},
		{"other scripts are kept", `<script>var o = {"inLanguage":"de"}; if (a<b) {}</script>`, `<script>var o = {"inLanguage":"de"}; if (a<b) {}</script>`},
		{"lang in text is text", `<p>lang="de" hreflang <textarea><a lang=de></textarea>`, `<p>lang="de" hreflang <textarea><a lang=de></textarea>`},
		{"svg title has no raw text", `<svg><title/><path d="M0"/></svg><p lang=de>x</p><title>a<p lang=de></title>`,
			`<svg><title/><path d="M0"/></svg><p>x</p><title>a<p lang=de></title>`},
		{"comment and unfinished tag kept", `<!-- <html lang=de> --><p>x</p><a lang=`, `<!-- <html lang=de> --><p>x</p><a lang=`},
	}
	for _, tt := range tests {
		if got := string(StripLanguageHints([]byte(tt.in))); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestStripLanguageHintsKeepsText strips the vendored pages (one in
// ISO-8859-1): the text is the same before and after, no hint is left,
// and stripping again changes nothing.
func TestStripLanguageHintsKeepsText(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, path := range pages {
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		stripped := StripLanguageHints(page)
		if before, after := pageText(t, page), pageText(t, stripped); before != after {
			t.Errorf("%s: text changed (%d bytes before, %d after)", path, len(before), len(after))
		}
		if hints := languageHints(t, stripped); len(hints) > 0 {
			t.Errorf("%s: hints left: %q", path, hints)
		}
		if again := StripLanguageHints(stripped); !bytes.Equal(again, stripped) {
			t.Errorf("%s: stripping twice changes the page", path)
		}
		if len(languageHints(t, page)) == 0 && !bytes.Equal(stripped, page) {
			t.Errorf("%s: a page without hints changed", path)
		}
	}
}

// pageText is the text of every text node of the parsed page, script and
// style included, JSON-LD left out.
func pageText(t *testing.T, page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for n := range doc.Descendants() {
		if n.Type == html.TextNode && !(n.Parent.Data == "script" && isJSONLDType(attrValue(html.Token{Attr: n.Parent.Attr}, "type"))) {
			b.WriteString(n.Data)
		}
	}
	return b.String()
}

// languageHints lists the language hints of the parsed page.
func languageHints(t *testing.T, page []byte) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var hints []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		tok := html.Token{Data: n.Data, Attr: n.Attr}
		for _, a := range n.Attr {
			if isLanguageAttr(strings.TrimPrefix(a.Key, "xml:")) || a.Namespace == "xml" && a.Key == "lang" {
				hints = append(hints, n.Data+" "+a.Key)
			}
		}
		if n.Data == "meta" && isLanguageMeta(tok) {
			hints = append(hints, "meta "+attrValue(tok, "content"))
		}
		if n.Data == "script" && n.FirstChild != nil && strings.Contains(n.FirstChild.Data, `"inLanguage"`) {
			hints = append(hints, "json-ld inLanguage")
		}
	}
	return hints
}

// TestPredictNoHint runs lede on a page whose declared language is not
// the language of its short text: the declaration wins with the hint,
// the text without it.
func TestPredictNoHint(t *testing.T) {
	dir := t.TempDir()
	page := `<!DOCTYPE html><html lang="fr"><head><title>Rain in the north</title>
<meta property="og:locale" content="fr_FR"></head><body><article><h1>Rain in the north</h1>
<p>The weather office said on Monday that heavy rain would fall over the north of the country for the rest of the week.</p>
</article></body></html>`
	files := map[string]string{
		"html/p1.html":        page,
		"ground-truth.json":   `{"p1": {"title": "Rain in the north"}}`,
		"page-languages.json": `{"p1": {"html_lang": "en", "lang_guess": "en"}}`,
	}
	for name, data := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := LoadSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps, _, err := Predict(context.Background(), set, Config{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	p := ps.ByID["p1"]
	if !ps.NoHint || p.Language != "fr" || p.LanguageNoHint != "en" {
		t.Fatalf("NoHint %v, language %q, without hints %q; want fr, en", ps.NoHint, p.Language, p.LanguageNoHint)
	}
	r := ScoreMeta(set, ps)
	if r.Language.Score() != 0 || r.LanguageNoHint.Pages != 1 || r.LanguageNoHint.Score() != 1 {
		t.Errorf("language %v, without hints %v on %d pages", r.Language.Score(), r.LanguageNoHint.Score(), r.LanguageNoHint.Pages)
	}
}

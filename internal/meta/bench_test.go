package meta

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// benchPage is a news page of the usual shape: a head full of metadata,
// JSON-LD, navigation, an article of 40 paragraphs, related links, footer.
func benchPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Kerry in Moskau: USA und Russland wollen Syrien-Konferenz - Politik - Beispiel.de</title>
<meta property="og:title" content="Kerry in Moskau: USA und Russland wollen Syrien-Konferenz">
<meta property="og:site_name" content="Beispiel.de"><meta property="og:url" content="https://www.beispiel.de/politik/kerry-1.123">
<meta property="og:image" content="/img/kerry.jpg"><meta name="description" content="Die Außenminister einigen sich.">
<meta property="article:published_time" content="2013-05-07T23:20:00+02:00"><meta name="author" content="Julian Hans">
<link rel="canonical" href="/politik/kerry-1.123">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Beispiel"},
{"@type":"NewsArticle","headline":"Kerry in Moskau: USA und Russland wollen Syrien-Konferenz","datePublished":"2013-05-07T23:20:00+02:00",
"author":[{"@type":"Person","name":"Julian Hans"}],"publisher":{"@id":"#org"},"articleBody":"Die Außenminister der USA und Russlands wollen eine Konferenz."}]}</script>
</head><body><header><nav>`)
	for i := range 60 {
		fmt.Fprintf(&b, `<a href="/ressort/%d">Ressort %d</a>`, i, i)
	}
	b.WriteString(`</nav><h1 class="logo">Beispiel.de</h1></header><main><article><header><h1><span class="kicker">Kerry in Moskau</span><span>:</span> <span>USA und Russland wollen Syrien-Konferenz</span></h1>
<p class="byline">Von Julian Hans, Moskau</p><time datetime="2013-05-07T23:20:00+02:00">7. Mai 2013</time></header>`)
	for i := range 40 {
		fmt.Fprintf(&b, "<p>Absatz %d: Die Außenminister der USA und Russlands, John Kerry und Sergej Lawrow, wollen eine internationale Konferenz zu Syrien einberufen. <a href=\"/x/%d\">Mehr</a> dazu im <em>Dossier</em>.</p>\n", i, i)
	}
	b.WriteString(`</article><aside><h2>Mehr zum Thema</h2><ul>`)
	for i := range 20 {
		fmt.Fprintf(&b, `<li><h2><a href="/r/%d">Verwandter Artikel Nummer %d mit langer Überschrift</a></h2></li>`, i, i)
	}
	b.WriteString(`</ul></aside></main><footer><p>© Beispiel</p></footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkExtract(b *testing.B) {
	data := benchPage()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc, "https://www.beispiel.de/politik/kerry-1.123")
	}
}

func BenchmarkLanguage(b *testing.B) {
	text := strings.Repeat("Die Außenminister der USA und Russlands, John Kerry und Sergej Lawrow, wollen eine internationale Konferenz zu Syrien einberufen. ", 30)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Language(text, "de")
	}
}

func TestBenchPage(t *testing.T) {
	m := Extract(parse(t, string(benchPage())), "https://www.beispiel.de/politik/kerry-1.123")
	if m.Kicker != "Kerry in Moskau" || m.Headline != "USA und Russland wollen Syrien-Konferenz" {
		t.Errorf("kicker %q headline %q", m.Kicker, m.Headline)
	}
	if m.CanonicalURL != "https://www.beispiel.de/politik/kerry-1.123" || m.SiteName != "Beispiel.de" {
		t.Errorf("canonical %q site %q", m.CanonicalURL, m.SiteName)
	}
}

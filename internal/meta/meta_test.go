package meta

import (
	"reflect"
	"testing"
)

func TestExtractURLs(t *testing.T) {
	tests := []struct {
		name, pageURL, page string
		url, canonical      string
	}{
		{"relative canonical resolved", "https://ex.com/a/b?x=1", `<link rel="canonical" href="/a/b">`, "https://ex.com/a/b?x=1", "https://ex.com/a/b"},
		{"og:url when no canonical", "https://ex.com/a", `<meta property="og:url" content="https://ex.com/og">`, "https://ex.com/a", "https://ex.com/og"},
		{"canonical as url without page URL", "", `<link rel="Canonical" href="https://ex.com/c">`, "https://ex.com/c", "https://ex.com/c"},
		{"rel list", "", `<link rel="alternate canonical" href="https://ex.com/c">`, "https://ex.com/c", "https://ex.com/c"},
		{"javascript URL refused", "https://ex.com/a", `<link rel="canonical" href="javascript:alert(1)">`, "https://ex.com/a", ""},
		{"relative page URL is not a base", "a/b", `<link rel="canonical" href="/c">`, "/c", "/c"},
		{"nothing", "", `<p>x</p>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), tt.pageURL)
			if m.URL != tt.url || m.CanonicalURL != tt.canonical {
				t.Errorf("got url %q canonical %q, want %q %q", m.URL, m.CanonicalURL, tt.url, tt.canonical)
			}
		})
	}
}

func TestExtractSiteName(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"og:site_name first", `<meta property="og:site_name" content="Planet"><meta name="application-name" content="App">`, "Planet"},
		{"JSON-LD publisher", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Planet"}}</script>`, "Daily Planet"},
		{"JSON-LD WebSite", `<script type="application/ld+json">{"@type":"WebSite","name":"Planet Online"}</script>`, "Planet Online"},
		{"application-name", `<meta name="application-name" content="Planet">`, "Planet"},
		{"application-name that repeats the title is no site name", `<title>Storm hits the coast - Planet</title><meta name="application-name" content="Storm hits the coast - Planet">`, ""},
		{"none", `<title>Storm</title>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(parse(t, tt.page), "").SiteName; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractOther(t *testing.T) {
	page := `<html lang="de-AT"><head>
		<meta name="description" content="Meta description">
		<meta property="og:image" content="/img/lead.jpg">
		<meta property="article:section" content="Politik">
		<meta property="article:tag" content="Wahl"><meta property="article:tag" content="Wien">
		<meta name="keywords" content="ignored, since, tags">
		<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"Der Text.","description":"LD description"}</script>
		</head><body><h1>H</h1></body></html>`
	m := Extract(parse(t, page), "https://ex.at/p")
	if m.HTMLLang != "de" {
		t.Errorf("HTMLLang %q, want de", m.HTMLLang)
	}
	if m.Description != "LD description" || m.ArticleBody != "Der Text." || m.Section != "Politik" {
		t.Errorf("description %q body %q section %q", m.Description, m.ArticleBody, m.Section)
	}
	if !reflect.DeepEqual(m.Tags, []string{"Wahl", "Wien"}) {
		t.Errorf("tags %q", m.Tags)
	}
	if m.Image.URL != "https://ex.at/img/lead.jpg" {
		t.Errorf("image %q", m.Image.URL)
	}
	if m.Language != "" {
		t.Errorf("Extract identified the language %q; DetectLanguage does", m.Language)
	}
	m.DetectLanguage("")
	if m.Language != "de" {
		t.Errorf("DetectLanguage from the short articleBody with hint: %q, want de", m.Language)
	}
}

func TestLanguageHint(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<html lang="en-GB"><p>x</p>`, "en"},
		{`<html xml:lang="fr"><p>x</p>`, "fr"},
		{`<meta http-equiv="Content-Language" content="nl">`, "nl"},
		{`<meta property="og:locale" content="pl_PL">`, "pl"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"es-ES"}</script>`, "es"},
		{`<html lang="x-klingon"><p>x</p>`, ""},
		{`<p>x</p>`, ""},
	}
	for _, tt := range tests {
		if got := Extract(parse(t, tt.page), "").HTMLLang; got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestExtractNil(t *testing.T) {
	if m := Extract(nil, "https://ex.com"); !reflect.DeepEqual(m, Meta{}) {
		t.Errorf("nil doc gave %+v", m)
	}
}

func TestCrumbSection(t *testing.T) {
	keys := siteKeys("Beispiel Zeitung", "beispiel-zeitung.de")
	tests := []struct {
		crumbs []string
		want   string
	}{
		{[]string{"Startseite", "Politik", "Ausland", "Kerry in Moskau"}, "Politik"},
		{[]string{"Home", "Sport"}, "Sport"},
		{[]string{"Beispiel Zeitung", "Politik", "Kerry in Moskau"}, "Politik"},
		{[]string{"beispiel-zeitung.de", "Kultur"}, "Kultur"},
		{[]string{"Startseite", "Kerry in Moskau"}, ""},
		{[]string{"Politik"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := crumbSection(tt.crumbs, "Kerry in Moskau: USA und Russland", keys); got != tt.want {
			t.Errorf("crumbSection(%q) = %q, want %q", tt.crumbs, got, tt.want)
		}
	}
}

func TestBreadcrumbSection(t *testing.T) {
	page := `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Kerry in Moskau"},
		{"@type":"BreadcrumbList","itemListElement":[
			{"@type":"ListItem","position":3,"item":{"@id":"/politik/kerry","name":"Kerry in Moskau"}},
			{"@type":"ListItem","position":1,"name":"Startseite"},
			{"@type":"ListItem","position":2,"name":"Politik"}]}]</script><h1>Kerry in Moskau</h1>`
	if m := Extract(parse(t, page), "https://www.example.com/politik/kerry"); m.Section != "Politik" {
		t.Errorf("section %q, want Politik", m.Section)
	}
}

func TestSectionAndTagMetas(t *testing.T) {
	m := Extract(parse(t, `<meta name="parsely-section" content="Politik"><meta name="sailthru.tags" content="Wahl, Europa"><meta name="keywords" content="zeitung, news"><h1>H</h1>`), "")
	if m.Section != "Politik" || !reflect.DeepEqual(m.Tags, []string{"Wahl", "Europa"}) {
		t.Errorf("section %q tags %q, want Politik [Wahl Europa]", m.Section, m.Tags)
	}
}

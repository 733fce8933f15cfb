package meta

import (
	"reflect"
	"testing"
)

func TestSplitNames(t *testing.T) {
	tests := map[string][]string{
		"Von Anna Berg und Tom Kern, dpa": {"Anna Berg", "Tom Kern", "dpa"},
		"By Jane Doe and John Roe":        {"Jane Doe", "John Roe"},
		"Par Marie Dupont et Luc Martin":  {"Marie Dupont", "Luc Martin"},
		"Por Ana García y Luis Pérez":     {"Ana García", "Luis Pérez"},
		"Di Marco Rossi":                  {"Marco Rossi"},
		"Door Jan de Vries":               {"Jan de Vries"},
		"Autor: Peter Maahn/SP-X":         {"Peter Maahn", "SP-X"},
		"Anna Berg (AFP)":                 {"Anna Berg", "AFP"},
		"A; B":                            {"A", "B"},
	}
	for in, want := range tests {
		if got := splitNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsAgency(t *testing.T) {
	for s, want := range map[string]bool{
		"dpa": true, "AFP": true, "Reuters": true, "dpa/AFP": true, "KNA": true, "epd": true, "Redaktion": true,
		"SZ.de-Redaktion": true, "red": true, "Anna Berg": false, "Apache": false, "": false,
	} {
		if got := isAgency(s); got != want {
			t.Errorf("isAgency(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLooksLikeName(t *testing.T) {
	for s, want := range map[string]bool{
		"Anna Berg": true, "Jan de Vries": true, "R.C. BAKER": true, "Kathrin": true,
		"ich bin Foodbloggerin": false, "Fotograf aus Hamburg": false, "von": false, "admin@example.com": false,
		"https://example.com/anna": false, "Published 12 May": false, "A B C D E F G": false,
	} {
		if got := looksLikeName(s); got != want {
			t.Errorf("looksLikeName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name, url, page   string
		authors, agencies []string
	}{
		{
			name: "JSON-LD persons by @id and an agency",
			page: `<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#a","name":"Anna Berg"},
				{"@type":"NewsArticle","headline":"H","author":[{"@id":"#a"},{"@type":"Organization","name":"dpa"}]}]}</script><h1>H</h1>`,
			authors: []string{"Anna Berg"}, agencies: []string{"dpa"},
		},
		{
			name:    "meta author split",
			page:    `<meta name="author" content="Anna Berg und Tom Kern"><h1>H</h1>`,
			authors: []string{"Anna Berg", "Tom Kern"},
		},
		{
			name:    "URL in article:author skipped for the next meta",
			page:    `<meta property="article:author" content="https://facebook.com/x"><meta name="parsely-author" content="Anna Berg"><h1>H</h1>`,
			authors: []string{"Anna Berg"},
		},
		{
			name: "account and site names are no authors",
			url:  "https://www.example.com/a",
			page: `<meta property="og:site_name" content="Example"><meta name="author" content="admin"><h1>H</h1>`,
		},
		{
			name: "an organisation is no author",
			page: `<meta name="author" content="Beispiel Verlag GmbH, Hamburg"><h1>H</h1>`,
		},
		{
			name:    "visible byline beside the headline",
			page:    `<h1>H</h1><p>Von Julian Hans, Moskau</p><p>Text.</p>`,
			authors: []string{"Julian Hans"},
		},
		{
			name:    "byline split across elements",
			page:    `<h1>H</h1><div><span>By</span> <a href="/a">Jane Doe</a></div>`,
			authors: []string{"Jane Doe"},
		},
		{
			name:    "byline element by class, cut before the date",
			page:    `<h1>H</h1><div class="article-byline">Anna Berg 12. Mai 2015</div>`,
			authors: []string{"Anna Berg"},
		},
		{
			name:    "visible byline wins over a meta author the page does not show",
			page:    `<meta name="author" content="Web Team"><h1>H</h1><p>Von Anna Berg</p>`,
			authors: []string{"Anna Berg"},
		},
		{
			name:    "meta author the page shows stays",
			page:    `<meta name="author" content="Anna Berg"><h1>H</h1><p class="byline">Anna Berg, dpa</p>`,
			authors: []string{"Anna Berg"},
		},
		{
			name: "comment authors are not the article's",
			page: `<h1>H</h1><div class="comment-author">Troll King</div>`,
		},
		{
			name: "no author",
			page: `<h1>H</h1><p>Text.</p>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), tt.url)
			if !reflect.DeepEqual(m.Authors, tt.authors) || !reflect.DeepEqual(m.Agencies, tt.agencies) {
				t.Errorf("got %q %q, want %q %q", m.Authors, m.Agencies, tt.authors, tt.agencies)
			}
		})
	}
}

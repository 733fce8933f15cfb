package meta

import (
	"reflect"
	"strings"
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
		dateline          string
	}{
		{
			name: "JSON-LD persons by @id and an agency",
			page: `<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#a","name":"Anna Berg"},
				{"@type":"NewsArticle","headline":"H","author":[{"@id":"#a"},{"@type":"Organization","name":"dpa"}]}]}</script><h1>H</h1>
				<p class="byline">Anna Berg (dpa)</p>`,
			authors: []string{"Anna Berg"}, agencies: []string{"dpa"},
		},
		{
			name:    "meta author split",
			page:    `<meta name="author" content="Anna Berg und Tom Kern"><h1>H</h1><p>Anna Berg, Tom Kern</p>`,
			authors: []string{"Anna Berg", "Tom Kern"},
		},
		{
			name:    "URL in article:author skipped for the next meta",
			page:    `<meta property="article:author" content="https://facebook.com/x"><meta name="parsely-author" content="Anna Berg"><h1>H</h1><p>Anna Berg</p>`,
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
			name:     "visible byline beside the headline",
			page:     `<h1>H</h1><p>Von Julian Hans, Moskau</p><p>Text.</p>`,
			authors:  []string{"Julian Hans"},
			dateline: "Moskau",
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
			name: "a declared author the page never shows is left out",
			page: `<meta name="author" content="Anna Berg"><h1>H</h1><p>Text.</p>`,
		},
		{
			name:    "a byline naming more people than declared wins",
			page:    `<meta name="author" content="Anna Berg"><h1>H</h1><p>Von Anna Berg und Tom Kern</p>`,
			authors: []string{"Anna Berg", "Tom Kern"},
		},
		{
			name:     "byline with a dateline",
			page:     `<h1>H</h1><div class="byline">Von Julian Hans, Moskau</div>`,
			authors:  []string{"Julian Hans"},
			dateline: "Moskau",
		},
		{
			name:    "an author line far below the headline",
			page:    `<h1>H</h1><p>` + strings.Repeat("Text. ", 2000) + `</p><p>Autor: Klausmartin Friedrich</p>`,
			authors: []string{"Klausmartin Friedrich"},
		},
		{
			name: "a weak opening far below the headline is prose",
			page: `<h1>H</h1><p>` + strings.Repeat("Text. ", 2000) + `</p><p>Von Anna Berg</p>`,
		},
		{
			name:    "the site's name is no author, a personal site's owner is",
			url:     "https://www.annaberg.de/a",
			page:    `<h1>H</h1><p>Von Anna Berg</p>`,
			authors: []string{"Anna Berg"},
		},
		{
			name: "the site's name is no author",
			url:  "https://www.example.com/a",
			page: `<meta property="og:site_name" content="Example News"><h1>H</h1><p>Von Example News</p>`,
		},
		{
			name:     "desk and agency joined by a slash stay one credit, as written",
			page:     `<h1>H</h1><p>Von SZ-Redaktion/dpa</p>`,
			agencies: []string{"SZ-Redaktion/dpa"},
		},
		{
			name:     "an agency report's opening gives the agency and the dateline",
			page:     `<h1>H</h1><p>Hamburg (dpa/lno) – Trotz eines Gesprächs bleiben die Fronten verhärtet.</p>`,
			agencies: []string{"dpa/lno"},
			dateline: "Hamburg",
		},
		{
			name: "a parenthesis in the text is no agency",
			page: `<h1>H</h1><p>Die Stadt (rund 20.000 Einwohner) – so der Bericht – wächst.</p>`,
		},
		{
			name:    "a first-name byline takes the full name the text writes",
			page:    `<h1>H</h1><p class="author">Nils</p><p>Eine Kolumne von Nils Pickert.</p>`,
			authors: []string{"Nils Pickert"},
		},
		{
			name:    "a declared name the text only mentions yields to the byline",
			page:    `<meta name="author" content="Deutsche Welle"><h1>H</h1><p>Auteur : Kossivi Tiassou</p><p>Selon Deutsche Welle, …</p>`,
			authors: []string{"Kossivi Tiassou"},
		},
		{
			name: "a declared person the page names only in the author box after the text",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Anna Berg"}}</script>
				<h1>H</h1>` + strings.Repeat("<p>Ein langer Absatz des Artikels, der weitergeht und weitergeht.</p>", 100) + `<aside><p>Über die Autorin</p><p>Anna Berg schreibt über Politik.</p></aside>`,
			authors: []string{"Anna Berg"},
		},
		{
			name: "a declared person the page never names is left out",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Anna Berg"}}</script>
				<h1>H</h1><p>Text.</p>`,
		},
		{
			name:    "a page that credits an author page link",
			page:    `<h1>H</h1><p>12. Mai 2015 · <a href="/autoren/anna-berg/">Anna Berg</a></p>`,
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
			if !reflect.DeepEqual(m.Authors, tt.authors) || !reflect.DeepEqual(m.Agencies, tt.agencies) || m.Dateline != tt.dateline {
				t.Errorf("got %q %q %q, want %q %q %q", m.Authors, m.Agencies, m.Dateline, tt.authors, tt.agencies, tt.dateline)
			}
		})
	}
}

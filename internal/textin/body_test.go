package textin

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

func TestSubheadings(t *testing.T) {
	r := Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Was die Opposition will", de3, de4))
	wantBlock(t, r, 2, model.Heading, "Was die Opposition will")
	if r.Blocks[2].Level != 2 {
		t.Errorf("heading level %d, want 2", r.Blocks[2].Level)
	}
	r = Extract(withChrome("Council votes to close the old bridge", en1, en2, "What happens next", en3, en4))
	wantBlock(t, r, 2, model.Heading, "What happens next")

	// Polish and Spanish read the same way
	r = Extract(page("Nowy most w mieście",
		"Radni miasta zdecydowali we wtorek wieczorem o zamknięciu starego mostu na cały przyszły rok.",
		"Mieszkańcy będą musieli korzystać z promu albo jechać dwadzieścia minut do następnej przeprawy.",
		"Co dalej z mostem",
		"Prace mają się rozpocząć w marcu, a rada obiecała informować przedsiębiorców mieszkających przy moście."))
	wantBlock(t, r, 2, model.Heading, "Co dalej z mostem")
}

func TestNotSubheadings(t *testing.T) {
	tests := []struct{ name, line string }{
		{"a short sentence with its full stop", "Das war alles."},
		{"a short question", "Und jetzt?"},
		{"a line that announces what follows", "Die Forderungen im Einzelnen:"},
		{"a lower-case fragment", "und noch mehr davon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, tt.line, de3, de4))
			for _, b := range r.Blocks {
				if b.Type == model.Heading {
					t.Errorf("heading %q", b.Text)
				}
			}
			wantBody(t, r, de1, de2, tt.line, de3, de4)
		})
	}
	// a title-like line with no paragraph before it opens the body's head, not a subheading
	r := Extract(page(de1, de2, de3, "Am Ende des Tages", "und noch ein Satz ohne Schluss"))
	for _, b := range r.Blocks {
		if b.Type == model.Heading {
			t.Errorf("heading %q at the end", b.Text)
		}
	}
}

func TestTrailingChromeDropped(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		body  []string
	}{
		{"German", []string{"Ein Titel über die Brücke der Stadt", de1, de2, de3, "Zur Startseite", "Lesen Sie mehr zum Thema", "Jetzt entdecken", "Brücken", "Verkehr"}, []string{de1, de2, de3}},
		{"English", []string{"Council votes to close the old bridge", en1, en2, en3, "Read more", "Share this article", "Related stories", "Bridges", "Traffic"}, []string{en1, en2, en3}},
		{"short navigation-like lines", []string{"Council votes to close the old bridge", en1, en2, en3, "Local News", "Weather", "Obituaries"}, []string{en1, en2, en3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(page(tt.lines...))
			wantBody(t, r, tt.body...)
		})
	}
}

func TestFurnitureInsideBodyDropped(t *testing.T) {
	r := Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Anzeige", de3, "Lesen Sie auch: Die neue Brücke in Köln", de4))
	wantBody(t, r, de1, de2, de3, de4)
}

func TestNavigationBeforeBodyNotInBody(t *testing.T) {
	nav := strings.Split("Home|World|Politics|Business|Tech|Science|Health|Sports|Arts|Travel|Sign in|Subscribe", "|")
	r := Extract(page(append(append(nav, "Council votes to close the old bridge", "By Jane Doe"), en1, en2, en3, en4)...))
	wantBody(t, r, en1, en2, en3, en4)
	if r.Headline != "Council votes to close the old bridge" {
		t.Errorf("headline %q", r.Headline)
	}
}

func TestListsInBody(t *testing.T) {
	r := Extract(withChrome("Council votes to close the old bridge", en1, en2,
		"• The ferry runs every twenty minutes", "• Buses take the northern route", en3, en4))
	wantBlock(t, r, 2, model.List, "The ferry runs every twenty minutes\nBuses take the northern route")
	if items := r.Blocks[2].Items; len(items) != 2 {
		t.Errorf("items %q", items)
	}
}

func TestListAnnouncedAfterBody(t *testing.T) {
	r := Extract(withChrome("Tour dates announced", en1, en2, "The tour stops in these cities:",
		"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
		"June 10 -- Credit Union Amphitheatre, Tampa, FL",
		"June 14 -- Bank Amphitheatre, Alpharetta, GA"))
	wantBody(t, r, en1, en2, "The tour stops in these cities:",
		"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
		"June 10 -- Credit Union Amphitheatre, Tampa, FL",
		"June 14 -- Bank Amphitheatre, Alpharetta, GA")
	// without the colon, the short lines after the body are chrome
	r = Extract(withChrome("Tour dates announced", en1, en2, en3, "June Events", "July Events", "August Events"))
	wantBody(t, r, en1, en2, en3)
}

func TestNoProse(t *testing.T) {
	r := Extract(page(menu...))
	if r.Blocks != nil || r.Headline != "" {
		t.Errorf("from a menu: %+v", r)
	}
	if r := Extract(""); r.Blocks != nil {
		t.Errorf("from nothing: %+v", r)
	}
}

func TestLinesWithoutBlankLines(t *testing.T) {
	// a dump with one block per line and no blank lines reads the same
	text := strings.Join(append(append([]string{}, menu...), "Ein Titel über die Brücke der Stadt", "Von Julian Hans, Moskau", de1, de2, de3, "Zur Startseite"), "\n")
	r := Extract(text)
	wantBody(t, r, de1, de2, de3)
	if r.Dateline != "Moskau" {
		t.Errorf("dateline %q", r.Dateline)
	}
}

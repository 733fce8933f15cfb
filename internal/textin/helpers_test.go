package textin

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// Paragraphs of running text for the hand-written pages, long enough to be
// prose (German and English).
const (
	de1 = "Die beiden Außenminister verhandelten am Dienstag mehr als fünf Stunden über den Krieg in Syrien und seine Folgen."
	de2 = "Am Ende stand eine Einigung, mit der kaum jemand in Moskau oder Washington noch gerechnet hatte."
	de3 = "Beide Seiten wollen nun bis Ende Mai eine internationale Konferenz einberufen, an der auch die Regierung teilnimmt."
	de4 = "Ob die Opposition an den Tisch kommt, ist allerdings noch völlig offen, sagte ein Sprecher am Abend."
	en1 = "The city council voted on Tuesday night to close the old bridge for repairs that will take most of next year."
	en2 = "Residents who cross the river every day will have to use the ferry or drive twenty minutes to the next crossing."
	en3 = "The mayor said the decision had not been easy, but engineers had warned that the structure was no longer safe."
	en4 = "Work is expected to begin in March, and the council has promised to keep businesses near the bridge informed."
)

// page joins lines with blank lines between them, as full-page text has.
func page(lines ...string) string { return strings.Join(lines, "\n\n") + "\n" }

// menu is a site's navigation as a plain-text dump keeps it.
var menu = []string{"Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Meinung", "Anmelden"}
var footer = []string{"Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen"}

// withChrome puts the site's menu before lines and its footer after them.
func withChrome(lines ...string) string {
	all := append(append(append([]string{}, menu...), lines...), footer...)
	return page(all...)
}

// bodyTexts returns the text of each body block.
func bodyTexts(r Result) []string {
	var out []string
	for _, b := range r.Blocks {
		out = append(out, b.Text)
	}
	return out
}

func wantBody(t *testing.T, r Result, want ...string) {
	t.Helper()
	got := bodyTexts(r)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n got %q\nwant %q", got, want)
	}
}

func wantBlock(t *testing.T, r Result, i int, typ model.BlockType, text string) {
	t.Helper()
	if i >= len(r.Blocks) {
		t.Fatalf("body has %d blocks, want block %d %s %q", len(r.Blocks), i, typ, text)
	}
	if b := r.Blocks[i]; b.Type != typ || b.Text != text {
		t.Errorf("block %d = %s %q, want %s %q", i, b.Type, b.Text, typ, text)
	}
}

package evaluate

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
)

const renderPage = `<!DOCTYPE html><html lang="de"><head><title>T</title>
<meta name="description" content="Die Alte Brücke wird ein Jahr lang saniert.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat sperrt die Alte Brücke","author":{"@type":"Person","name":"Anna Berg"}}</script>
<script>var x = "hidden";</script><style>p{}</style></head>
<body><header><a href="/">Startseite</a> <a href="/politik">Politik</a></header>
<nav><ul><li><a href="/a">Kultur</a></li><li><a href="/b">Sport</a></li></ul></nav>
<h1>Stadtrat sperrt die Alte Brücke</h1><p class="byline">Von Anna Berg</p>
<div>Erste <b>Zeile</b> mit <a href="/x">Link</a><p>Ein Absatz.</p>Rest</div>
<noscript>Bitte JavaScript aktivieren</noscript><template><p>Vorlage</p></template>
<footer><a href="/i">Impressum</a> <a href="/d">Datenschutz</a></footer></body></html>`

func TestFullText(t *testing.T) {
	got, err := FullText([]byte(renderPage))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Startseite Politik", "Kultur", "Sport", "Stadtrat sperrt die Alte Brücke",
		"Von Anna Berg", "Erste Zeile mit Link", "Ein Absatz.", "Rest", "Impressum Datenschutz"}
	if lines := strings.Split(strings.TrimSpace(got), "\n\n"); !slices.Equal(lines, want) {
		t.Errorf("got %q\nwant %q", lines, want)
	}
	for _, hidden := range []string{"hidden", "JavaScript", "Vorlage", "p{}"} {
		if strings.Contains(got, hidden) {
			t.Errorf("full text holds %q", hidden)
		}
	}
}

func TestResidueText(t *testing.T) {
	body := "Der Stadtrat hat beschlossen.\n\nDie Arbeiten beginnen im März."
	r, err := ResidueText([]byte(renderPage), body)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Startseite", "Politik", "Kultur", "Sport", "Stadtrat sperrt die Alte Brücke",
		"Die Alte Brücke wird ein Jahr lang saniert.", "Von Anna Berg",
		"Der Stadtrat hat beschlossen.", "Die Arbeiten beginnen im März.",
		"Kultur", "Sport", "Impressum", "Datenschutz"}
	if lines := strings.Split(strings.TrimSpace(r.Text), "\n\n"); !slices.Equal(lines, want) {
		t.Errorf("got %q\nwant %q", lines, want)
	}
	if r.Headline != "Stadtrat sperrt die Alte Brücke" || !slices.Equal(r.Authors, []string{"Anna Berg"}) {
		t.Errorf("headline %q authors %q", r.Headline, r.Authors)
	}
}

func TestParseRendering(t *testing.T) {
	for _, s := range []string{"", "full", "residue"} {
		if r, err := ParseRendering(s); err != nil || string(r) != s {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := ParseRendering("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

func TestPredictText(t *testing.T) {
	dir := t.TempDir()
	body := "Der Stadtrat hat am Dienstagabend beschlossen, die Alte Brücke für ein ganzes Jahr zu sperren.\n\n" +
		"Wer täglich über den Fluss muss, soll die Fähre nehmen oder zwanzig Minuten bis zur nächsten Brücke fahren.\n\n" +
		"Gutachter hatten im Herbst festgestellt, dass mehrere Pfeiler stärker beschädigt sind als bisher angenommen."
	truth, _ := json.Marshal(map[string]any{"p1": map[string]string{"articleBody": body}})
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(os.WriteFile(filepath.Join(dir, TruthFile), truth, 0o644),
		os.WriteFile(filepath.Join(dir, "html", "p1.html"), []byte(renderPage), 0o644)); err != nil {
		t.Fatal(err)
	}
	set, err := LoadSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	extract := func(ctx context.Context, data []byte, _ batch.Page) (*lede.Article, error) {
		return lede.ExtractText(ctx, data, lede.Options{})
	}
	save := t.TempDir()
	ps, scored, _, err := PredictText(context.Background(), set, TextConfig{Workers: 2, Extract: extract, Rendering: RenderResidue, SaveDir: save})
	if err != nil {
		t.Fatal(err)
	}
	r := Score(scored, ps)
	if r.Body == nil || r.Body.F1 < 0.99 {
		t.Errorf("body report %+v", r.Body)
	}
	if r.Meta == nil || r.Meta.Headline.Score() != 1 || r.Meta.Authors.Score() != 1 {
		t.Errorf("meta report %+v", r.Meta)
	}
	if _, err := os.Stat(filepath.Join(save, "p1.txt")); err != nil {
		t.Errorf("rendering not saved: %v", err)
	}
	if _, _, _, err := PredictText(context.Background(), set, TextConfig{Extract: extract}); err == nil {
		t.Error("no rendering accepted")
	}
}

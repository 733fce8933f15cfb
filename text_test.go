package lede_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

func TestExtractTextDump(t *testing.T) {
	data, err := os.ReadFile("testdata/text/de_dump.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := lede.ExtractText(context.Background(), data, lede.Options{URL: "https://example.com/a"})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"kicker", a.Kicker, "Brückensanierung"},
		{"headline", a.Headline, "Stadtrat sperrt die Alte Brücke für ein Jahr"},
		{"teaser", a.Teaser, "Die Alte Brücke ist marode. Ab März müssen Pendler auf die Fähre oder einen Umweg ausweichen."},
		{"authors", strings.Join(a.Authors, ";"), "Anna Berg"},
		{"dateline", a.Dateline, "Heidelberg"},
		{"published", a.Published, "2024-02-12"},
		{"credit", a.Image.Credit, "dpa"},
		{"language", a.Language, "de"},
		{"url", a.URL, "https://example.com/a"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(a.Highlights) != 3 {
		t.Errorf("highlights %q", a.Highlights)
	}
	if !strings.HasPrefix(a.Text, "Der Stadtrat hat am Dienstagabend") || !strings.HasSuffix(a.Text, "gehe nun einmal vor.") {
		t.Errorf("text %q", a.Text)
	}
	for _, chrome := range []string{"Startseite", "Anmelden", "Foto", "Von Anna Berg", "Jetzt entdecken", "Impressum"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text holds %q", chrome)
		}
	}
	if a.WordCount == 0 || a.Body[2].Type != lede.Heading {
		t.Errorf("word count %d, blocks %+v", a.WordCount, a.Body)
	}
}

func TestExtractTextEnglish(t *testing.T) {
	data, err := os.ReadFile("testdata/text/en_dump.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := lede.ExtractText(context.Background(), data, lede.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Council votes to close the old bridge for a year" || a.Kicker != "" || a.Language != "en" ||
		!slices.Equal(a.Authors, []string{"Jane Doe", "Tom Kern"}) || a.Published != "2015-05-12" {
		t.Errorf("kicker %q headline %q language %q authors %q published %q", a.Kicker, a.Headline, a.Language, a.Authors, a.Published)
	}
	if strings.Contains(a.Text, "Read more") || strings.Contains(a.Text, "Sign in") {
		t.Errorf("text %q", a.Text)
	}
}

func TestExtractTextErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := lede.ExtractText(ctx, []byte(" \n\n "), lede.Options{}); !errors.Is(err, lede.ErrEmpty) {
		t.Errorf("blank input: %v", err)
	}
	a, err := lede.ExtractText(ctx, []byte("Startseite\n\nEine kurze Überschrift hier\n\nNur ein Satz ohne viel Inhalt darin, der nicht reicht.\n"), lede.Options{})
	if !errors.Is(err, lede.ErrNoArticle) || a == nil {
		t.Fatalf("short text: %v, %v", a, err)
	}
	if _, err := lede.ExtractText(ctx, []byte(strings.Repeat("x", 100)), lede.Options{MaxBytes: 10}); !errors.Is(err, lede.ErrTooLarge) {
		t.Errorf("oversize: %v", err)
	}
	// windows-1252 text is decoded
	latin := []byte("Gr\xfc\xdfe aus K\xf6ln und dem ganzen Rheinland, wo die Menschen seit Tagen auf den Sommer warten.\n")
	latin = append(latin, []byte("Die Stadt hat am Dienstag beschlossen, die alte Br\xfccke f\xfcr ein ganzes Jahr zu sperren.\n")...)
	latin = append(latin, []byte("Wer t\xe4glich \xfcber den Fluss muss, soll die F\xe4hre nehmen oder zwanzig Minuten fahren.\n")...)
	a, err = lede.ExtractText(ctx, latin, lede.Options{})
	if err != nil || !strings.Contains(a.Text, "Grüße aus Köln") {
		t.Errorf("latin-1: %v %q", err, a.Text)
	}
}

func TestInputModes(t *testing.T) {
	ctx := context.Background()
	text, err := os.ReadFile("testdata/text/en_dump.txt")
	if err != nil {
		t.Fatal(err)
	}
	// the default refuses text as before
	if _, err := lede.ExtractBytes(ctx, text, lede.Options{}); !errors.Is(err, lede.ErrNotHTML) {
		t.Errorf("InputHTML on text: %v", err)
	}
	for _, in := range []lede.Input{lede.InputText, lede.InputAuto} {
		a, err := lede.ExtractBytes(ctx, text, lede.Options{Input: in})
		if err != nil || a.Headline != "Council votes to close the old bridge for a year" {
			t.Errorf("%v on text: %v %+v", in, err, a)
		}
	}
	// auto must not read any HTML page as text: every bundled page gives
	// what InputHTML gives
	pages, _ := filepath.Glob("testdata/pages/*.html")
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want, werr := lede.ExtractBytes(ctx, data, lede.Options{})
		got, gerr := lede.ExtractBytes(ctx, data, lede.Options{Input: lede.InputAuto})
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(got)
		if string(wj) != string(gj) || lede.Code(werr) != lede.Code(gerr) {
			t.Errorf("%s: auto differs from html", p)
		}
	}
	// text with a little markup in it is HTML
	if _, err := lede.ExtractBytes(ctx, []byte("<p>Hello there.</p>"), lede.Options{Input: lede.InputAuto}); errors.Is(err, lede.ErrNotHTML) {
		t.Errorf("fragment read as not HTML: %v", err)
	}
}

func TestParseInput(t *testing.T) {
	for _, s := range []string{"html", "text", "auto"} {
		in, err := lede.ParseInput(s)
		if err != nil || in.String() != s {
			t.Errorf("%q: %v %v", s, in, err)
		}
	}
	if _, err := lede.ParseInput("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

func TestExtractTextRefDate(t *testing.T) {
	data, err := os.ReadFile("testdata/text/en_dump.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := lede.ExtractText(context.Background(), data, lede.Options{RefDate: time.Date(2015, 5, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || a.Published != "" {
		t.Errorf("a date after the reference date: %q %v", a.Published, err)
	}
}

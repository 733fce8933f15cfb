package render

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// sampleArticle returns an Article that uses every field and block type.
func sampleArticle() *model.Article {
	return &model.Article{
		SchemaVersion: model.SchemaVersion,
		URL:           "https://news.example/politik/artikel-1",
		CanonicalURL:  "https://news.example/artikel-1",
		SiteName:      "Example News",
		Language:      "de",
		Kicker:        "Bundestag",
		Headline:      "Haushalt beschlossen",
		Teaser:        "Nach langer Debatte steht der Etat.",
		Highlights:    []string{"Mehr Geld für Bildung", "Schuldenbremse bleibt"},
		Authors:       []string{"Julian Hans", "Anna Beck"},
		Agencies:      []string{"dpa"},
		Dateline:      "Berlin",
		Published:     "2024-05-01T10:00:00+02:00",
		Section:       "Politik",
		Tags:          []string{"Haushalt"},
		Image: model.Image{
			URL:     "https://img.example/lead.jpg",
			Caption: "Der Plenarsaal",
			Credit:  "AFP",
		},
		Body: []model.Block{
			{Type: model.Paragraph, Text: "Der Bundestag hat den Haushalt beschlossen.", Runs: []model.Run{
				{Text: "Der "},
				{Text: "Bundestag", Link: "https://bundestag.example/"},
				{Text: " hat den Haushalt "},
				{Text: "beschlossen", Style: model.Bold},
				{Text: "."},
			}},
			{Type: model.Heading, Level: 2, Text: "Die Zahlen"},
			{Type: model.List, Text: "Bildung\nVerteidigung", Items: []string{"Bildung", "Verteidigung"}},
			{Type: model.Quote, Text: "Ein guter Tag."},
			{Type: model.Table, Text: "Ressort\tMrd.\nBildung\t20", Rows: [][]string{{"Ressort", "Mrd."}, {"Bildung", "20"}}},
			{Type: model.Preformatted, Text: "x := 1"},
		},
		Text:      "Der Bundestag hat den Haushalt beschlossen.\n\nDie Zahlen\n\nBildung\nVerteidigung\n\nEin guter Tag.\n\nRessort\tMrd.\nBildung\t20\n\nx := 1",
		WordCount: 16,
	}
}

// render returns a rendered in f, failing the test on an error.
func render(t testing.TB, a *model.Article, f Format) string {
	t.Helper()
	var b strings.Builder
	if err := Write(&b, a, f); err != nil {
		t.Fatalf("Write(%s): %v", f, err)
	}
	return b.String()
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"json", JSON, false},
		{"markdown", Markdown, false},
		{"md", Markdown, false},
		{"MarkDown", Markdown, false},
		{"text", Text, false},
		{"txt", Text, false},
		{"html", HTML, false},
		{"", "", true},
		{"pdf", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	a := sampleArticle()
	if err := Write(&bytes.Buffer{}, nil, JSON); err == nil {
		t.Error("Write(nil article) = nil error")
	}
	if err := Write(&bytes.Buffer{}, a, Format("pdf")); err == nil {
		t.Error("Write(format pdf) = nil error")
	}
	for _, f := range []Format{JSON, Markdown, Text, HTML} {
		if err := Write(failingWriter{}, a, f); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Write(%s) to a failing writer = %v, want the writer's error", f, err)
		}
	}
}

// TestWriteDoesNotChangeArticle renders an Article whose lists are partly
// nil in every format and checks it is unchanged afterwards.
func TestWriteDoesNotChangeArticle(t *testing.T) {
	a := sampleArticle()
	a.SchemaVersion = 0
	a.Tags = nil
	a.Body = append(a.Body, model.Block{Type: model.Table, Rows: [][]string{{"a"}, nil}})
	before := *a
	before.Body = append([]model.Block(nil), a.Body...)
	for _, f := range []Format{JSON, Markdown, Text, HTML} {
		render(t, a, f)
		if !reflect.DeepEqual(*a, before) {
			t.Fatalf("Write(%s) changed the Article", f)
		}
		if a.Body[len(a.Body)-1].Rows[1] != nil {
			t.Fatalf("Write(%s) filled in a nil table row of the caller's Article", f)
		}
	}
}

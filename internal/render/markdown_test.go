package render

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

const (
	bold   = model.Bold
	italic = model.Italic
	mono   = model.Monospace
)

func para(runs ...model.Run) model.Block { return model.Block{Type: model.Paragraph, Runs: runs} }

func textBlock(typ model.BlockType, text string) model.Block {
	return model.Block{Type: typ, Text: text}
}

func TestMarkdownBody(t *testing.T) {
	link := "https://x.example/"
	tests := []struct {
		name   string
		blocks []model.Block
		want   string
	}{
		{"plain paragraph", []model.Block{textBlock(model.Paragraph, "Hello world.")}, "Hello world.\n"},
		{"runs", []model.Block{para(
			model.Run{Text: "See "}, model.Run{Text: "the docs", Link: "https://x.example/a_(b)"},
			model.Run{Text: ", "}, model.Run{Text: "very", Style: bold}, model.Run{Text: " "},
			model.Run{Text: "nice", Style: italic}, model.Run{Text: " and "},
			model.Run{Text: "go test", Style: mono}, model.Run{Text: "."},
		)}, "See [the docs](https://x.example/a_\\(b\\)), **very** *nice* and `go test`.\n"},
		{"space moved outside markers", []model.Block{para(
			model.Run{Text: "a"}, model.Run{Text: " bold ", Style: bold}, model.Run{Text: "b"},
		)}, "a **bold** b\n"},
		{"nested emphasis", []model.Block{para(
			model.Run{Text: "a ", Style: bold}, model.Run{Text: "b", Style: bold | italic}, model.Run{Text: " c"},
		)}, "**a *b*** c\n"},
		{"emphasis closed before a change", []model.Block{para(
			model.Run{Text: "a", Style: bold | italic}, model.Run{Text: " "}, model.Run{Text: "b", Style: italic},
		)}, "***a*** *b*\n"},
		{"inner emphasis closed alone", []model.Block{para(
			model.Run{Text: "a", Style: bold | italic}, model.Run{Text: " b", Style: bold},
		)}, "***a* b**\n"},
		{"emphasis that could not open is left out", []model.Block{para(
			model.Run{Text: "foo"}, model.Run{Text: "(bar)", Style: bold}, model.Run{Text: " baz"},
		)}, "foo(bar) baz\n"},
		{"emphasis that could not close is taken out", []model.Block{para(
			model.Run{Text: "a "}, model.Run{Text: "(b)", Style: bold}, model.Run{Text: "c"},
		)}, "a (b)c\n"},
		{"emphasis around punctuation that works is kept", []model.Block{para(
			model.Run{Text: "a "}, model.Run{Text: "„Zitat“", Style: italic}, model.Run{Text: ", b"},
		)}, "a *„Zitat“*, b\n"},
		{"no marker right after a closing one", []model.Block{para(
			model.Run{Text: "a", Style: bold}, model.Run{Text: "b", Style: italic},
			model.Run{Text: " c "}, model.Run{Text: "d", Style: italic},
		)}, "**a**b c *d*\n"},
		{"code spans in a row are joined", []model.Block{para(
			model.Run{Text: "a", Style: mono}, model.Run{Text: "b", Style: mono | bold}, model.Run{Text: "c", Style: mono},
		)}, "`abc`\n"},
		{"styled link", []model.Block{para(model.Run{Text: "Bold link", Link: link, Style: bold})},
			"[**Bold link**](https://x.example/)\n"},
		{"runs of one link share it", []model.Block{para(
			model.Run{Text: "a ", Link: link}, model.Run{Text: "b", Link: link, Style: italic}, model.Run{Text: " c"},
		)}, "[a *b*](https://x.example/) c\n"},
		{"space at link edges outside", []model.Block{para(
			model.Run{Text: "a"}, model.Run{Text: " link ", Link: link}, model.Run{Text: "b"},
		)}, "a [link](https://x.example/) b\n"},
		{"same-style runs merge", []model.Block{para(
			model.Run{Text: "go ", Style: mono}, model.Run{Text: "vet", Style: mono},
		)}, "`go vet`\n"},
		{"unsafe link is text", []model.Block{para(
			model.Run{Text: "click", Link: "javascript:alert(1)"}, model.Run{Text: " "},
			model.Run{Text: "here", Link: "/relative"},
		)}, "click here\n"},
		{"whitespace-only link dropped", []model.Block{para(
			model.Run{Text: "a"}, model.Run{Text: " ", Link: link}, model.Run{Text: "b"},
		)}, "a b\n"},
		{"link destination escapes", []model.Block{para(model.Run{Text: "x", Link: "https://x.example/?a=1&amp;b=<2>\\"})},
			"[x](https://x.example/?a=1\\&amp;b=%3C2%3E\\\\)\n"},
		{"mailto link", []model.Block{para(model.Run{Text: "mail", Link: "mailto:a@b.example"})},
			"[mail](mailto:a@b.example)\n"},
		{"code span with backticks", []model.Block{para(
			model.Run{Text: "a`b", Style: mono}, model.Run{Text: " "}, model.Run{Text: "`x`", Style: mono},
		)}, "``a`b`` `` `x` ``\n"},
		{"inline escapes", []model.Block{textBlock(model.Paragraph,
			"*stars* and _under_ and snake_case and [x] and a|b and `tick` and ~ and \\ back")},
			"\\*stars\\* and \\_under\\_ and snake_case and \\[x\\] and a\\|b and \\`tick\\` and \\~ and \\\\ back\n"},
		{"html and entities", []model.Block{textBlock(model.Paragraph,
			"<script>alert(1)</script> a < b &amp; c & d &#38; &x")},
			"\\<script>alert(1)\\</script> a < b \\&amp; c & d \\&#38; &x\n"},
		{"normal text unchanged", []model.Block{textBlock(model.Paragraph,
			"It costs $5 (or 5 €), says O'Neil: 3 + 4 = 7, 1.5 million, 50% off! #1 hit; a - b.")},
			"It costs $5 (or 5 €), says O'Neil: 3 + 4 = 7, 1.5 million, 50% off! #1 hit; a - b.\n"},
		{"hard line break", []model.Block{textBlock(model.Paragraph, "line one \n line two")},
			"line one\\\nline two\n"},
		{"hard line break after a backslash", []model.Block{textBlock(model.Paragraph, "one\\\ntwo")},
			"one\\\\  \ntwo\n"},
		{"block start escapes", []model.Block{
			textBlock(model.Paragraph, "# not a heading"),
			textBlock(model.Paragraph, "#hashtag"),
			textBlock(model.Paragraph, "> not a quote"),
			textBlock(model.Paragraph, "- not a list"),
			textBlock(model.Paragraph, "+ not a list"),
			textBlock(model.Paragraph, "1. not a list"),
			textBlock(model.Paragraph, "2024) not a list"),
			textBlock(model.Paragraph, "a\n==="),
			textBlock(model.Paragraph, "---"),
			textBlock(model.Paragraph, "-- a quote"),
		}, "\\# not a heading\n\n#hashtag\n\n\\> not a quote\n\n\\- not a list\n\n\\+ not a list\n\n" +
			"1\\. not a list\n\n2024\\) not a list\n\na\\\n\\===\n\n\\---\n\n-- a quote\n"},
		{"heading levels", []model.Block{
			{Type: model.Heading, Level: 1, Text: "One"},
			{Type: model.Heading, Text: "None"},
			{Type: model.Heading, Level: 3, Text: "Three"},
			{Type: model.Heading, Level: 9, Text: "Nine"},
		}, "## One\n\n## None\n\n### Three\n\n###### Nine\n"},
		{"heading on one line, closing # escaped", []model.Block{
			{Type: model.Heading, Level: 2, Text: "Learn\nC#"},
		}, "## Learn C\\#\n"},
		{"bullet list", []model.Block{{Type: model.List, Items: []string{"a", "", "- b"}}},
			"- a\n- \\- b\n"},
		{"ordered list with runs", []model.Block{{Type: model.List, Ordered: true, ItemRuns: [][]model.Run{
			{{Text: "first", Link: link}},
			{{Text: "second\nline"}},
		}}}, "1. [first](https://x.example/)\n2. second\\\n   line\n"},
		{"item runs fall back to items", []model.Block{{Type: model.List,
			Items: []string{"plain", "kept"}, ItemRuns: [][]model.Run{{{Text: "rich", Style: bold}}, nil}}},
			"- **rich**\n- kept\n"},
		{"lists in a row do not merge", []model.Block{
			{Type: model.List, Items: []string{"a"}},
			{Type: model.List, Items: []string{"b"}},
			{Type: model.List, Items: []string{"c"}},
			{Type: model.List, Ordered: true, Items: []string{"d"}},
			{Type: model.List, Ordered: true, Items: []string{"e"}},
		}, "- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n"},
		{"empty list left out", []model.Block{{Type: model.List, Items: []string{" "}}}, ""},
		{"quote", []model.Block{textBlock(model.Quote, "a\nb")}, "> a\\\n> b\n"},
		{"table", []model.Block{{Type: model.Table, Rows: [][]string{{"A", "B|C"}, {"x\ny"}, {"1", "2", "*3*"}}}},
			"| A | B\\|C |  |\n| --- | --- | --- |\n| x y |  |  |\n| 1 | 2 | \\*3\\* |\n"},
		{"table without rows keeps its text", []model.Block{textBlock(model.Table, "cells")}, "cells\n"},
		{"preformatted", []model.Block{textBlock(model.Preformatted, "  x := `a`\n# y\n")},
			"```\n  x := `a`\n# y\n```\n"},
		{"preformatted fence outgrows backticks", []model.Block{textBlock(model.Preformatted, "a\n```\nb ````` c")},
			"``````\na\n```\nb ````` c\n``````\n"},
		{"unknown type kept as paragraph", []model.Block{textBlock("aside", "Kept.")}, "Kept.\n"},
		{"empty blocks left out", []model.Block{
			textBlock(model.Paragraph, ""), textBlock(model.Heading, " "), textBlock(model.Preformatted, "\n"),
			textBlock(model.Paragraph, "x"),
		}, "x\n"},
		{"invalid UTF-8 replaced", []model.Block{textBlock(model.Paragraph, "a\xffb")}, "a\uFFFDb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, &model.Article{Body: tt.blocks}, Markdown)
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s\n(%q)", got, tt.want, got)
			}
		})
	}
}

func TestMarkdownHeader(t *testing.T) {
	want := `*Bundestag*

# Haushalt beschlossen

Nach langer Debatte steht der Etat.

- Mehr Geld für Bildung
- Schuldenbremse bleibt

*Julian Hans, Anna Beck · dpa · Berlin · 2024-05-01T10:00:00+02:00*

![Der Plenarsaal](https://img.example/lead.jpg)

*Der Plenarsaal (AFP)*

`
	got := render(t, sampleArticle(), Markdown)
	if !strings.HasPrefix(got, want) {
		t.Errorf("got:\n%s\nwant it to start with:\n%s", got, want)
	}
}

func TestMarkdownHeaderParts(t *testing.T) {
	tests := []struct {
		name string
		a    *model.Article
		want string
	}{
		{"headline escaped", &model.Article{Headline: "*Breaking* [live]"}, "# \\*Breaking\\* \\[live\\]\n"},
		{"credit only", &model.Article{Image: model.Image{URL: "https://i.example/a.jpg", Credit: "dpa"}},
			"![](https://i.example/a.jpg)\n\n*(dpa)*\n"},
		{"caption kept without a safe image", &model.Article{Image: model.Image{URL: "javascript:x", Caption: "Cap"}},
			"*Cap*\n"},
		{"byline without authors", &model.Article{Dateline: "Rom", Published: "2024-01-02"}, "*Rom · 2024-01-02*\n"},
		{"highlights then body list stay apart", &model.Article{
			Highlights: []string{"h"},
			Body:       []model.Block{{Type: model.List, Items: []string{"b"}}},
		}, "- h\n\n* b\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(t, tt.a, Markdown); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestLineStartEscape(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"", -1}, {"text", -1}, {"#", 0}, {"###### x", 0}, {"####### x", -1}, {"#x", -1},
		{">", 0}, {"-", 0}, {"- x", 0}, {"-x", -1}, {"+\tx", 0}, {"= =", 0}, {"=a", -1},
		{"1.", 1}, {"12) x", 2}, {"1.5", -1}, {"1234567890. x", -1}, {"[x](y)", -1}, {"**b**", -1},
	}
	for _, tt := range tests {
		if got := lineStartEscape([]byte(tt.line)); got != tt.want {
			t.Errorf("lineStartEscape(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

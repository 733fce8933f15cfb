package render

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// benchArticle returns a long article: 60 paragraphs with links and
// emphasis, headings, lists, a quote and a table, about 40 kB of text.
func benchArticle() *model.Article {
	a := sampleArticle()
	a.Body = nil
	var text strings.Builder
	for i := range 60 {
		p := model.Block{Type: model.Paragraph, Runs: []model.Run{
			{Text: fmt.Sprintf("Paragraph %d of the report says that the committee, after long talks, ", i)},
			{Text: "agreed", Style: model.Bold},
			{Text: " on a plan that "},
			{Text: "the ministry", Link: fmt.Sprintf("https://ministry.example/plan/%d?ref=a&b=c", i)},
			{Text: " had put forward in "},
			{Text: "March", Style: model.Italic},
			{Text: " — with costs of 5 * 3 [sic] billion and a _draft_ name of `plan_b`. "},
			{Text: "It remains to be seen whether the plan will hold through the summer, observers said."},
		}}
		for _, r := range p.Runs {
			text.WriteString(r.Text)
		}
		a.Body = append(a.Body, p)
		if i%10 == 9 {
			a.Body = append(a.Body,
				model.Block{Type: model.Heading, Level: 2, Text: fmt.Sprintf("Part %d", i/10+1)},
				model.Block{Type: model.List, Items: []string{"First point", "Second point", "Third point"}},
				model.Block{Type: model.Quote, Text: "We are pleased with the result."},
				model.Block{Type: model.Table, Rows: [][]string{{"Item", "Cost"}, {"A", "1"}, {"B", "2"}}},
			)
		}
	}
	a.Text = text.String()
	return a
}

func benchmarkFormat(b *testing.B, f Format) {
	a := benchArticle()
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, a, f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) { benchmarkFormat(b, Markdown) }
func BenchmarkHTML(b *testing.B)     { benchmarkFormat(b, HTML) }
func BenchmarkText(b *testing.B)     { benchmarkFormat(b, Text) }
func BenchmarkJSON(b *testing.B)     { benchmarkFormat(b, JSON) }

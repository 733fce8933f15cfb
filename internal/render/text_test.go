package render

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

func TestText(t *testing.T) {
	tests := []struct {
		name string
		a    *model.Article
		want string
	}{
		{
			name: "headline and text",
			a:    &model.Article{Headline: "Title", Text: "One.\n\nTwo\nThree"},
			want: "Title\n\nOne.\n\nTwo\nThree\n",
		},
		{
			name: "text is written exactly, trailing newline kept single",
			a:    &model.Article{Headline: "Title", Text: "  spaced   text \n"},
			want: "Title\n\n  spaced   text \n",
		},
		{
			name: "headline on one line",
			a:    &model.Article{Headline: " Multi\nline  title ", Text: "Body."},
			want: "Multi line title\n\nBody.\n",
		},
		{
			name: "no headline",
			a:    &model.Article{Text: "Body."},
			want: "Body.\n",
		},
		{
			name: "no text",
			a:    &model.Article{Headline: "Title"},
			want: "Title\n",
		},
		{
			name: "empty",
			a:    &model.Article{},
			want: "",
		},
		{
			name: "invalid UTF-8 replaced",
			a:    &model.Article{Text: "a\xffb"},
			want: "a\uFFFDb\n",
		},
		{
			name: "text built from blocks when Text is empty",
			a: &model.Article{Headline: "T", Body: []model.Block{
				{Type: model.Paragraph, Runs: []model.Run{{Text: "Run "}, {Text: "text", Style: model.Bold}}},
				{Type: model.List, Items: []string{"a", "b"}},
				{Type: model.Paragraph, Text: "   "},
				{Type: model.Table, Rows: [][]string{{"h1", "h2"}, {"c1"}}},
				{Type: model.Heading, Text: "Sub"},
			}},
			want: "T\n\nRun text\n\na\nb\n\nh1\th2\nc1\n\nSub\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(t, tt.a, Text); got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTextEqualsScoredBody checks the promise of the Text format: after
// the headline and blank line comes Article.Text, byte for byte.
func TestTextEqualsScoredBody(t *testing.T) {
	a := sampleArticle()
	want := a.Headline + "\n\n" + a.Text + "\n"
	if got := render(t, a, Text); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

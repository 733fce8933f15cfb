package render_test

import (
	"os"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/render"
)

func ExampleWrite() {
	a := &model.Article{
		Headline: "Rain expected",
		Body: []model.Block{
			{Type: model.Paragraph, Text: "Bring an umbrella.", Runs: []model.Run{
				{Text: "Bring an "},
				{Text: "umbrella", Link: "https://weather.example/", Style: model.Bold},
				{Text: "."},
			}},
			{Type: model.List, Items: []string{"Monday", "Tuesday"}},
		},
		Text: "Bring an umbrella.\n\nMonday\nTuesday",
	}
	render.Write(os.Stdout, a, render.Markdown)
	render.Write(os.Stdout, a, render.Text)
	// Output:
	// # Rain expected
	//
	// Bring an [**umbrella**](https://weather.example/).
	//
	// - Monday
	// - Tuesday
	// Rain expected
	//
	// Bring an umbrella.
	//
	// Monday
	// Tuesday
}

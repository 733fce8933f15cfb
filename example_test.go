package lede_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/lede-news/lede"
)

func ExampleExtract() {
	page := `<!DOCTYPE html>
<html lang="en">
<head><title>Library opens late on Fridays | Town News</title></head>
<body>
<nav><a href="/">Home</a> · <a href="/local">Local</a></nav>
<article>
  <h1>Library opens late on Fridays</h1>
  <p>From next month the town library will stay open until nine o'clock every Friday evening, the council said on Tuesday.</p>
  <p>The longer hours are a trial for the summer. If enough readers come, the library will keep them for the rest of the year.</p>
</article>
<footer>© Town News · <a href="/privacy">Privacy</a></footer>
</body>
</html>`
	a, err := lede.Extract(context.Background(), strings.NewReader(page), lede.Options{URL: "https://town.example/news/library"})
	if err != nil {
		fmt.Println(lede.Code(err), err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Language, a.WordCount)
	fmt.Println(a.Text)
	// Output:
	// Library opens late on Fridays
	// en 45
	// From next month the town library will stay open until nine o'clock every Friday evening, the council said on Tuesday.
	//
	// The longer hours are a trial for the summer. If enough readers come, the library will keep them for the rest of the year.
}

package boiler_test

import (
	"fmt"
	"os"

	"github.com/lede-news/lede/internal/boiler"
	"github.com/lede-news/lede/internal/model"
)

func page(url string, lines ...string) *model.Article {
	a := &model.Article{URL: url}
	for _, l := range lines {
		a.Body = append(a.Body, model.Block{Type: model.Paragraph, Text: l})
	}
	return a
}

// Learn from five pages of a site, then clean a sixth: the lines the site
// repeats go, "Lesen Sie auch" with a headline of its own too.
func ExampleModel_Apply() {
	stories := []string{
		"Der Hafen wird erneuert.", "Die Bahn streicht Züge.", "Das Museum öffnet wieder.",
		"Die Schule bekommt eine Turnhalle.", "Der Rat beschließt den Haushalt.",
	}
	l := boiler.NewLearner(boiler.Options{})
	for i, s := range stories {
		l.Add(page(fmt.Sprintf("https://www.example.de/%d.html", i),
			s, "Lesen Sie auch: "+stories[(i+1)%5], "Zur Startseite"))
	}
	m := l.Model()
	m.Save(os.Stdout)

	a := page("https://example.de/neu.html", "Die Fähre fährt wieder.", "Lesen Sie auch: Neue Brücke geplant", "Zur Startseite")
	fmt.Println(m.Apply(a), "lines removed:", a.Text)
	// Output:
	// {"format":"lede-boilerplate","version":1,"min_pages":5,"min_share":0.2,"max_keys_per_host":16384,"hosts":1}
	// {"host":"example.de","pages":5,"keys":[{"kind":"line","text":"zur startseite","pages":5},{"kind":"label","text":"lesen sie auch","pages":5},{"kind":"prefix","text":"lesen sie auch","pages":5}]}
	// 2 lines removed: Die Fähre fährt wieder.
}

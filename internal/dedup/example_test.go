package dedup_test

import (
	"fmt"
	"strings"

	"github.com/lede-news/lede/internal/dedup"
)

func ExampleIndex() {
	story := strings.Repeat("The council voted on Tuesday to close the old bridge to cars for the summer. ", 2) +
		"Cyclists and walkers may still cross it, and the ferry will run every half hour until the repairs are done in September."
	x := dedup.New(dedup.DefaultThreshold)
	for _, doc := range []struct{ source, text string }{
		{"a.html", story},
		{"b.html", strings.ToUpper(story)},                     // the same text in capitals
		{"c.html", "UPDATED: " + story + " Share this story."}, // another teaser and a share line
		{"d.html", "The ferry timetable for the summer has been published by the harbour office today."},
	} {
		v, err := x.Add(doc.source, dedup.Of(doc.text))
		if err != nil {
			panic(err)
		}
		if v.Kind == dedup.Unique {
			fmt.Printf("%s: kept\n", doc.source)
		} else {
			fmt.Printf("%s: %s duplicate of %s\n", doc.source, v.Kind, v.Of)
		}
	}
	// Output:
	// a.html: kept
	// b.html: exact duplicate of a.html
	// c.html: near duplicate of a.html
	// d.html: kept
}

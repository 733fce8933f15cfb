package discover_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/discover"
)

func ExampleParse() {
	feed := `<rss version="2.0"><channel>
<item><link>/2026/11/24/bridge.html</link><pubDate>Tue, 24 Nov 2026 08:00:00 +0100</pubDate></item>
</channel></rss>`
	res, err := discover.Parse([]byte(feed), "https://news.example/feed.xml", discover.Options{})
	if err != nil {
		panic(err)
	}
	for _, l := range res.Links {
		fmt.Println(res.Kind, l.URL, l.Published.UTC().Format("2006-01-02 15:04"))
	}
	// Output: feed https://news.example/2026/11/24/bridge.html 2026-11-24 07:00
}

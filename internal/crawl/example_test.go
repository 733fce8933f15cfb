package crawl_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/crawl"
)

func ExampleNormalize() {
	u, _ := crawl.Normalize("HTTPS://WWW.Example.COM:443/news/story?id=7#comments")
	fmt.Println(u, crawl.Site(u))
	// Output: https://www.example.com/news/story?id=7 example.com
}

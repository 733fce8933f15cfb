package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/fetch"
)

func ExampleClient_Fetch() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<title>Hello</title><p>A page.</p>")
	}))
	defer srv.Close()

	// A default client refuses the loopback test server.
	_, err := fetch.New(fetch.Options{}).Fetch(context.Background(), srv.URL)
	fmt.Println(fetch.Code(err))

	// AllowPrivate is for tests and intranets.
	c := fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true})
	resp, err := c.Fetch(context.Background(), srv.URL)
	if err != nil {
		fmt.Println(fetch.Code(err))
		return
	}
	opts := resp.Options(lede.Options{})
	fmt.Println(resp.Status, opts.ContentType, len(resp.Body))
	// Output:
	// forbidden_target
	// 200 text/html; charset=utf-8 34
}

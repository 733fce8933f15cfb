package lede_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// A section front: teaser cards, each a linked headline and a summary.
// It is not an article, and lede must not return it as one.
func TestListPageIsNoArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Politics - Example Times</title></head><body><main>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<div class="card"><h2><a href="/politics/story-%d">Story number %d about the council</a></h2>
<p>The council met again on Tuesday to discuss the budget for the coming year, and story %d tells what was decided.</p></div>`, i, i, i)
	}
	b.WriteString(`</main></body></html>`)
	a, err := lede.ExtractBytes(context.Background(), []byte(b.String()), lede.Options{})
	if !errors.Is(err, lede.ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}
	if a == nil || len(a.Body) != 0 || a.Text != "" {
		t.Fatalf("list page gave a body: %+v", a)
	}
}

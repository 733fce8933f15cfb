package lede_test

import (
	"context"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// A page that shows its article only to readers without JavaScript.
func TestNoscriptFallback(t *testing.T) {
	para := "<p>The council voted on Tuesday to extend the night bus network to the outer districts, a plan residents had asked for since the spring.</p>"
	page := `<html><head><title>Night buses</title></head><body><div id="app"></div><noscript>` +
		strings.Repeat(para, 3) + `</noscript><script>render()</script></body></html>`
	a, err := lede.ExtractBytes(context.Background(), []byte(page), lede.Options{})
	if err != nil {
		t.Fatalf("ExtractBytes: %v", err)
	}
	if !strings.Contains(a.Text, "night bus network") || len(a.Body) != 3 {
		t.Fatalf("body %d blocks, text %q", len(a.Body), a.Text)
	}
}

package content

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// Regression cases for bugs found while writing the behavioural tests.

func TestQuoteParagraphsAreSeparatedByABlankLine(t *testing.T) {
	page := newsPage(paras(3) + `<blockquote><p>We listened to the residents.</p><p>Now the buses will come.</p></blockquote>` + paras(2))
	for _, b := range extractBlocks(t, page, Options{}) {
		if b.Type == model.Quote {
			if want := "We listened to the residents.\n\nNow the buses will come."; b.Text != want {
				t.Fatalf("quote text %q, want %q", b.Text, want)
			}
			return
		}
	}
	t.Fatal("no quote block")
}

func TestUpperCaseHidingStyle(t *testing.T) {
	page := newsPage(paras(3) + `<div style="DISPLAY:NONE"><p>Secret prose that the page hides from every reader of the article.</p></div>`)
	if got := joinedText(extractBlocks(t, page, Options{})); strings.Contains(got, "Secret prose") {
		t.Fatalf("hidden text extracted: %q", got)
	}
}

func TestMaxDepthCountsFromTheRoot(t *testing.T) {
	deep := strings.Repeat("<div>", 10) + "<p>deep prose that lies far below the limit of the tree depth here.</p>" + strings.Repeat("</div>", 10)
	page := "<html><body>" + strings.Repeat("<div>", 5) + paras(3) + deep + strings.Repeat("</div>", 5) + "</body></html>"
	got := joinedText(extractBlocks(t, page, Options{MaxDepth: 12}))
	if strings.Contains(got, "deep prose") {
		t.Fatalf("text below MaxDepth extracted: %q", got)
	}
	if !strings.Contains(got, prose[0][:20]) {
		t.Fatalf("prose above MaxDepth lost: %q", got)
	}
}

func TestPreformattedTextIsValidUTF8(t *testing.T) {
	page := newsPage(paras(3) + "<pre>bad \xff byte</pre>")
	for _, b := range extractBlocks(t, page, Options{}) {
		if b.Type == model.Preformatted && b.Text != "bad \uFFFD byte" {
			t.Fatalf("pre text %q", b.Text)
		}
	}
}

func TestLinksWithoutHostAreDropped(t *testing.T) {
	b := builder{}
	for _, href := range []string{"http:foo", "http://", "https:///path"} {
		if got := b.resolve(href); got != "" {
			t.Errorf("resolve(%q) = %q, want \"\"", href, got)
		}
	}
}

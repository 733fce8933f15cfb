package content

import (
	"fmt"
	"strings"
	"testing"
)

func TestClosingSectionsAreCut(t *testing.T) {
	tests := []struct {
		name, tail, gone string
	}{
		{"about the author", `<h3>Über den Autor</h3><p>Max Muster schreibt seit 2010 über Verkehr und Stadtplanung für diese Zeitung.</p>`, "Max Muster"},
		{"more stories", `<h2>Das könnte Sie auch interessieren</h2><p>Ein anderer Text über ein anderes Thema, der hier nicht hingehört.</p>`, "anderer Text"},
		{"comments", `<h2>Comments</h2><p>Great article, thank you so much for writing about our bus network!</p>`, "Great article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := joinedText(extractBlocks(t, newsPage(paras(5)+tt.tail), Options{}))
			if strings.Contains(got, tt.gone) {
				t.Fatalf("closing section kept: %q", got)
			}
			if !strings.Contains(got, prose[4][:30]) {
				t.Fatalf("article text lost: %q", got)
			}
		})
	}
}

// A chrome heading in the middle of a long article does not cut the rest.
func TestChromeHeadingMidArticleKeepsTheRest(t *testing.T) {
	page := newsPage(paras(2) + `<h2>Comments from the council</h2>` + paras(6))
	got := joinedText(extractBlocks(t, page, Options{}))
	if !strings.Contains(got, prose[5][:30]) {
		t.Fatalf("article cut at a mid-article heading: %q", got)
	}
}

func TestCaptionsCreditsAndGatesAreDropped(t *testing.T) {
	for _, line := range []string{
		"Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
		"(Credit: Clayton Aldern / Grist)",
		"Sie sind aktuell nicht eingeloggt.",
		"Immediate online access to all issues from 2019. Subscription will auto renew annually.",
	} {
		page := newsPage(paras(2) + "<p>" + line + "</p>" + paras(2))
		if got := joinedText(extractBlocks(t, page, Options{})); strings.Contains(got, line[:15]) {
			t.Errorf("kept %q", line)
		}
	}
}

func TestListingPage(t *testing.T) {
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, `<div><h2><a href="/story/%d">Story %d about the council budget</a></h2><p>%s</p></div>`, i, i, prose[i%len(prose)])
	}
	res := Extract(parseHTML(t, "<html><body><main>"+b.String()+"</main></body></html>"), Options{})
	if !res.Listing || len(res.Blocks) != 0 {
		t.Fatalf("listing = %v, %d blocks", res.Listing, len(res.Blocks))
	}
	// The same cards after the article's own prose are related stories.
	res = Extract(parseHTML(t, "<html><body><main>"+paras(6)+b.String()+"</main></body></html>"), Options{})
	if res.Listing {
		t.Fatal("article with related cards taken for a listing")
	}
}

func TestKeyPointsBeforeTheBodyAreHighlights(t *testing.T) {
	bullets := `<ul><li>The council approved four new night bus routes on Tuesday.</li><li>The first buses will run before the end of the summer.</li></ul>`
	res := Extract(parseHTML(t, newsPage(bullets+paras(4))), Options{})
	if len(res.Highlights) != 2 || !strings.HasPrefix(res.Highlights[0], "The council approved") {
		t.Fatalf("highlights %q", res.Highlights)
	}
	if strings.Contains(joinedText(res.Blocks), "night bus routes") {
		t.Fatal("highlights repeated in the body")
	}
	// The same list after the first paragraph is part of the article.
	res = Extract(parseHTML(t, newsPage(paras(1)+bullets+paras(3))), Options{})
	if len(res.Highlights) != 0 || !strings.Contains(joinedText(res.Blocks), "night bus routes") {
		t.Fatalf("mid-article list taken out: %q", res.Highlights)
	}
}

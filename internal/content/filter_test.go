package content

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestHeadlineNotRepeated checks that the page's headline, when the
// container repeats it as a heading, is not a body block, and that other
// headings stay.
func TestHeadlineNotRepeated(t *testing.T) {
	tests := []struct {
		name, heading, headline string
		dropped                 bool
	}{
		{"same text", "<h1>Bus network grows</h1>", "Bus network grows", true},
		{"case and spaces differ", "<h1>  Bus  NETWORK\ngrows </h1>", "Bus network grows", true},
		{"heading with markup", "<h1><span>Bus</span> network <em>grows</em></h1>", "Bus network grows", true},
		{"as h2", "<h2>Bus network grows</h2>", "Bus network grows", true},
		{"other headline", "<h1>Bus network grows</h1>", "Council votes on buses", false},
		{"no headline given", "<h1>Bus network grows</h1>", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage("<article>" + tt.heading + paras(4) + "</article>")
			blocks := extractBlocks(t, page, Options{Headline: tt.headline})
			checkParagraphs(t, blocks, prose[:4])
			found := false
			for _, b := range blocks {
				if b.Type == model.Heading && normalizeForCompare(b.Text) == "bus network grows" {
					found = true
				}
			}
			if found == tt.dropped {
				t.Errorf("heading kept = %v, want %v:\n%s", found, !tt.dropped, dump(blocks))
			}
		})
	}
}

// TestHeadlineSubheadingKept checks that a subheading is not taken for the
// headline.
func TestHeadlineSubheadingKept(t *testing.T) {
	page := newsPage("<article><h1>Bus network grows</h1>" + paras(2) + "<h2>What critics say</h2>" + paras(4)[len(paras(2)):] + "</article>")
	blocks := extractBlocks(t, page, Options{Headline: "Bus network grows"})
	var headings []string
	for _, b := range blocks {
		if b.Type == model.Heading {
			headings = append(headings, b.Text)
		}
	}
	if len(headings) != 1 || headings[0] != "What critics say" {
		t.Errorf("headings %q, want only the subheading:\n%s", headings, dump(blocks))
	}
}

// TestTrailingChromeDropped checks that the lines after the last paragraph
// that belong to the page rather than the article are dropped.
func TestTrailingChromeDropped(t *testing.T) {
	tests := []struct{ name, tail string }{
		{"share this", "<p>Share this article</p>"},
		{"read more link", `<p><a href="/more">Read more</a></p>`},
		{"read more text", "<p>Read more about the city council</p>"},
		{"heading with nothing after it", "<h2>More from the city</h2>"},
		{"headings and a label", "<h3>Related</h3><p>Tags</p><h3>Comments</h3>"},
		{"follow us", "<p>Follow us on social media</p>"},
		{"copyright", "<p>© 2024 Example Times. All rights reserved.</p>"},
		{"a question prompt", "<p>Was this article helpful?</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage("<article>" + paras(4) + tt.tail + "</article>")
			blocks := extractBlocks(t, page, Options{})
			checkParagraphs(t, blocks, prose[:4])
			if last := blocks[len(blocks)-1]; last.Text != prose[3] {
				t.Errorf("last block is %q, want the last paragraph:\n%s", last.Text, dump(blocks))
			}
		})
	}
}

// TestShortLastParagraphKept checks that a short closing sentence of the
// article is not taken for trailing chrome.
func TestShortLastParagraphKept(t *testing.T) {
	page := newsPage("<article>" + paras(4) + "<p>The vote was 31 to 12.</p></article>")
	blocks := extractBlocks(t, page, Options{})
	if last := blocks[len(blocks)-1]; last.Text != "The vote was 31 to 12." {
		t.Errorf("closing sentence dropped:\n%s", dump(blocks))
	}
}

// TestLeadingDateDropped checks that date stamps and similar short labels
// before the first paragraph are dropped, and the paragraphs kept.
func TestLeadingDateDropped(t *testing.T) {
	tests := []struct{ name, head string }{
		{"dotted date", "<p>23.10.2018</p>"},
		{"ISO date and time", "<p>2018-10-23 10:27</p>"},
		{"updated with time", "<p>Updated: 23.10.2018, 10:27</p>"},
		{"slashed date", "<div>10/23/18</div>"},
		{"reading time", "<p>4 min read</p>"},
		{"section label", "<p>Local news</p>"},
		{"date and label", "<p>Politics</p><p>23.10.2018 | 10:27</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage("<article><h1>Bus network grows</h1>" + tt.head + paras(4) + "</article>")
			blocks := extractBlocks(t, page, Options{Headline: "Bus network grows"})
			checkParagraphs(t, blocks, prose[:4])
			if blocks[0].Text != prose[0] {
				t.Errorf("first block is %q, want the first paragraph:\n%s", blocks[0].Text, dump(blocks))
			}
		})
	}
}

// TestLeadingSentenceKept checks that a short sentence and a subheading
// before the first long paragraph are kept: they are the article's own.
func TestLeadingSentenceKept(t *testing.T) {
	page := newsPage("<article><h2>The plan</h2><p>It passed.</p>" + paras(4) + "</article>")
	blocks := extractBlocks(t, page, Options{})
	if len(blocks) < 2 || blocks[0].Text != "The plan" || blocks[1].Text != "It passed." {
		t.Errorf("leading heading or sentence dropped:\n%s", dump(blocks))
	}
}

// TestChromeInsideArticle checks that chrome lines between paragraphs are
// dropped while the prose around them stays.
func TestChromeInsideArticle(t *testing.T) {
	tests := []struct{ name, mid, gone string }{
		{"advertisement label", "<p>Advertisement</p>", "Advertisement"},
		{"read also link", `<p><strong>Read also:</strong> <a href="/x">Council approves new cycle lanes</a></p>`, "Read also"},
		{"link list", linkList("Related story", 5), "Related story"},
		{"newsletter box", `<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the news every morning.</p></div>`, "morning briefing"},
		{"BEM newsletter inside body", `<div class="article-body__newsletter"><p>Subscribe to our daily newsletter, it is free and you can cancel at any time.</p></div>`, "Subscribe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage(`<article class="article-body">` + paras(2) + tt.mid + paras(4)[len(paras(2)):] + "</article>")
			blocks := extractBlocks(t, page, Options{})
			checkParagraphs(t, blocks, prose[:4])
			if strings.Contains(joinedText(blocks), tt.gone) {
				t.Errorf("%q came out:\n%s", tt.gone, dump(blocks))
			}
		})
	}
}

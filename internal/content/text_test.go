package content

import (
	"testing"

	"golang.org/x/net/html"
)

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"   \n\t ", 0},
		{"one", 1},
		{"one two  three", 3},
		{" leading and trailing ", 3},
		{"don't stop-gap e-mail", 3},
		{"Hello, world!", 2},
		{"a - b", 2},            // a dash alone is no word
		{"— … · | / ...", 0},    // punctuation only
		{"“quoted” (aside)", 2}, // punctuation attached to letters
		{"2024 10:27 3,5", 3},   // numbers are words
		{"non\u00a0breaking\u2009thin\u202fnarrow\u3000ideographic", 5},
		{"tab\tnew\nline\rcr", 4},
		{"Straße Øre naïve", 3},
		{"日本語", 3},           // one word per Han character
		{"ひらがなカタカナ", 8},      // kana too
		{"東京で会議。", 5},        // the full stop is no word
		{"東京 Tokyo 2024", 4}, // mixed scripts
		{"abc日本", 3},         // letters run into Han: the run and each Han
		{"한국어 문장", 2},        // Hangul is written with spaces
		{"\xff\xfe", 0},      // invalid UTF-8 is no letter
		{"a\xffb", 1},        // invalid bytes inside a word
		{"\u00ad", 0},        // a soft hyphen alone
		{"emoji 🙂 here", 2},  // a symbol alone is no word
		{"Ⅻ ½", 0},           // number forms are not letters or decimal digits
		{"٣ ١٢", 2},          // Arabic-Indic digits
		{"Привет, мир", 2},   // Cyrillic
		{"x", 1},
	}
	for _, tt := range tests {
		if got := countWords(tt.in); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct {
		in           string
		keepNewlines bool
		want         string
	}{
		{"", false, ""},
		{"   ", false, ""},
		{"a", false, "a"},
		{"  a  b  ", false, "a b"},
		{"a\t\n b", false, "a b"},
		{"a\u00a0\u00a0b\u3000c", false, "a b c"},
		{"a \n b", true, "a\nb"},
		{"a \n\n\n b", true, "a\nb"},
		{"a  b\nc", true, "a b\nc"},
		{"\n\na\n\n", true, "a"},
		{"a\r\nb", true, "a\nb"},
		{"a\rb", true, "a b"},
		{"ä  ö", false, "ä ö"},
	}
	for _, tt := range tests {
		if got := collapseSpace(tt.in, tt.keepNewlines); got != tt.want {
			t.Errorf("collapseSpace(%q, %v) = %q, want %q", tt.in, tt.keepNewlines, got, tt.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"A sentence.", true},
		{"A question?", true},
		{"An exclamation!", true},
		{"Introducing a list:", true},
		{"Trailing off…", true},
		{"Trailing off...", true},
		{"He said: “We will.”", true},
		{"He said: \"We will.\"  ", true},
		{"(As noted.)", true},
		{"Sie sagte: »Ja.«", true},
		{"東京で会議。", true},
		{"本当？", true},
		{"No punctuation", false},
		{"Ends with a comma,", false},
		{"Ends with a semicolon;", false},
		{"Share this", false},
		{"“Quoted title”", false},
		{"Price 3.5", false},
		{".", true},
		{"   ", false},
	}
	for _, tt := range tests {
		if got := endsSentence(tt.in); got != tt.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHasDatePattern(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"23.10.2018", true},
		{"2018-10-23", true},
		{"10/23/18", true},
		{"1.2.2020", true},
		{"10:27", true},
		{"Updated 9:05 am", true},
		{"Aktualisiert: 11.04.2020, 10:27", true},
		{"Published 2018-10-23T10:27:00Z", true},
		{"", false},
		{"2018", false},
		{"Section 12", false},
		{"3.5 million", false},   // a decimal number, one separator
		{"1,234,567", false},     // thousands separators
		{"Route 12-14", false},   // a range
		{"10:5", false},          // minutes need two digits
		{"123:45", false},        // hours need at most two digits
		{"v1.2", false},          // a version
		{"12345.10.2018", false}, // too many leading digits
		{"10.23.", false},        // no digits after the second separator
		{"23.10-2018", false},    // separators differ
		{"Chapter 3: the vote", false},
		{"Call 0800-123-4567", true}, // a phone number looks like a date: accepted
		{"ends with digit 1", false},
		{"9", false},
		{"1:", false},
		{":30", false},
	}
	for _, tt := range tests {
		if got := hasDatePattern(tt.in); got != tt.want {
			t.Errorf("hasDatePattern(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTokenHint(t *testing.T) {
	tests := []struct {
		in   string
		want classHint
	}{
		{"", noHint},
		{"container", noHint},
		{"row col-md-8", noHint},
		{"article-body", contentHint},
		{"articleBody", contentHint},
		{"article_body", contentHint},
		{"ArticleBody", contentHint},
		{"js-article-body", contentHint},
		{"article-body__text", noHint},           // BEM: the element after "__" names it
		{"article-body__newsletter", chromeHint}, // a newsletter box inside the body
		{"article-body__comments", strongChrome},
		{"page__article-body", contentHint},
		{"story-body", contentHint},
		{"entry-content", contentHint},
		{"post-content", contentHint},
		{"main-content", contentHint},
		{"nav", chromeHint},
		{"site-nav", chromeHint},
		{"NavBar", chromeHint},
		{"share-bar", chromeHint},
		{"cookie-banner", chromeHint},
		{"sidebar right", chromeHint},
		{"related-articles", chromeHint},
		{"comments", strongChrome},
		{"comment-list", strongChrome},
		{"disqus_thread", strongChrome},
		{"OUTBRAIN", strongChrome},
		{"sidebar comments", strongChrome}, // the strongest word wins
		{"comments article-body", contentHint},
		{"header navigation", chromeHint},
		{"shadow", noHint},   // "ad" only as a whole token
		{"download", noHint}, // "ad" inside a word
		{"header-nav-menu", chromeHint},
		{"navigate", noHint},      // "nav" only as a whole token
		{"commentary", noHint},    // "comment" only as a whole token
		{"most-read", chromeHint}, // the pair of tokens, joined
		{"tag_cloud", chromeHint},
		{"ad", chromeHint},
		{"ad-slot", chromeHint},
		{"ads_300x250", chromeHint},
		{"x  y\tz\nsidebar", chromeHint}, // any white space separates names
		{"é-nav", chromeHint},            // non-ASCII bytes are token bytes
		{"verylongclassnamethatgoesonandonandonforeverandeverwithnoendinsight nav", chromeHint},
	}
	for _, tt := range tests {
		if got := tokenHint(tt.in); got != tt.want {
			t.Errorf("tokenHint(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestHintOf(t *testing.T) {
	tests := []struct {
		tag  string
		attr []html.Attribute
		want classHint
	}{
		{"div", nil, noHint},
		{"div", []html.Attribute{{Key: "itemprop", Val: "articleBody"}}, contentHint},
		{"div", []html.Attribute{{Key: "itemprop", Val: "ARTICLEBODY"}}, contentHint},
		{"div", []html.Attribute{{Key: "class", Val: "sidebar"}, {Key: "itemprop", Val: "articleBody"}}, contentHint},
		{"div", []html.Attribute{{Key: "role", Val: "navigation"}}, strongChrome},
		{"div", []html.Attribute{{Key: "role", Val: "complementary"}}, chromeHint},
		{"div", []html.Attribute{{Key: "role", Val: "main"}}, contentHint},
		{"div", []html.Attribute{{Key: "id", Val: "comments"}}, strongChrome},
		{"div", []html.Attribute{{Key: "class", Val: "share"}}, chromeHint},
		{"section", []html.Attribute{{Key: "class", Val: "related"}}, chromeHint},
		// Structural elements carry tag and category classes; they are
		// never chrome by class.
		{"article", []html.Attribute{{Key: "class", Val: "post tag-sidebar category-ads"}}, noHint},
		{"body", []html.Attribute{{Key: "class", Val: "page-with-sidebar nav-open"}}, noHint},
		{"main", []html.Attribute{{Key: "id", Val: "comments"}}, noHint},
		{"html", []html.Attribute{{Key: "class", Val: "cookie-consent"}}, noHint},
	}
	for _, tt := range tests {
		n := parseFragmentElement(t, tt.tag, tt.attr)
		if got := hintOf(n); got != tt.want {
			t.Errorf("hintOf(<%s %v>) = %d, want %d", tt.tag, tt.attr, got, tt.want)
		}
	}
}

// parseFragmentElement returns an element node with the tag's atom set, as
// the parser would make it.
func parseFragmentElement(t *testing.T, tag string, attrs []html.Attribute) *html.Node {
	t.Helper()
	doc := parseHTML(t, "<"+tag+"></"+tag+">")
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found == nil && n.Type == html.ElementNode && n.Data == tag {
			found = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		t.Fatalf("no <%s> in the parsed document", tag)
	}
	found.Attr = attrs
	return found
}

func TestIsHidden(t *testing.T) {
	tests := []struct {
		attr []html.Attribute
		want bool
	}{
		{nil, false},
		{[]html.Attribute{{Key: "hidden"}}, true},
		{[]html.Attribute{{Key: "hidden", Val: "until-found"}}, true},
		{[]html.Attribute{{Key: "aria-hidden", Val: "true"}}, true},
		{[]html.Attribute{{Key: "aria-hidden", Val: "false"}}, false},
		{[]html.Attribute{{Key: "style", Val: "display:none"}}, true},
		{[]html.Attribute{{Key: "style", Val: "color: red; display : none !important"}}, true},
		{[]html.Attribute{{Key: "style", Val: "visibility: hidden"}}, true},
		{[]html.Attribute{{Key: "style", Val: "overflow: hidden"}}, false},
		{[]html.Attribute{{Key: "style", Val: "border: none"}}, false},
		{[]html.Attribute{{Key: "style", Val: "display: block"}}, false},
		{[]html.Attribute{{Key: "class", Val: "hidden"}}, true},
		{[]html.Attribute{{Key: "class", Val: "foo  Hidden bar"}}, true},
		{[]html.Attribute{{Key: "class", Val: "sr-only"}}, true},
		{[]html.Attribute{{Key: "class", Val: "screen-reader-text"}}, true},
		{[]html.Attribute{{Key: "class", Val: "d-none"}}, true},
		{[]html.Attribute{{Key: "class", Val: "hidden-xs"}}, false}, // responsive: hidden on some screens only
		{[]html.Attribute{{Key: "class", Val: "d-none d-md-block"}}, true},
		{[]html.Attribute{{Key: "class", Val: "unhidden"}}, false},
		{[]html.Attribute{{Key: "id", Val: "hidden"}}, false},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: tt.attr}
		if got := isHidden(n); got != tt.want {
			t.Errorf("isHidden(%v) = %v, want %v", tt.attr, got, tt.want)
		}
	}
}

func TestCountPunct(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"no punctuation here", 0},
		{"One, two; three: four. Five? Six!", 6},
		{"東京で、会議。", 2},
		{"「かぎ括弧」", 0},
		{"\xe3\x80", 0}, // a cut-off sequence
	}
	for _, tt := range tests {
		if got := countPunct(tt.in); got != tt.want {
			t.Errorf("countPunct(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

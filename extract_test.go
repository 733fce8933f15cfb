package lede_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede"
)

// articleProblems checks the invariants every Article from Extract keeps,
// whatever the input: valid UTF-8 in every string, text equal to the
// blocks' texts joined by a blank line, a word count that matches a recount,
// list text equal to its items one per line, no block without text. It
// returns what is wrong, or nil.
func articleProblems(a *lede.Article) []string {
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	for name, s := range map[string]string{
		"url": a.URL, "canonical_url": a.CanonicalURL, "site_name": a.SiteName, "language": a.Language,
		"kicker": a.Kicker, "headline": a.Headline, "teaser": a.Teaser, "dateline": a.Dateline,
		"published": a.Published, "modified": a.Modified, "section": a.Section, "text": a.Text,
		"image.url": a.Image.URL, "image.caption": a.Image.Caption, "image.credit": a.Image.Credit,
	} {
		if !utf8.ValidString(s) {
			bad("%s is not valid UTF-8: %q", name, s)
		}
	}
	for name, list := range map[string][]string{"highlights": a.Highlights, "authors": a.Authors, "agencies": a.Agencies, "tags": a.Tags} {
		for _, s := range list {
			if !utf8.ValidString(s) {
				bad("%s holds invalid UTF-8: %q", name, s)
			}
		}
	}
	texts := make([]string, len(a.Body))
	for i, b := range a.Body {
		texts[i] = b.Text
		for _, p := range bodyBlockProblems(b) {
			bad("body[%d] (%s): %s", i, b.Type, p)
		}
	}
	if want := strings.Join(texts, "\n\n"); a.Text != want {
		bad("text is not the blocks' texts joined by a blank line:\n got %q\nwant %q", clip(a.Text), clip(want))
	}
	if n := recountWords(a.Text); a.WordCount != n {
		bad("word_count %d, recount %d", a.WordCount, n)
	}
	return probs
}

// bodyBlockProblems checks one body block.
func bodyBlockProblems(b lede.Block) []string {
	var probs []string
	strs := []string{b.Text}
	strs = append(strs, b.Items...)
	for _, row := range b.Rows {
		strs = append(strs, row...)
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			probs = append(probs, fmt.Sprintf("invalid UTF-8: %q", s))
		}
	}
	for _, r := range b.Runs {
		if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Link) {
			probs = append(probs, fmt.Sprintf("run with invalid UTF-8: %q → %q", r.Text, r.Link))
		}
	}
	if strings.TrimSpace(b.Text) == "" {
		probs = append(probs, "no text")
	}
	if b.Type == lede.List && len(b.Items) > 0 && b.Text != strings.Join(b.Items, "\n") {
		probs = append(probs, fmt.Sprintf("text %q is not the items one per line", clip(b.Text)))
	}
	if b.Type == lede.Table && strings.Count(b.Text, "\n")+1 < len(b.Rows) {
		probs = append(probs, fmt.Sprintf("text %q has fewer lines than the %d rows", clip(b.Text), len(b.Rows)))
	}
	return probs
}

// recountWords counts words as the package defines them: maximal runs of
// letters, decimal digits, combining marks and '_'. It is written apart from
// the package's own counter, to check it.
func recountWords(s string) int {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r != '_' && !unicode.In(r, unicode.L, unicode.Nd, unicode.M)
	})
	return len(fields)
}

func TestRecountWords(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"  \n\n ", 0},
		{"one", 1},
		{"Hello, world!", 2},
		{"don't stop-gap 3.5 km", 7},
		{"snake_case", 1},
		{"Grüße aus Köln", 3},
		{"naïve café", 2}, // precomposed
		{"cafe\u0301 au lait", 3},
		{"東京 2020", 2},
		{"E=mc²", 2}, // ² is a number but not a decimal digit
		{"हिन्दी भाषा", 2},
	}
	for _, tt := range tests {
		if got := recountWords(tt.s); got != tt.want {
			t.Errorf("recountWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestExtractDeepNesting feeds pages with 100,000 nested elements: the
// extraction must return (an article or a sentinel error, never an
// internal error) instead of crashing, overflowing the stack or hanging.
// The bound is generous on purpose: it catches a hang, not a slow run.
func TestExtractDeepNesting(t *testing.T) {
	const depth = 100_000
	article := "<h1>A headline for the nesting test</h1><p>" + strings.Repeat("Some words of the article body. ", 20) + "</p>"
	tests := []struct {
		name       string
		open, text string
	}{
		{"div", "<div>", ""},
		{"b", "<b>", ""},
		{"span", "<span>", ""},
		{"table", "<table><tr><td>", ""},
		{"list", "<ul><li>", ""},
		{"blockquote", "<blockquote>", ""},
		{"a", "<a href=x>", ""},
		{"div and span with text", "<div><span>", "w "},
		{"unclosed p", "<p>", "w "},
		{"svg", "<svg><g>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head><title>Nesting</title></head><body><article>" + article +
				strings.Repeat(tt.open+tt.text, depth) + "deepest</article></body></html>"
			type result struct {
				a   *lede.Article
				err error
			}
			done := make(chan result, 1)
			go func() {
				a, err := lede.ExtractBytes(context.Background(), []byte(page), lede.Options{})
				done <- result{a, err}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(30 * time.Second):
				t.Fatalf("no result after 30 s for %d nested %s", depth, tt.open)
			}
			if r.err != nil && !isSentinel(r.err) {
				t.Fatalf("error %v wraps no sentinel", r.err)
			}
			// x/net/html refuses more than 512 open elements: most variants
			// end in ErrTooLarge (never ErrNotHTML: the page is HTML); those
			// the parser closes itself (<p>, <a>) yield the article.
			if errors.Is(r.err, lede.ErrNotHTML) {
				t.Fatalf("deep HTML reported as not HTML: %v", r.err)
			}
			t.Logf("error %v", r.err)
			if r.a != nil {
				for _, p := range articleProblems(r.a) {
					t.Error(p)
				}
			}
		})
	}
}

// isSentinel reports whether err wraps one of the package's sentinel errors.
func isSentinel(err error) bool {
	for _, s := range []error{lede.ErrEmpty, lede.ErrTooLarge, lede.ErrNotHTML, lede.ErrNoArticle} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func TestExtractArticle(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens after repairs | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="/news/bridge-reopens"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge reopens after repairs</h1>
<p>The old river bridge reopened on Monday after eight months of repairs, the city said in a statement.</p>
<p>Engineers replaced the deck and strengthened the piers, which had been damaged by floods last spring.</p>
<ul><li>Cars may cross again from today.</li><li>Lorries must wait until June.</li></ul>
<p>"We are glad to have it back," said a <a href="/people/jones">local shop owner</a>.</p>
</article><footer>© Example News. All rights reserved.</footer></body></html>`
	a, err := lede.ExtractBytes(context.Background(), []byte(page), lede.Options{URL: "https://news.example/news/bridge-reopens?ref=home"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range articleProblems(a) {
		t.Error(p)
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range schemaProblems(data) {
		t.Error(p)
	}
	if a.Headline != "Bridge reopens after repairs" {
		t.Errorf("headline %q", a.Headline)
	}
	if a.Language != "en" {
		t.Errorf("language %q, want en", a.Language)
	}
	for _, want := range []string{"The old river bridge reopened", "Lorries must wait until June.", "local shop owner"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, unwanted := range []string{"All rights reserved", "Home", "Bridge reopens after repairs"} {
		if strings.Contains(a.Text, unwanted) {
			t.Errorf("text holds %q, which is not body text:\n%s", unwanted, a.Text)
		}
	}
}

// TestExtractNoArticle checks that a page with too little body text gets
// ErrNoArticle together with the metadata that was found.
func TestExtractNoArticle(t *testing.T) {
	page := `<html lang="de"><head><title>Seite nicht gefunden</title></head><body><p>Diese Seite gibt es nicht.</p></body></html>`
	a, err := lede.ExtractBytes(context.Background(), []byte(page), lede.Options{})
	if !errors.Is(err, lede.ErrNoArticle) || !strings.HasPrefix(err.Error(), "no_article: ") {
		t.Fatalf("error %v, want no_article", err)
	}
	if a == nil {
		t.Fatal("no Article with ErrNoArticle")
	}
	if a.Headline == "" {
		t.Error("headline lost with ErrNoArticle")
	}
	for _, p := range articleProblems(a) {
		t.Error(p)
	}
}

// TestExtractCanceled checks that a canceled context stops the extraction
// with the context's error, which is not a sentinel.
func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := lede.ExtractBytes(ctx, []byte("<p>"+strings.Repeat("word ", 100)+"</p>"), lede.Options{})
	if a != nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("ExtractBytes = %v, %v; want nil, context.Canceled", a, err)
	}
	if lede.Code(err) != "internal" {
		t.Errorf("Code(%v) = %q", err, lede.Code(err))
	}
}

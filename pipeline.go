package lede

import (
	"bytes"
	"context"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/charset"
	"github.com/lede-news/lede/internal/content"
	"github.com/lede-news/lede/internal/meta"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/skim"
)

// extract runs the pipeline: bytes → charset → DOM → clean → score → blocks
// → metadata → Article.
func extract(ctx context.Context, data []byte, opts Options) (*Article, error) {
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	if int64(len(data)) > opts.MaxBytes {
		return nil, stageError(ErrTooLarge, "input is over %d bytes", opts.MaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch kind, why := charset.Sniff(data); kind {
	case charset.KindEmpty:
		return nil, stageError(ErrEmpty, "%s", why)
	case charset.KindText:
		if opts.Input == InputAuto {
			return extractText(ctx, data, opts)
		}
		return nil, stageError(ErrNotHTML, "%s", why)
	case charset.KindBinary, charset.KindXML:
		return nil, stageError(ErrNotHTML, "%s", why)
	}
	text, _ := charset.Decode(data, opts.ContentType)
	doc, err := html.Parse(skim.NewReader(text, 0))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			// x/net/html refuses trees deeper than 512 open elements.
			return nil, stageError(ErrTooLarge, "elements nest deeper than the HTML parser's limit of 512 levels")
		}
		return nil, stageError(ErrNotHTML, "parse: %v", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m := meta.ExtractAt(doc, opts.URL, opts.RefDate)
	base, _ := url.Parse(m.URL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	res := content.Extract(doc, content.Options{Base: base, Headline: m.Headline, Description: m.Description, MaxDepth: opts.MaxDepth, MaxNodes: opts.MaxNodes})

	a := newArticle(m)
	a.Teaser = res.Teaser
	if len(res.Highlights) > 0 {
		a.Highlights = res.Highlights
	}
	if f := res.Figure; f.Caption != "" || f.Credit != "" {
		// The caption and credit the page shows win over structured data.
		if a.Image.URL == "" {
			a.Image.URL = f.URL
		}
		if a.Image.URL == f.URL || f.URL == "" || m.Image.Caption == "" {
			a.Image.Caption, a.Image.Credit = f.Caption, f.Credit
		}
	}
	if res.Blocks != nil {
		a.Body = res.Blocks
	}
	a.Text = model.JoinText(a.Body)
	a.WordCount = model.CountWords(a.Text)
	if a.WordCount < opts.MinWords {
		// Some pages show their text only inside <noscript>: read it as
		// markup, as a browser without JavaScript does.
		useLonger(a, noscriptBody(text, base, m, opts))
	}
	if a.WordCount < opts.MinWords {
		// The DOM holds little text (rendered by script, or behind a
		// paywall); the page's own structured data may hold the body.
		useLonger(a, paragraphs(m.ArticleBody))
	}
	// Language is identified once, from the best text the page gave.
	m.DetectLanguage(a.Text)
	a.Language = m.Language
	switch {
	case res.Listing && a.WordCount == 0:
		// (A page whose structured data holds an article body is an
		// article, whatever its layout.)
		return a, stageError(ErrNoArticle, "the page is a list of links to articles")
	case a.WordCount < opts.MinWords:
		return a, stageError(ErrNoArticle, "body has %d words", a.WordCount)
	}
	return a, nil
}

// newArticle fills an Article's metadata fields from m, with every list
// non-nil.
func newArticle(m meta.Meta) *Article {
	return &Article{
		SchemaVersion: model.SchemaVersion,
		URL:           m.URL,
		CanonicalURL:  m.CanonicalURL,
		SiteName:      m.SiteName,
		Kicker:        m.Kicker,
		Headline:      m.Headline,
		Highlights:    []string{},
		Authors:       nonNil(m.Authors),
		Agencies:      nonNil(m.Agencies),
		Dateline:      m.Dateline,
		Published:     m.Published,
		Modified:      m.Modified,
		Section:       m.Section,
		Tags:          nonNil(m.Tags),
		Image:         Image{URL: m.Image.URL, Caption: m.Image.Caption, Credit: m.Image.Credit},
		Body:          []Block{},
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// useLonger puts blocks in place of a's body when they hold more words.
func useLonger(a *Article, blocks []Block) {
	if len(blocks) == 0 {
		return
	}
	text := model.JoinText(blocks)
	if n := model.CountWords(text); n > a.WordCount {
		a.Body, a.Text, a.WordCount = blocks, text, n
	}
}

// paragraphs splits plain text into paragraph blocks at line breaks.
func paragraphs(text string) []Block {
	var blocks []Block
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" {
			blocks = append(blocks, Block{Type: Paragraph, Text: line, Runs: []Run{{Text: line}}})
		}
	}
	return blocks
}

// noscriptBody extracts the body again with <noscript> content parsed as
// markup.
func noscriptBody(text []byte, base *url.URL, m meta.Meta, opts Options) []Block {
	if !bytes.Contains(text, []byte("<noscript")) && !bytes.Contains(text, []byte("<NOSCRIPT")) {
		return nil
	}
	doc, err := html.ParseWithOptions(skim.NewReader(text, skim.KeepNoscript), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil
	}
	res := content.Extract(doc, content.Options{Base: base, Headline: m.Headline, Noscript: true, MaxDepth: opts.MaxDepth, MaxNodes: opts.MaxNodes})
	if res.Listing {
		return nil
	}
	return res.Blocks
}

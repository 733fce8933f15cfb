//go:build !only_lede && !only_trafilatura

package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/lede-news/lede"
)

var readabilityTool = tool{name: "readability", extract: extractReadability, peer: true}

// errNoContent is readability's outcome when it finds no article node.
var errNoContent = fmt.Errorf("%w: readability found no content", lede.ErrNoArticle)

// extractReadability runs go-readability's default parser without a page
// URL and maps its article: the node's inner text → text, Title → headline,
// Byline → authors (one entry; the scorer splits names itself),
// PublishedTime → published as YYYY-MM-DD, Language → language.
func extractReadability(_ context.Context, page []byte) (*lede.Article, error) {
	art, err := readability.FromReader(bytes.NewReader(page), nil)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	a := &lede.Article{
		Headline: strings.TrimSpace(art.Title()),
		Language: art.Language(),
	}
	if byline := strings.TrimSpace(art.Byline()); byline != "" {
		a.Authors = []string{byline}
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = dateOnly(t)
	}
	if art.Node == nil {
		return a, errNoContent
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil {
		return a, fmt.Errorf("readability: %w", err)
	}
	a.Text = strings.TrimSpace(text.String())
	return a, nil
}

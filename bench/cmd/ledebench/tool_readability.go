//go:build !only_lede && !only_trafilatura

package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

var readabilityTool = tool{name: "readability", extract: extractReadability, line: peerLine, code: peerCode}

// errNoContent is readability's outcome when it finds no article node.
var errNoContent = fmt.Errorf("%w: readability found no content", errPeerNoArticle)

// extractReadability runs go-readability's default parser without a page
// URL and maps its article: the node's inner text → text, Title → headline,
// Byline → authors (one entry; the scorer splits names itself),
// PublishedTime → published as YYYY-MM-DD, Language → language.
func extractReadability(_ context.Context, page []byte) (any, error) {
	art, err := readability.FromReader(bytes.NewReader(page), nil)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	r := &peerRecord{
		Headline: strings.TrimSpace(art.Title()),
		Language: art.Language(),
	}
	if byline := strings.TrimSpace(art.Byline()); byline != "" {
		r.Authors = []string{byline}
	}
	if t, err := art.PublishedTime(); err == nil {
		r.Published = dateOnly(t)
	}
	if art.Node == nil {
		return r, errNoContent
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil {
		return r, fmt.Errorf("readability: %w", err)
	}
	r.Text = strings.TrimSpace(text.String())
	return r, nil
}

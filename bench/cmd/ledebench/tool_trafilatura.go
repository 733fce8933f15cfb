//go:build !only_lede && !only_readability

package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/markusmobius/go-trafilatura"
)

var trafilaturaTool = tool{name: "trafilatura", extract: extractTrafilatura, line: peerLine, code: peerCode}

// trafilaturaOptions mirror the team's reference peer
// (../shared/checks/peers-trafilatura): go-trafilatura's defaults with
// comments left out, since comments do not belong in an article body.
var trafilaturaOptions = trafilatura.Options{ExcludeComments: true}

// extractTrafilatura maps go-trafilatura's result onto the Article fields it
// has: ContentText → text, Title → headline, Author (names joined by "; ")
// → authors, Date → published as YYYY-MM-DD, Language → language.
func extractTrafilatura(_ context.Context, page []byte) (any, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilaturaOptions)
	if err != nil {
		return nil, fmt.Errorf("trafilatura: %w", err)
	}
	m := res.Metadata
	return &peerRecord{
		Headline:  m.Title,
		Authors:   splitAuthors(m.Author),
		Published: dateOnly(m.Date),
		Language:  m.Language,
		Text:      res.ContentText,
	}, nil
}

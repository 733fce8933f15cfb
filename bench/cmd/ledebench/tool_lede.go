//go:build !only_trafilatura && !only_readability

package main

import (
	"context"

	"github.com/lede-news/lede"
)

var ledeTool = tool{name: "lede", extract: extractLede, line: ledeLine, code: lede.Code}

// extractLede runs lede with its default options, as `lede batch` does.
func extractLede(ctx context.Context, page []byte) (any, error) {
	a, err := lede.ExtractBytes(ctx, page, lede.Options{})
	if a == nil {
		return nil, err // not a typed nil inside the interface
	}
	return a, err
}

// ledeRecord is one output line of lede, as `lede batch` writes it: the
// page's source plus its Article, and the error that stopped it, if any
// (the Article's metadata may still be there).
type ledeRecord struct {
	Source string `json:"source"`
	*lede.Article
	Error string `json:"error,omitempty"`
}

func ledeLine(source string, found any, errText string) any {
	a, _ := found.(*lede.Article)
	return ledeRecord{Source: source, Article: a, Error: errText}
}

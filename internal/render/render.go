// Package render writes an Article as JSON, Markdown, plain text or
// sanitised HTML.
package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/lede-news/lede"
)

// Format is an output format.
type Format string

// The output formats.
const (
	JSON     Format = "json"
	Markdown Format = "markdown"
	Text     Format = "text"
	HTML     Format = "html"
)

// ParseFormat returns the Format named s, or an error listing the formats.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case JSON, Markdown, Text, HTML:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, markdown, text or html)", s)
}

// Write writes a in format f to w.
func Write(w io.Writer, a *lede.Article, f Format) error {
	switch f {
	case JSON:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	}
	// TODO(render): Markdown, Text, HTML.
	return fmt.Errorf("render: format %q not implemented", f)
}

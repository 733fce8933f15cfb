package render

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lede-news/lede/internal/model"
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
// Case is ignored, and "md" and "txt" are accepted for Markdown and Text.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case JSON, Markdown, Text, HTML:
		return f, nil
	case "md":
		return Markdown, nil
	case "txt":
		return Text, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, markdown, text or html)", s)
}

// Write writes a in format f to w. The Article is only read. The error is
// the first one w returned, or one saying that f is unknown or a is nil.
// (The parameter type is lede.Article: the root package aliases it.)
func Write(w io.Writer, a *model.Article, f Format) (err error) {
	if a == nil {
		return errors.New("render: nil article")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("render: %s: internal error: %v", f, r)
		}
	}()
	switch f {
	case JSON:
		return writeJSON(w, a)
	case Markdown:
		bw := bufio.NewWriter(w)
		m := mdWriter{w: bw}
		m.article(a)
		return bw.Flush()
	case Text:
		bw := bufio.NewWriter(w)
		writeText(bw, a)
		return bw.Flush()
	case HTML:
		bw := bufio.NewWriter(w)
		h := htmlWriter{w: bw}
		h.document(a)
		return bw.Flush()
	}
	return fmt.Errorf("render: unknown format %q (want json, markdown, text or html)", f)
}

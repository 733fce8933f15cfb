package lede

import (
	"fmt"
	"time"
)

// Default limits used when the corresponding Options field is zero.
const (
	DefaultMaxBytes = 16 << 20 // 16 MiB
	DefaultMinWords = 25
	DefaultMaxNodes = 2_000_000
	DefaultMaxDepth = 512
)

// Options control one extraction. The zero value is ready to use and means
// the documented defaults.
type Options struct {
	// URL is the page's address, used to resolve relative links and to fill
	// Article.URL. Optional.
	URL string
	// ContentType is the HTTP Content-Type header, if known; its charset
	// parameter takes part in charset detection.
	ContentType string
	// MaxBytes is the largest input accepted (default DefaultMaxBytes).
	MaxBytes int64
	// MinWords is the smallest body, in words, that counts as an article
	// (default DefaultMinWords). Below it Extract returns ErrNoArticle.
	MinWords int
	// RefDate is when the page was fetched (an HTTP Date header, a
	// WARC-Date), if known. With it, relative dates ("vor 3 Stunden",
	// "yesterday") are read and no date after it is taken. Optional.
	RefDate time.Time
	// MaxNodes and MaxDepth bound the parsed tree; deeper or larger parts are
	// ignored rather than walked (defaults DefaultMaxNodes, DefaultMaxDepth).
	MaxNodes int
	MaxDepth int
	// Input says whether the bytes are HTML, plain text or either (default
	// InputHTML).
	Input Input
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = DefaultMaxNodes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	return o
}

// Input says how Extract reads its bytes.
type Input int

// The input modes. The zero value, InputHTML, reads HTML and refuses
// anything else with ErrNotHTML.
const (
	// InputHTML reads an HTML page; plain text is refused with ErrNotHTML.
	InputHTML Input = iota
	// InputText reads plain text whose markup is gone (a web-corpus dump,
	// a page saved as text) and recovers the article's structure from its
	// lines; see ExtractText.
	InputText
	// InputAuto reads HTML as InputHTML does, and input that is plain text
	// without HTML markup as InputText does.
	InputAuto
)

// ParseInput reads an input mode's name: "html", "text" or "auto".
func ParseInput(s string) (Input, error) {
	switch s {
	case "html":
		return InputHTML, nil
	case "text":
		return InputText, nil
	case "auto":
		return InputAuto, nil
	}
	return 0, fmt.Errorf("unknown input mode %q: want html, text or auto", s)
}

func (in Input) String() string {
	switch in {
	case InputHTML:
		return "html"
	case InputText:
		return "text"
	case InputAuto:
		return "auto"
	}
	return fmt.Sprintf("Input(%d)", int(in))
}

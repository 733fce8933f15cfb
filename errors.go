package lede

import (
	"errors"
	"fmt"
)

// Sentinel errors for the outcomes callers branch on. Errors returned by
// Extract wrap one of them; use errors.Is.
var (
	ErrEmpty     = errors.New("empty")
	ErrTooLarge  = errors.New("too_large")
	ErrNotHTML   = errors.New("not_html")
	ErrNoArticle = errors.New("no_article")
)

// Code returns the stable error code for err, as written in batch output
// ("no_article", "not_html", "too_large", "empty"), or "internal" for any
// other error.
func Code(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNoArticle):
		return "no_article"
	case errors.Is(err, ErrNotHTML):
		return "not_html"
	case errors.Is(err, ErrTooLarge):
		return "too_large"
	case errors.Is(err, ErrEmpty):
		return "empty"
	}
	return "internal"
}

// stageError prefixes a sentinel with a detail message: "no_article: body has 12 words".
func stageError(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

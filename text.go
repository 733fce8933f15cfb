package lede

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/lede-news/lede/internal/charset"
	"github.com/lede-news/lede/internal/meta"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/textin"
)

// ExtractText reads plain text whose markup is gone (a web-corpus dump, a
// page saved as text: one block of the page per line) and returns its
// article in the same schema as Extract. The body is found among the
// page's leftover navigation and chrome; kicker, headline, teaser,
// highlights, byline, dateline, date and the lead image's credit are read
// from the lines before it. The text is UTF-8, UTF-16 with a byte order
// mark, or a single-byte encoding (windows-1252) when it is not valid
// UTF-8. opts.Input is ignored. Like Extract it returns ErrNoArticle, with
// what was found, when the body is shorter than opts.MinWords.
func ExtractText(ctx context.Context, data []byte, opts Options) (a *Article, err error) {
	opts = opts.withDefaults()
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("lede: internal error: %v", r)
		}
	}()
	return extractText(ctx, data, opts)
}

func extractText(ctx context.Context, data []byte, opts Options) (*Article, error) {
	if int64(len(data)) > opts.MaxBytes {
		return nil, stageError(ErrTooLarge, "input is over %d bytes", opts.MaxBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, stageError(ErrEmpty, "empty input")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text, _ := charset.Decode(data, "text/plain")
	r := textin.Extract(string(text))
	a := &Article{
		SchemaVersion: model.SchemaVersion,
		URL:           opts.URL,
		Kicker:        r.Kicker,
		Headline:      r.Headline,
		Teaser:        r.Teaser,
		Highlights:    nonNil(r.Highlights),
		Authors:       nonNil(r.Authors),
		Agencies:      nonNil(r.Agencies),
		Dateline:      r.Dateline,
		Published:     r.Published,
		Tags:          []string{},
		Image:         Image{Caption: r.ImageCaption, Credit: r.ImageCredit},
		Body:          []Block{},
	}
	if !opts.RefDate.IsZero() && a.Published > opts.RefDate.Format("2006-01-02") {
		a.Published = "" // a date after the fetch is not the article's
	}
	if r.Blocks != nil {
		a.Body = r.Blocks
	}
	a.Text = model.JoinText(a.Body)
	a.WordCount = model.CountWords(a.Text)
	lang := a.Text
	if strings.TrimSpace(lang) == "" {
		lang = a.Headline + ". " + a.Teaser
	}
	a.Language = meta.Language(lang, "")
	if a.WordCount < opts.MinWords {
		return a, stageError(ErrNoArticle, "body has %d words", a.WordCount)
	}
	return a, nil
}

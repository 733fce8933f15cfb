package lede

import (
	"context"
	"fmt"
	"io"
)

// Extract reads one HTML page from r and returns its article. It reads at
// most opts.MaxBytes (+1 to detect an oversize page). The error, when not
// nil, wraps one of the sentinel errors; with ErrNoArticle the returned
// Article still holds the metadata that was found.
//
// Extract is safe for concurrent use: it keeps no state between calls.
func Extract(ctx context.Context, r io.Reader, opts Options) (*Article, error) {
	opts = opts.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return ExtractBytes(ctx, data, opts)
}

// ExtractBytes is Extract for a page already in memory. It does not keep or
// modify data. With opts.Input set to InputText or InputAuto it reads
// plain text as ExtractText does.
func ExtractBytes(ctx context.Context, data []byte, opts Options) (a *Article, err error) {
	opts = opts.withDefaults()
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("lede: internal error: %v", r)
		}
	}()
	if opts.Input == InputText {
		return extractText(ctx, data, opts)
	}
	return extract(ctx, data, opts)
}

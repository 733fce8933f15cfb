package batch

import (
	"context"
	"errors"
	"fmt"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/warc"
)

// processRecord decodes and extracts the page of a WARC record as
// extractPage does a file's (filter and dedup fingerprint included). The block
// stays the caller's (it goes back to the pool); dec holds the decoded body
// and is reused. A record whose content type did not say HTML and that
// turns out not to be HTML is skipped, not an error.
func processRecord(ctx context.Context, cfg Config, d document, dec *warc.BodyDecoder) (r Result) {
	r = Result{Source: d.source, URL: d.url, Fetched: d.date}
	defer recoverExtract(&r)
	rec := d.record
	page := rec.block
	if rec.response {
		resp, err := warc.ParseResponse(rec.block)
		if err == nil {
			page, err = dec.Decode(resp)
		}
		if err != nil {
			r.Err = recordErr(fmt.Errorf("warc: record %s: %w", d.source, err))
			return r
		}
	}
	extractPage(ctx, cfg, &r, page, Page{Source: d.source, URL: d.url, ContentType: rec.ctype, Fetched: rec.fetched, Record: true})
	if rec.sniff && errors.Is(r.Err, lede.ErrNotHTML) {
		return Result{Source: d.source, Skipped: "not_html"}
	}
	return r
}

package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/render"
)

// contentTypes are the response types of the formats.
var contentTypes = map[render.Format]string{
	render.JSON:     "application/json; charset=utf-8",
	render.Markdown: "text/markdown; charset=utf-8",
	render.Text:     "text/plain; charset=utf-8",
	render.HTML:     "text/html; charset=utf-8",
}

// htmlCSP is the Content-Security-Policy of the html format: the article is
// sanitised already, and this makes sure nothing in it could run or load
// anything but images even if a browser opened it directly.
const htmlCSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; sandbox"

// handleExtract serves POST /v1/extract.
func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	if s.slots.busy() {
		s.shedError(w)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	req, aerr := decodeExtract(r, s.cfg.MaxBody)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	art, aerr := s.extract(ctx, req)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	var buf bytes.Buffer
	if err := render.Write(&buf, art, req.Format); err != nil {
		writeError(w, errorf(codeInternal, err.Error()))
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentTypes[req.Format])
	h.Set("X-Content-Type-Options", "nosniff")
	if req.Format == render.HTML {
		h.Set("Content-Security-Policy", htmlCSP)
	}
	_, _ = w.Write(buf.Bytes())
}

// extract fetches the page when the request names only a URL, then
// extracts its article within a concurrency slot and ctx's deadline.
func (s *Server) extract(ctx context.Context, req *extractRequest) (*lede.Article, *apiError) {
	data, opts, aerr := s.prepare(ctx, req)
	if aerr != nil {
		return nil, aerr
	}
	if !s.slots.acquire(ctx) {
		s.metrics.shed()
		return nil, s.overloaded()
	}
	// The slot is held until the extraction really ends, even when the
	// request has timed out, so that the slots bound the work.
	done := s.start(ctx, data, opts, s.slots.release)
	select {
	case res := <-done:
		if res.err != nil {
			return nil, s.extractError(ctx, res.art, res.err)
		}
		return res.art, nil
	case <-ctx.Done():
		return nil, s.extractError(ctx, nil, ctx.Err())
	}
}

// overloaded is the error of a request shed for want of a free slot.
func (s *Server) overloaded() *apiError {
	return errorf(codeOverloaded, fmt.Sprintf("all %d extraction slots are busy; retry shortly", s.slots.capacity()))
}

// shedError answers a request that is shed before its body is read.
func (s *Server) shedError(w http.ResponseWriter) {
	s.metrics.shed()
	w.Header().Set("Connection", "close") // its body is left unread
	writeError(w, s.overloaded())
}

// result is the outcome of one extraction.
type result struct {
	art *lede.Article
	err error
}

// start runs one extraction in its own goroutine, so that a caller can
// stop waiting for it at its deadline even if the extractor does not, and
// calls done (if not nil) when it ends. The channel yields the result once.
func (s *Server) start(ctx context.Context, data []byte, opts lede.Options, done func()) <-chan result {
	ch := make(chan result, 1)
	go func() {
		if done != nil {
			defer done()
		}
		art, err := s.runExtract(ctx, data, opts)
		ch <- result{art, err}
	}()
	return ch
}

// prepare returns the page of a request and the options to extract it
// with, fetching the page when the request names only a URL.
func (s *Server) prepare(ctx context.Context, req *extractRequest) ([]byte, lede.Options, *apiError) {
	opts := lede.Options{URL: req.URL, ContentType: req.ContentType, MaxBytes: s.cfg.MaxBody}
	if req.HTML != nil {
		return req.HTML, opts, nil
	}
	page, aerr := s.fetch(ctx, req.URL)
	if aerr != nil {
		return nil, opts, aerr
	}
	opts.URL, opts.ContentType, opts.RefDate = page.URL, page.ContentType, page.Fetched
	return page.Body, opts, nil
}

// runExtract calls the extractor, turning a panic into an error.
func (s *Server) runExtract(ctx context.Context, data []byte, opts lede.Options) (art *lede.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			art, err = nil, fmt.Errorf("serve: extractor panicked: %v", p)
		}
	}()
	return s.cfg.Extract(ctx, data, opts)
}

// fetch fetches url with the configured Fetcher.
func (s *Server) fetch(ctx context.Context, url string) (*Page, *apiError) {
	if s.cfg.Fetch == nil {
		return nil, errorf(codeFetchDisabled, "fetching URLs is off on this server; send the page's HTML")
	}
	page, err := s.cfg.Fetch(ctx, url)
	if err == nil && page == nil {
		err = errors.New("fetcher returned no page")
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, contextError(ctx)
		}
		code := codeFetchFailed
		if c, ok := err.(interface{ Code() string }); ok {
			switch c.Code() {
			case codeForbiddenTarget, codeTimeout, codeTooLarge:
				code = c.Code()
			}
		}
		return nil, errorf(code, err.Error())
	}
	return page, nil
}

// extractError turns an extraction error into the API error, with the
// metadata found when there is no article, and counts it in the metrics.
func (s *Server) extractError(ctx context.Context, art *lede.Article, err error) (aerr *apiError) {
	defer func() { s.metrics.extractError(aerr.Code) }()
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) {
		return contextError(ctx)
	}
	code := lede.Code(err)
	aerr = errorf(code, err.Error())
	if code == codeNoArticle && hasMetadata(art) {
		var buf bytes.Buffer
		if render.Write(&buf, art, render.JSON) == nil {
			aerr.Article = buf.Bytes()
		}
	}
	return aerr
}

// contextError is the API error for a request whose context ended.
func contextError(ctx context.Context) *apiError {
	if errors.Is(ctx.Err(), context.Canceled) {
		return errorf(codeClientClosed, "the client went away")
	}
	return errorf(codeTimeout, "the request took too long")
}

// hasMetadata reports whether extraction found anything about a page
// without an article worth returning with the no_article error.
func hasMetadata(a *lede.Article) bool {
	return a != nil && (a.URL != "" || a.Headline != "" || a.SiteName != "" || a.Language != "" ||
		a.Published != "" || len(a.Authors) > 0 || a.Image.URL != "" || a.CanonicalURL != "")
}

package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/render"
)

// extractRequest is one decoded extraction request.
type extractRequest struct {
	HTML        []byte // the page; nil when only URL is given (a fetch)
	URL         string // the page's address, optional with HTML
	ContentType string // the media type of an HTML body, with its charset
	Format      render.Format
}

// jsonRequest is the JSON form of a request to /v1/extract, and one line
// of /v1/batch.
type jsonRequest struct {
	HTML *string `json:"html"`
	URL  string  `json:"url"`
}

// parseFormat reads the format query parameter (default json).
func parseFormat(q url.Values) (render.Format, *apiError) {
	s := q.Get("format")
	if s == "" {
		return render.JSON, nil
	}
	f, err := render.ParseFormat(s)
	if err != nil {
		return "", errorf(codeBadRequest, "format: "+err.Error())
	}
	return f, nil
}

// checkURL accepts an empty URL or an absolute http(s) URL.
func checkURL(s string) *apiError {
	if s == "" {
		return nil
	}
	if len(s) > 8192 || !utf8.ValidString(s) {
		return errorf(codeBadRequest, "url: too long or not UTF-8")
	}
	u, err := url.Parse(s)
	if err != nil {
		return errorf(codeBadRequest, "url: "+err.Error())
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errorf(codeBadRequest, fmt.Sprintf("url: %q is not an absolute http or https URL", s))
	}
	return nil
}

// mediaType returns the lower-case media type of a Content-Type header.
func mediaType(h string) string {
	mt, _, err := mime.ParseMediaType(h)
	if err != nil {
		mt, _, _ = strings.Cut(h, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return mt
}

// isHTMLType reports whether a media type is an HTML page's.
func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeExtract reads a request to /v1/extract: an HTML body with an
// optional url query parameter, or a JSON body. The body must already be
// limited (http.MaxBytesReader); a body over the limit gives too_large.
func decodeExtract(r *http.Request, maxBody int64) (*extractRequest, *apiError) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, errorf(codeBadRequest, "query: "+err.Error())
	}
	format, aerr := parseFormat(q)
	if aerr != nil {
		return nil, aerr
	}
	ct := r.Header.Get("Content-Type")
	mt := mediaType(ct)
	if !isHTMLType(mt) && mt != "application/json" {
		return nil, errorf(codeUnsupportedMedia, fmt.Sprintf("Content-Type %q: send text/html (the page) or application/json ({\"html\": …, \"url\": …})", mt))
	}
	body, aerr := readBody(r.Body, min(r.ContentLength, maxBody, maxPrealloc))
	if aerr != nil {
		return nil, aerr
	}
	if isHTMLType(mt) {
		req := &extractRequest{HTML: body, URL: q.Get("url"), ContentType: ct, Format: format}
		if aerr := checkURL(req.URL); aerr != nil {
			return nil, aerr
		}
		return req, nil
	}
	req, aerr := decodeJSON(body)
	if aerr != nil {
		return nil, aerr
	}
	req.Format = format
	if req.URL == "" {
		req.URL = q.Get("url")
	}
	if aerr := checkURL(req.URL); aerr != nil {
		return nil, aerr
	}
	return req, nil
}

// readBody reads a limited request body. A declared length sizes the
// buffer at once, so a page is not copied as the buffer grows; the caller
// bounds it.
func readBody(body io.Reader, length int64) ([]byte, *apiError) {
	var buf bytes.Buffer
	if length > 0 {
		buf.Grow(int(length) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(body)
	data := buf.Bytes()
	if err != nil {
		return nil, readError(err)
	}
	return data, nil
}

// readError is the API error for a failed read of a request body:
// too_large past http.MaxBytesReader's limit, bad_request otherwise.
func readError(err error) *apiError {
	if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
		return errorf(codeTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit))
	}
	return errorf(codeBadRequest, "reading the body: "+err.Error())
}

// maxPrealloc bounds the buffer readBody sizes from a Content-Length: a
// client's claim, not yet a fact.
const maxPrealloc = 4 << 20

// decodeJSON reads one JSON request object: {"html": …, "url": …}, with
// no other field and nothing after it.
func decodeJSON(data []byte) (*extractRequest, *apiError) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var jr jsonRequest
	if err := dec.Decode(&jr); err != nil {
		return nil, errorf(codeBadRequest, "JSON body: "+err.Error())
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errorf(codeBadRequest, "JSON body: more than one value")
	}
	req := &extractRequest{URL: jr.URL}
	if jr.HTML != nil {
		req.HTML = []byte(*jr.HTML)
		req.ContentType = "text/html; charset=utf-8" // a JSON string is UTF-8
	} else if jr.URL == "" {
		return nil, errorf(codeBadRequest, `JSON body: give "html", "url" or both`)
	}
	return req, nil
}

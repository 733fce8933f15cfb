package batch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/warc"
)

// Error codes of WARC records.
const (
	CodeWARCError     = "warc_error"         // a malformed or truncated record
	CodeHTTPError     = "http_error"         // a response record that is not an HTTP response
	CodeEncodingError = "encoding_error"     // a body whose content coding cannot be decoded
	CodeBomb          = "decompression_bomb" // a body that expands beyond the ratio limit
)

// httpHeaderPeek is how much of a response block is read to see its HTTP
// header before deciding to read the rest.
const httpHeaderPeek = 64 << 10

// blockSlack is what a WARC block may hold beyond MaxBytes of page: the
// HTTP header and chunk framing.
const blockSlack = 1 << 20

// recordDoc is a WARC record handed to a worker: its block (a buffer of
// the pool, returned by the worker) and what the walk learnt.
type recordDoc struct {
	block    []byte
	response bool // block is an HTTP response; else the page itself (a resource record)
	ctype    string
	sniff    bool // the content type does not say HTML: not_html means skipped
	fetched  time.Time
}

// walkWARC emits the records of a WARC file in order: a document for each
// record that may hold a page, an error for each damaged one, a skip for
// the others. Blocks are read by this goroutine, into buffers of the pool.
func (w *walker) walkWARC(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return w.emit(document{source: path, err: &inputError{CodeReadError, err}})
	}
	defer f.Close()
	r := warc.NewReader(f)
	for r.Next() {
		if err := w.walkRecord(path, r); err != nil {
			return err
		}
	}
	if err := r.Err(); err != nil {
		return w.emit(document{source: path, err: &inputError{CodeReadError, err}})
	}
	return nil
}

// walkRecord emits the current record of r.
func (w *walker) walkRecord(path string, r *warc.Reader) error {
	rec := r.Record()
	d := document{source: fmt.Sprintf("%s#%d", path, rec.Offset), url: rec.TargetURI, date: rec.Date}
	if rec.Err != nil {
		d.err = recordErr(rec.Err)
		return w.emit(d)
	}
	response := false
	switch strings.ToLower(rec.Type) {
	case "response":
		mt, _, _ := strings.Cut(rec.ContentType, ";")
		if !strings.EqualFold(strings.TrimSpace(mt), "application/http") {
			d.skipped = "response_not_http"
			return w.emit(d)
		}
		response = true
	case "resource":
		if warc.ClassifyContentType(rec.ContentType) == warc.HTMLNo {
			d.skipped = "resource_not_html"
			return w.emit(d)
		}
	case "":
		d.skipped = "no_type"
		return w.emit(d)
	default:
		d.skipped = strings.ToLower(rec.Type)
		return w.emit(d)
	}
	if !w.filter.keep(rec.TargetURI) {
		d.skipped = "url_filter"
		return w.emit(d)
	}
	block, err := w.blocks.get(w.ctx)
	if err != nil {
		return err
	}
	doc := &recordDoc{response: response, ctype: rec.ContentType}
	doc.fetched, _ = time.Parse(time.RFC3339Nano, rec.Date)
	d.record = doc
	if response {
		// The HTTP header first: a record that is not a page is skipped
		// without reading the rest of its block, however large.
		block, err = readUpTo(r, block, httpHeaderPeek)
		if err == nil {
			var skip string
			if skip, doc.ctype, doc.sniff, err = classifyResponse(block); err == nil && skip != "" {
				w.blocks.put(block)
				d.record, d.skipped = nil, skip
				return w.emit(d)
			}
		}
	} else {
		doc.sniff = warc.ClassifyContentType(rec.ContentType) != warc.HTMLYes
	}
	if err == nil {
		// A page larger than the limit is not read (the reader skips it).
		block, err = r.ReadBlock(block, w.maxBytes+blockSlack)
	}
	if err != nil {
		w.blocks.put(block)
		d.record, d.err = nil, recordErr(err)
		return w.emit(d)
	}
	doc.block = block
	return w.emit(d)
}

// readUpTo appends up to n bytes of the current block to dst.
func readUpTo(r *warc.Reader, dst []byte, n int) ([]byte, error) {
	want := int(min(int64(n), r.Record().ContentLength))
	if cap(dst) < want {
		dst = make([]byte, 0, want)
	}
	dst = dst[:want]
	m := 0
	for m < want {
		k, err := r.Read(dst[m:])
		m += k
		if err != nil {
			return dst[:m], err
		}
	}
	return dst, nil
}

// classifyResponse reads the HTTP header at the start of block: a reason
// to skip the record, or its Content-Type and whether sniffing decides.
func classifyResponse(block []byte) (skip, contentType string, sniff bool, err error) {
	resp, err := warc.ParseResponse(block)
	if err != nil {
		return "", "", false, err
	}
	switch {
	case resp.Status >= 300 && resp.Status < 400:
		return "http_3xx", "", false, nil
	case resp.Status >= 400 && resp.Status < 500:
		return "http_4xx", "", false, nil
	case resp.Status < 200 || resp.Status >= 300:
		return "http_status", "", false, nil
	}
	switch warc.ClassifyContentType(resp.ContentType) {
	case warc.HTMLNo:
		return "not_html", "", false, nil
	case warc.HTMLUnknown:
		return "", resp.ContentType, true, nil
	}
	return "", resp.ContentType, false, nil
}

// recordErr gives a WARC error its batch code.
func recordErr(err error) error {
	code := CodeWARCError
	switch {
	case errors.Is(err, warc.ErrTooLarge):
		code = "too_large"
	case errors.Is(err, warc.ErrGzip):
		code = CodeGzipError
	case errors.Is(err, warc.ErrHTTP):
		code = CodeHTTPError
	case errors.Is(err, warc.ErrRatio):
		code = CodeBomb
	case errors.Is(err, warc.ErrEncoding):
		code = CodeEncodingError
	}
	return &inputError{code, err}
}

// filter selects WARC records by target URI.
type filter struct {
	hosts []string // lower case, without a leading dot
	match *regexp.Regexp
}

func newFilter(hosts []string, match *regexp.Regexp) filter {
	f := filter{match: match}
	for _, h := range hosts {
		if h = strings.Trim(strings.ToLower(strings.TrimSpace(h)), "."); h != "" {
			f.hosts = append(f.hosts, h)
		}
	}
	return f
}

// keep reports whether the record of uri is read.
func (f filter) keep(uri string) bool {
	if len(f.hosts) > 0 {
		u, err := url.Parse(uri)
		if err != nil {
			return false
		}
		host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
		found := false
		for _, h := range f.hosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return f.match == nil || f.match.MatchString(uri)
}

// blockPool bounds the WARC blocks in flight: the walk takes a buffer
// before reading a block, the worker gives it back when done.
type blockPool chan []byte

func newBlockPool(n int) blockPool {
	p := make(blockPool, n)
	for range n {
		p <- nil
	}
	return p
}

func (p blockPool) get(ctx context.Context) ([]byte, error) {
	select {
	case b := <-p:
		return b[:0], nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (p blockPool) put(b []byte) { p <- b[:0] }

package discover

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"time"
)

// Kind is what a document turned out to be.
type Kind int

// The kinds of documents Parse recognises.
const (
	Unknown      Kind = iota
	Feed              // RSS or Atom
	Sitemap           // <urlset>, plain or news
	SitemapIndex      // <sitemapindex>
	Page              // an HTML page
)

// String returns the kind's name, as used in messages.
func (k Kind) String() string {
	switch k {
	case Feed:
		return "feed"
	case Sitemap:
		return "sitemap"
	case SitemapIndex:
		return "sitemap index"
	case Page:
		return "page"
	}
	return "unknown"
}

// Errors callers can branch on; the errors Parse returns wrap them.
var (
	// ErrUnknown: the document is neither a feed, a sitemap nor HTML.
	ErrUnknown = errors.New("not a feed, sitemap or HTML page")
	// ErrMalformed: the XML is broken; the links before the damage are kept.
	ErrMalformed = errors.New("malformed XML")
	// ErrTooLarge: the document is larger than Options.MaxBytes (after
	// decompression), or lists more than Options.MaxLinks links; what fits
	// is kept.
	ErrTooLarge = errors.New("document too large")
)

// Defaults of Options.
const (
	// DefaultMaxBytes is the sitemap protocol's limit of 50 MiB of
	// uncompressed sitemap (sitemaps.org).
	DefaultMaxBytes = 50 << 20
	// DefaultMaxLinks is the sitemap protocol's limit of 50,000 URLs.
	DefaultMaxLinks = 50000
)

// Options bound Parse; the zero value means the defaults.
type Options struct {
	MaxBytes int64 // input read, after decompression (default DefaultMaxBytes)
	MaxLinks int   // links and sitemaps kept per document (default DefaultMaxLinks)
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxLinks <= 0 {
		o.MaxLinks = DefaultMaxLinks
	}
	return o
}

// Link is an article link found in a feed or a sitemap.
type Link struct {
	URL       string    // absolute
	Published time.Time // zero when the document does not say
}

// Result is what a document holds.
type Result struct {
	Kind     Kind
	Links    []Link   // article links of a feed or a sitemap, in document order
	Sitemaps []string // child sitemaps of a sitemap index
	Feeds    []string // feeds named by an HTML page
}

// Parse reads a document fetched from base (its final URL) and returns
// what it is and the links it holds. On an error the result still holds
// what was read before it (it is never nil).
func Parse(data []byte, base string, opts Options) (res *Result, err error) {
	opts = opts.withDefaults()
	res = &Result{}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("discover: %s: internal error: %v", base, p)
		}
	}()
	data, tooLarge := decompress(data, opts.MaxBytes)
	p := &parser{res: res, base: parseBase(base), maxLinks: opts.MaxLinks}
	switch {
	case isXML(data):
		err = p.parseXML(data)
	case isHTML(data):
		err = p.parseHTML(data)
	case bytes.HasPrefix(bytes.TrimSpace(data), []byte("<")):
		err = p.parseXML(data) // a comment or a doctype before the root
	default:
		err = ErrUnknown
	}
	if tooLarge && !errors.Is(err, ErrUnknown) {
		err = ErrTooLarge // the cut explains a malformed tail
	}
	if err != nil {
		if base == "" {
			return res, fmt.Errorf("discover: %w", err)
		}
		return res, fmt.Errorf("discover: %s: %w", base, err)
	}
	return res, nil
}

// decompress gunzips data that starts with gzip's magic bytes, and cuts
// data to max bytes; tooLarge tells it was cut. A damaged gzip stream
// yields what could be decompressed.
func decompress(data []byte, max int64) (out []byte, tooLarge bool) {
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
			var buf bytes.Buffer
			io.Copy(&buf, io.LimitReader(zr, max+1)) // a damaged tail ends the copy
			data = buf.Bytes()
		}
	}
	if int64(len(data)) > max {
		return data[:max], true
	}
	return data, false
}

// isXML reports whether data starts (after a byte order mark and
// whitespace) with an XML declaration or the root element of a feed or a
// sitemap.
func isXML(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(head, []byte("<?xml")) {
		return true
	}
	for _, root := range []string{"<rss", "<feed", "<urlset", "<sitemapindex", "<rdf:RDF"} {
		if bytes.HasPrefix(head, []byte(root)) {
			return true
		}
	}
	return false
}

// isHTML reports whether data looks like an HTML page: it has an html,
// head or body tag or a doctype in its first 4 KiB.
func isHTML(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

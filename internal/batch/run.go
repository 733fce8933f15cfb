package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/warc"
)

// ExtractFunc turns one page into an Article. data is only valid during
// the call: the batch reuses its buffer for the next page.
type ExtractFunc func(ctx context.Context, data []byte, page Page) (*lede.Article, error)

// FetchFunc fetches the page at an http or https URL, returning its bytes
// and what is known of it (URL, ContentType, Fetched). Its errors carry
// the codes of fetch.Code.
type FetchFunc func(ctx context.Context, url string) ([]byte, Page, error)

// Page is what the batch knows about a page besides its bytes.
type Page struct {
	// Source is the page's path as walked, PATH#OFFSET for a WARC record;
	// for messages, it is not a URL.
	Source string
	// URL (WARC-Target-URI), ContentType (the HTTP Content-Type) and
	// Fetched (WARC-Date) are set for WARC records, and for fetched pages
	// (the final URL, the Content-Type, the response's Date).
	URL, ContentType string
	Fetched          time.Time
	// Record says the page is a WARC record: a web server's response,
	// read as HTML whatever the run reads its files as (a text/plain
	// response is no article).
	Record bool
}

// Options returns the extraction options for the page: base with the
// page's URL, Content-Type and fetch date (as the reference date) when it
// has them; a WARC record is read as HTML.
func (p Page) Options(base lede.Options) lede.Options {
	if p.Record {
		base.Input = lede.InputHTML
	}
	if p.URL != "" {
		base.URL = p.URL
	}
	if p.ContentType != "" {
		base.ContentType = p.ContentType
	}
	if !p.Fetched.IsZero() {
		base.RefDate = p.Fetched
	}
	return base
}

// Config sets up a run. The zero value is ready to use: lede.ExtractBytes
// with default options, runtime.NumCPU() workers, no standard input.
type Config struct {
	// Workers is the number of pages extracted at once (default
	// runtime.NumCPU()).
	Workers int
	// Window bounds the results waiting to be delivered in order (default
	// 32 × Workers: a slow page at the head of the line then rarely
	// leaves a worker idle; the results are small, the page bytes are
	// not kept).
	Window int
	// MaxBytes is the largest page read, after gunzipping (default
	// lede.DefaultMaxBytes). Larger pages get a too_large line.
	MaxBytes int64
	// Extract extracts one page (default lede.ExtractBytes with
	// lede.Options{MaxBytes: MaxBytes}).
	Extract ExtractFunc
	// Fetch, when set, fetches the inputs that are http or https URLs
	// (named as arguments or listed on standard input); without it such an
	// input is a file name. A fetch error is the page's error line.
	Fetch FetchFunc
	// Stdin is read for the input "-" (one input per line).
	Stdin io.Reader
	// Hosts and URLMatch select the WARC records read, by target URI,
	// before their page is read: a record is kept when its host is one of
	// Hosts or a subdomain of one (any host when Hosts is empty) and
	// URLMatch (when set) matches its URI. Records left out are counted in
	// Summary.Skipped. Files other than WARC are not filtered.
	Hosts    []string
	URLMatch *regexp.Regexp
	// Filter, when set, is asked about each article: a non-empty answer is
	// the reason it is left out of the corpus ("language fr"). Its line
	// keeps the reason and the article's metadata, without the text.
	Filter func(*lede.Article) string
	// DropFiltered leaves the lines of filtered articles out; they are
	// counted in the summary.
	DropFiltered bool
	// Files, when set, stores each kept article in a file of its own
	// before its line is written, and returns the file's name for the
	// line's "file" field.
	Files func(Result) (string, error)
	// OnResult, when set, is called with each result after its line is
	// written, in input order, from one goroutine (for progress reports).
	OnResult func(Result)
	// Skip is the number of documents at the start of the input that are
	// neither read nor delivered: those a resumed run has written already.
	Skip int
	// Dedup marks or drops, in Run, the articles whose text duplicates an
	// earlier one's (default dedup.Off). Workers fingerprint the texts;
	// the verdicts are made in input order.
	Dedup dedup.Mode
}

func (c Config) withDefaults() Config {
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.Window <= 0 {
		c.Window = 32 * c.Workers
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = lede.DefaultMaxBytes
	}
	if c.Extract == nil {
		opts := lede.Options{MaxBytes: c.MaxBytes}
		c.Extract = func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
			return lede.ExtractBytes(ctx, data, page.Options(opts))
		}
	}
	return c
}

// Result is the outcome for one input document.
type Result struct {
	Source  string        // the path as walked; PATH#OFFSET for a WARC record
	Article *lede.Article // may be set along with Err (metadata of a page without body)
	Err     error         // nil when an article was extracted
	Bytes   int64         // size of the page read, after gunzipping
	// Stored is the size of the file a page was read from, as stored
	// (before gunzipping); 0 for WARC records, fetched pages and files
	// not opened.
	Stored int64
	// URL and Fetched are the WARC-Target-URI and WARC-Date of a WARC
	// record, as written, or a fetched page's final URL and Date.
	URL, Fetched string
	// Skipped is set, with the reason, for a WARC record that holds no
	// page or was filtered out: it is counted, not written.
	Skipped string
	// Filtered is why Config.Filter left the article out, "" when kept.
	Filtered string
	// Fingerprint is the fingerprint of Article.Text when Config.Dedup is
	// on and the article was extracted without error and not filtered.
	Fingerprint *dedup.Fingerprint
	// Duplicate is the verdict on the article when Config.Dedup is on, set
	// in input order as the result is written.
	Duplicate dedup.Verdict
}

// Code returns the stable error code of r.Err ("" when there is none):
// not_found, read_error, gzip_error, or one of fetch.Code's (which
// include lede.Code's).
func (r Result) Code() string { return ErrorCode(r.Err) }

// ErrorText returns the error as written in batch output, "<code>: <message>",
// without repeating a code the message already starts with.
func (r Result) ErrorText() string {
	if r.Err == nil {
		return ""
	}
	code, msg := r.Code(), r.Err.Error()
	if msg == code || strings.HasPrefix(msg, code+": ") {
		return msg
	}
	return code + ": " + msg
}

// ErrorCode returns the code of an error returned for a document.
func ErrorCode(err error) string {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie.code
	}
	return fetch.Code(err) // the fetch codes, else lede.Code's
}

// Stream extracts every document named by inputs and calls fn with each
// result, in input order, from one goroutine. It returns when all documents
// are done, fn returns an error, or ctx is cancelled (then with ctx.Err()).
// ErrNoInput is returned, before fn is called, when no input exists, and
// at the end when no document was found.
func Stream(ctx context.Context, cfg Config, inputs []string, fn func(Result) error) (Summary, error) {
	cfg = cfg.withDefaults()
	sum := Summary{Errors: map[string]int{}}
	start := time.Now()
	if !anyInputExists(inputs, cfg.Fetch != nil) {
		return sum, fmt.Errorf("%w: %s", ErrNoInput, strings.Join(inputs, " "))
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// WARC blocks in flight: one being read by the walk, one per worker.
	blocks := newBlockPool(cfg.Workers + 1)

	type job struct {
		doc document
		out chan Result
	}
	order := make(chan chan Result, cfg.Window)
	// The result channels are reused: at most Window wait in order, one is
	// held by the walk and one by the delivery.
	free := make(chan chan Result, cfg.Window+2)
	jobs := make(chan job)
	var wg sync.WaitGroup

	wg.Add(1)
	go func() { // the walk: documents in input order
		defer wg.Done()
		defer close(jobs)
		defer close(order)
		w := walker{ctx: ctx, stdin: cfg.Stdin, blocks: blocks, maxBytes: cfg.MaxBytes, filter: newFilter(cfg.Hosts, cfg.URLMatch), urls: cfg.Fetch != nil}
		skip := cfg.Skip
		w.emit = func(d document) error {
			if skip > 0 {
				skip--
				if d.record != nil {
					blocks.put(d.record.block)
				}
				return ctx.Err()
			}
			var out chan Result
			select {
			case out = <-free:
			default:
				out = make(chan Result, 1)
			}
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			if d.err != nil || d.skipped != "" {
				out <- Result{Source: d.source, Err: d.err, Skipped: d.skipped, URL: d.url, Fetched: d.date}
				return nil
			}
			select {
			case jobs <- job{d, out}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		_ = w.walk(inputs) // only fails when ctx is done
	}()

	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer // reused for every page this worker reads
			dec := warc.BodyDecoder{MaxBytes: cfg.MaxBytes}
			for j := range jobs {
				if j.doc.record != nil {
					j.out <- processRecord(ctx, cfg, j.doc, &dec)
					blocks.put(j.doc.record.block)
					continue
				}
				if j.doc.fetch {
					j.out <- processURL(ctx, cfg, j.doc.source)
					continue
				}
				j.out <- process(ctx, cfg, j.doc.source, &buf)
			}
		}()
	}

	var err error
	found := 0
deliver:
	for out := range order {
		var r Result
		select {
		case r = <-out:
		case <-ctx.Done():
			break deliver
		}
		free <- out
		if ctx.Err() != nil {
			break // the result may be an artefact of the cancellation
		}
		// A skipped WARC record goes to fn too, which writes no line for
		// it but counts it (a resumed run skips documents by that count).
		if err = fn(r); err != nil {
			break
		}
		sum.add(r)
		if r.Code() != CodeNotFound {
			found++
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	cancel()
	for range order { // let the walk finish
	}
	wg.Wait()
	sum.Elapsed = time.Since(start)
	if err == nil && found == 0 && cfg.Skip == 0 {
		err = fmt.Errorf("%w: %s", ErrNoInput, strings.Join(inputs, " "))
	}
	return sum, err
}

// process reads and extracts one document. The page is read into buf,
// which the extractor must not keep (lede.ExtractBytes does not). A panic
// of the extractor becomes an internal error for that document.
func process(ctx context.Context, cfg Config, source string, buf *bytes.Buffer) (r Result) {
	r.Source = source
	defer recoverExtract(&r)
	data, stored, err := readDocument(source, cfg.MaxBytes, buf)
	r.Stored = stored
	if err != nil {
		r.Err = err
		return r
	}
	extractPage(ctx, cfg, &r, data, Page{Source: source})
	return r
}

// processURL fetches and extracts one page; a fetch error is its result.
// The result carries the final URL and the fetch date.
func processURL(ctx context.Context, cfg Config, url string) (r Result) {
	r.Source, r.URL = url, url
	defer recoverExtract(&r)
	data, page, err := cfg.Fetch(ctx, url)
	if page.URL != "" {
		r.URL = page.URL
	}
	if !page.Fetched.IsZero() {
		r.Fetched = page.Fetched.UTC().Format(time.RFC3339)
	}
	if err != nil {
		r.Err = err
		return r
	}
	page.Source = url
	extractPage(ctx, cfg, &r, data, page)
	return r
}

// recoverExtract, deferred, makes a panic of the extractor an internal
// error for the document.
func recoverExtract(r *Result) {
	if p := recover(); p != nil {
		r.Article, r.Err = nil, fmt.Errorf("internal error: %v", p)
	}
}

// extractPage extracts a page that was read, then filters and
// fingerprints the article.
func extractPage(ctx context.Context, cfg Config, r *Result, data []byte, page Page) {
	r.Bytes = int64(len(data))
	r.Article, r.Err = cfg.Extract(ctx, data, page)
	if r.Article == nil && r.Err == nil {
		r.Err = fmt.Errorf("%w: extractor returned nothing", lede.ErrNoArticle)
	}
	if r.Err == nil && cfg.Filter != nil {
		r.Filtered = cfg.Filter(r.Article)
	}
	if cfg.Dedup != dedup.Off && r.Err == nil && r.Filtered == "" {
		fp := dedup.Of(r.Article.Text)
		r.Fingerprint = &fp
	}
}

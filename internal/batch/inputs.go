package batch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Error codes for documents that fail before extraction.
const (
	CodeNotFound  = "not_found"
	CodeReadError = "read_error"
	CodeGzipError = "gzip_error"
)

// ErrNoInput is returned when none of the inputs names an existing file or
// a directory holding pages.
var ErrNoInput = errors.New("batch: no input documents found")

// inputError is an error found before extraction, with its code.
type inputError struct {
	code string
	err  error
}

func (e *inputError) Error() string { return e.code + ": " + e.err.Error() }

func (e *inputError) Unwrap() error { return e.err }

// CodedError gives err the code code in batch output ("discover_error"),
// for a FetchFunc whose errors are not fetch errors.
func CodedError(code string, err error) error { return &inputError{code, err} }

// IsPage reports whether a file name is taken from a walked directory: it
// ends in .html, .htm or .xhtml, optionally followed by .gz (any case).
func IsPage(name string) bool {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// IsWARC reports whether a file name is read as a WARC file: it ends in
// .warc or .warc.gz (any case).
func IsWARC(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// document is one input document as found by the walk. err is set when the
// document failed before it could be read (a missing input, a directory
// that cannot be listed, a damaged WARC record); skipped when it is a WARC
// record to count, not extract. record holds the block of a WARC record.
type document struct {
	source    string
	err       error
	skipped   string
	url, date string
	record    *recordDoc
	fetch     bool // source is a URL to fetch
}

// walker expands inputs into documents, in order.
type walker struct {
	ctx       context.Context // the run's: the walk stops when it is done
	stdin     io.Reader
	stdinUsed bool
	emit      func(document) error
	blocks    blockPool // buffers for WARC blocks handed to the workers
	maxBytes  int64
	filter    filter
	urls      bool // http and https inputs are URLs to fetch
}

// walk expands each input in turn. It stops at the first error returned by
// emit (a cancelled context).
func (w *walker) walk(inputs []string) error {
	for _, in := range inputs {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		var err error
		if in == "-" {
			err = w.walkList()
		} else {
			err = w.walkInput(in)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// walkList reads inputs from stdin, one per line; blank lines are skipped.
// Stdin is read once: a second "-" adds nothing.
func (w *walker) walkList() error {
	if w.stdinUsed {
		return nil
	}
	w.stdinUsed = true
	if w.stdin == nil {
		return w.emit(document{source: "-", err: &inputError{CodeReadError, errors.New("no standard input to read the input list from")}})
	}
	sc := bufio.NewScanner(w.stdin)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := w.walkInput(line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return w.emit(document{source: "-", err: &inputError{CodeReadError, fmt.Errorf("reading the input list: %w", err)}})
	}
	return nil
}

// walkInput emits a named file, or the pages under a named directory.
func (w *walker) walkInput(path string) error {
	if w.urls && IsURL(path) {
		return w.emit(document{source: path, fetch: true})
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return w.emit(document{source: path, err: &inputError{CodeNotFound, err}})
	case err != nil:
		return w.emit(document{source: path, err: &inputError{CodeReadError, err}})
	case !info.IsDir() && IsWARC(path):
		return w.walkWARC(path)
	case !info.IsDir():
		return w.emit(document{source: path})
	}
	root := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a symbolic link at the root; a trailing
		// separator makes it list the directory the link points to.
		root = path + string(filepath.Separator)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed (or vanished): report
			// it as its own line and go on with its siblings.
			if emitErr := w.emit(document{source: p, err: &inputError{CodeReadError, err}}); emitErr != nil {
				return emitErr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !IsPage(d.Name()) && !IsWARC(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil // devices, pipes, sockets
		}
		if IsWARC(d.Name()) {
			return w.walkWARC(p)
		}
		return w.emit(document{source: p})
	})
}

// IsURL tells an input that is a URL to fetch rather than a file name:
// SCHEME://…, whatever the scheme (the fetcher refuses those other than
// http and https with an error line of their own).
func IsURL(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	if !ok || len(scheme) < 2 { // not a Windows drive letter either
		return false
	}
	for i, c := range scheme {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// anyInputExists reports whether at least one input is "-", a URL to
// fetch (with urls), or names something that exists; when none does the run is fatal before any output.
func anyInputExists(inputs []string, urls bool) bool {
	for _, in := range inputs {
		if in == "-" || urls && IsURL(in) {
			return true
		}
		if _, err := os.Stat(in); err == nil {
			return true
		}
	}
	return false
}

package warc

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by Record.Err and the errors of ReadBlock,
// ParseResponse and BodyDecoder.
var (
	// ErrMalformed: a record header or framing that is not WARC.
	ErrMalformed = errors.New("malformed record")
	// ErrTruncated: the file ends inside a record.
	ErrTruncated = errors.New("truncated record")
	// ErrGzip: a gzip member that cannot be decompressed.
	ErrGzip = errors.New("corrupt gzip member")
	// ErrTooLarge: a block or decoded body over the limit asked for.
	ErrTooLarge = errors.New("too large")
	// ErrHTTP: a response block that is not an HTTP response.
	ErrHTTP = errors.New("malformed HTTP response")
	// ErrEncoding: a body whose content or transfer coding cannot be
	// decoded, or a coding not supported.
	ErrEncoding = errors.New("content encoding")
	// ErrRatio: a body that decompresses to more than the ratio limit
	// allows (a decompression bomb).
	ErrRatio = errors.New("decompression ratio over the limit")
)

// readError is a failure of the underlying reader (the file), as opposed
// to bad WARC or gzip data. It stops the stream.
type readError struct{ err error }

func (e *readError) Error() string { return e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

// gzipError is a gzip member that failed to decompress.
type gzipError struct {
	offset int64 // of the member in the file
	err    error
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("%v in the gzip member at offset %d: %v", ErrGzip, e.offset, e.err)
}
func (e *gzipError) Is(target error) bool { return target == ErrGzip }
func (e *gzipError) Unwrap() error        { return e.err }

// recordError prefixes err with the record's offset, as the package's
// errors read: "warc: record at offset 88123: malformed record: …".
func recordError(offset int64, sentinel error, format string, args ...any) error {
	return fmt.Errorf("warc: record at offset %d: %w: %s", offset, sentinel, fmt.Sprintf(format, args...))
}

package warc

import (
	"strconv"
	"strings"
)

// Field is one named field of a record header, as written.
type Field struct {
	Name, Value string
}

// Record is the header of one WARC record, or a record that could not be
// read (Err set). Its block is read from the Reader.
type Record struct {
	// Offset is the record's byte offset in the file; in a gzipped file,
	// the offset of the gzip member it starts in.
	Offset int64
	// Version is the version line, "WARC/1.0" or "WARC/1.1".
	Version string
	// Fields are the header fields in file order.
	Fields []Field
	// Type, TargetURI, Date and ContentType are the values of WARC-Type,
	// WARC-Target-URI (without the angle brackets some writers add),
	// WARC-Date and Content-Type; ContentLength is the block's length.
	Type, TargetURI, Date, ContentType string
	ContentLength                      int64
	// Err is set when the record could not be read; it wraps ErrMalformed,
	// ErrTruncated or ErrGzip. The other fields may then be empty.
	Err error
}

// Get returns the value of the first field named name (case-insensitive),
// or "".
func (r *Record) Get(name string) string {
	for _, f := range r.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// parseHeader fills the named fields and the content length from Fields.
func (r *Record) parseHeader() error {
	length := ""
	for _, f := range r.Fields {
		switch {
		case strings.EqualFold(f.Name, "WARC-Type"):
			r.Type = f.Value
		case strings.EqualFold(f.Name, "WARC-Target-URI"):
			r.TargetURI = strings.TrimSuffix(strings.TrimPrefix(f.Value, "<"), ">")
		case strings.EqualFold(f.Name, "WARC-Date"):
			r.Date = f.Value
		case strings.EqualFold(f.Name, "Content-Type"):
			r.ContentType = f.Value
		case strings.EqualFold(f.Name, "Content-Length"):
			length = f.Value
		}
	}
	if length == "" {
		return recordError(r.Offset, ErrMalformed, "no Content-Length")
	}
	n, err := strconv.ParseInt(length, 10, 64)
	if err != nil || n < 0 {
		return recordError(r.Offset, ErrMalformed, "Content-Length %q", length)
	}
	r.ContentLength = n
	return nil
}

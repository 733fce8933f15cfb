package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

const (
	// bufferSize is the read buffer, for the file and for the
	// decompressed stream; it is also the longest header line.
	bufferSize = 256 << 10
	// maxHeaderBytes bounds a record header.
	maxHeaderBytes = 1 << 20
)

var (
	versionPrefix = []byte("WARC/")
	recordStart   = []byte("WARC/1.")
	lineThenStart = []byte("\nWARC/1.")
)

// Reader reads the records of a WARC file in order:
//
//	r := warc.NewReader(f)
//	for r.Next() {
//		rec := r.Record()
//		if rec.Err != nil { … report, the reader has moved on … }
//		block, err := r.ReadBlock(buf[:0], limit) // or leave it unread
//	}
//	if err := r.Err(); err != nil { … the file could not be read … }
//
// A gzipped file is recognised by its first bytes.
type Reader struct {
	file *offsetReader
	raw  *bufio.Reader // over file
	gz   *gzipStream   // nil for a plain file
	br   *bufio.Reader // the WARC stream: raw, or over gz

	rec       Record
	start     int64 // stream position of rec
	remaining int64 // unread bytes of rec's block
	open      bool  // rec's block (and the CRLF CRLF after it) not finished
	resync    bool  // the stream is not at a record boundary
	done      bool
	err       error
}

// NewReader returns a Reader of the WARC file r, plain or gzipped. When r
// is an io.Seeker the reader can look for the next gzip member from just
// after a corrupt one; otherwise it goes on from where decompression failed.
func NewReader(r io.Reader) *Reader {
	file := &offsetReader{r: r}
	raw := bufio.NewReaderSize(file, bufferSize)
	rd := &Reader{file: file, raw: raw, br: raw}
	if magic, _ := raw.Peek(2); bytes.HasPrefix(gzipMagic, magic) && len(magic) == 2 {
		rd.gz = newGzipStream(file, raw)
		rd.br = bufio.NewReaderSize(rd.gz, bufferSize)
	}
	return rd
}

// Record returns the current record; it is valid until the next call to
// Next.
func (r *Reader) Record() *Record { return &r.rec }

// Err returns the error that stopped the stream: a failing read of the
// underlying file. It is nil at the end of the file, also when records
// before were damaged (their Record.Err says so).
func (r *Reader) Err() error { return r.err }

// Next moves to the next record, discarding what is left of the current
// one's block. It returns false at the end of the file or when the file
// cannot be read.
func (r *Reader) Next() bool {
	if r.done {
		return false
	}
	if r.open {
		if err := r.finish(); err != nil {
			return r.yieldError(r.rec.Offset, err)
		}
	}
	if r.resync {
		if err := r.resynchronise(); err != nil {
			r.stop(err)
			return false
		}
	}
	rec, err := r.readHeader()
	switch {
	case err == nil:
		r.rec, r.remaining, r.open = rec, rec.ContentLength, true
		return true
	case err == io.EOF && rec.Offset < 0:
		r.done = true
		return false
	}
	return r.yieldError(rec.Offset, err)
}

// yieldError makes err the current record, unless it is fatal.
func (r *Reader) yieldError(offset int64, err error) bool {
	var re *readError
	if errors.As(err, &re) {
		r.stop(err)
		return false
	}
	r.rec = Record{Offset: offset, Err: err}
	r.open, r.resync = false, true
	return true
}

// stop ends the stream; err is kept unless it is the end of the file.
func (r *Reader) stop(err error) {
	r.done = true
	if err != io.EOF {
		r.err = fmt.Errorf("warc: %w", err)
	}
}

// position returns the stream position of the next byte of br.
func (r *Reader) position() int64 {
	if r.gz != nil {
		return r.gz.pos - int64(r.br.Buffered())
	}
	return r.file.position(r.br)
}

// offsetOf maps a stream position to a file offset.
func (r *Reader) offsetOf(pos int64) int64 {
	if r.gz != nil {
		return r.gz.offsetAt(pos)
	}
	return pos
}

// readHeader reads a record header. At the clean end of the file it
// returns io.EOF with rec.Offset -1; a damaged header gives an error
// wrapping ErrMalformed, ErrTruncated or ErrGzip, with rec.Offset set.
func (r *Reader) readHeader() (rec Record, err error) {
	rec.Offset = -1
	for { // blank lines between records are tolerated
		b, err := r.br.Peek(1)
		if err != nil {
			var ge *gzipError
			if errors.As(err, &ge) {
				rec.Offset = ge.offset
				return rec, fmt.Errorf("warc: record at offset %d: %w", ge.offset, err)
			}
			return rec, err
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		_, _ = r.br.Discard(1)
	}
	r.start = r.position()
	rec.Offset = r.offsetOf(r.start)
	size := 0
	line, err := r.readLine(&size)
	if err != nil {
		return rec, r.wrap(rec.Offset, err, "in the header")
	}
	if !bytes.HasPrefix(line, versionPrefix) {
		return rec, recordError(rec.Offset, ErrMalformed, "no WARC version line: %q", clip(line, 40))
	}
	rec.Version = string(line)
	for {
		line, err := r.readLine(&size)
		if err != nil {
			return rec, r.wrap(rec.Offset, err, "in the header")
		}
		if len(line) == 0 {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && len(rec.Fields) > 0 { // a folded line (WARC 1.0)
			f := &rec.Fields[len(rec.Fields)-1]
			f.Value += " " + string(bytes.TrimSpace(line))
			continue
		}
		i := bytes.IndexByte(line, ':')
		if i <= 0 {
			return rec, recordError(rec.Offset, ErrMalformed, "header line without a field name: %q", clip(line, 40))
		}
		rec.Fields = append(rec.Fields, Field{
			Name:  string(bytes.TrimSpace(line[:i])),
			Value: string(bytes.TrimSpace(line[i+1:])),
		})
	}
	return rec, rec.parseHeader()
}

// readLine reads one header line without its line ending, adding its
// length to *size.
func (r *Reader) readLine(size *int) ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	switch {
	case err == bufio.ErrBufferFull:
		return nil, fmt.Errorf("%w: a header line over %d KiB", ErrMalformed, bufferSize>>10)
	case err == io.EOF:
		return nil, io.ErrUnexpectedEOF
	case err != nil:
		return nil, err
	}
	*size += len(line)
	if *size > maxHeaderBytes {
		return nil, fmt.Errorf("%w: a header over %d KiB", ErrMalformed, maxHeaderBytes>>10)
	}
	line = bytes.TrimSuffix(line[:len(line)-1], []byte{'\r'})
	return line, nil
}

// wrap turns an error met while reading the record at offset into the
// package's form: the end of the file inside the record is ErrTruncated;
// read errors of the file are returned as they are (they stop the stream).
func (r *Reader) wrap(offset int64, err error, where string) error {
	var re *readError
	switch {
	case errors.As(err, &re):
		return err
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return recordError(offset, ErrTruncated, "the file ends %s", where)
	}
	return fmt.Errorf("warc: record at offset %d: %w", offset, err) // ErrMalformed, a *gzipError
}

// clip shortens b for a message.
func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Read reads the current record's block; it returns io.EOF at its end. A
// block cut short by the end of the file gives an error wrapping
// ErrTruncated; a corrupt gzip member one wrapping ErrGzip. After an error
// the record is over: Next goes on with the next record it can find.
func (r *Reader) Read(p []byte) (int, error) {
	if !r.open || r.remaining == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.remaining {
		p = p[:r.remaining]
	}
	n, err := r.br.Read(p)
	r.remaining -= int64(n)
	if err == io.EOF && r.remaining == 0 {
		err = nil
	}
	if err != nil {
		err = r.wrap(r.rec.Offset, err, "in the block")
		r.fail()
	}
	return n, err
}

// ReadBlock appends the rest of the current record's block to dst and
// checks that the record ends as WARC says (CRLF CRLF). A block longer than
// max is not read: ReadBlock returns an error wrapping ErrTooLarge, and
// Next skips the block without holding it in memory.
func (r *Reader) ReadBlock(dst []byte, max int64) ([]byte, error) {
	if !r.open {
		return dst, io.EOF
	}
	if r.rec.ContentLength > max {
		return dst, recordError(r.rec.Offset, ErrTooLarge, "block of %d bytes, limit %d", r.rec.ContentLength, max)
	}
	n := len(dst)
	dst = grow(dst, int(r.remaining))
	m, err := io.ReadFull(r, dst[n:n+int(r.remaining)])
	dst = dst[:n+m]
	if err != nil {
		return dst, err
	}
	r.open = false
	if err := r.checkTrailer(); err != nil {
		r.fail()
		return dst, err
	}
	return dst, nil
}

// grow returns b with room for n more bytes.
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	nb := make([]byte, len(b), len(b)+n)
	copy(nb, b)
	return nb
}

// fail ends the current record after an error: Next looks for the next
// record (after a truncated one it finds the end of the file).
func (r *Reader) fail() {
	r.open, r.resync = false, true
}

// finish discards the rest of the current block and checks the record's
// end.
func (r *Reader) finish() error {
	r.open = false
	if r.remaining > 0 {
		n, err := io.CopyN(io.Discard, r.br, r.remaining)
		r.remaining -= n
		if err != nil {
			r.resync = true
			return r.wrap(r.rec.Offset, err, "in the block")
		}
	}
	if err := r.checkTrailer(); err != nil {
		r.resync = true
		return err
	}
	return nil
}

// checkTrailer reads the CRLF CRLF that ends a record. Writers that end a
// record with fewer line breaks are tolerated when the next record (or the
// end of the file) follows; anything else means the Content-Length was
// wrong.
func (r *Reader) checkTrailer() error {
	n := 0
	for ; n < 4; n++ {
		b, err := r.br.ReadByte()
		if err != nil {
			return nil // the end, or damage the next record will report
		}
		if b != '\r' && b != '\n' {
			_ = r.br.UnreadByte()
			break
		}
	}
	if n == 4 {
		return r.checkMember()
	}
	next, err := r.br.Peek(len(versionPrefix))
	if err != nil || bytes.Equal(next, versionPrefix) {
		return r.checkMember()
	}
	return recordError(r.rec.Offset, ErrMalformed, "the block of %d bytes is not followed by CRLF CRLF (wrong Content-Length?)", r.rec.ContentLength)
}

// checkMember makes sure, in a gzipped file, that the gzip member holding
// the record just read is sound: its checksum is only verified at its end,
// which reading one byte more reaches.
func (r *Reader) checkMember() error {
	if r.gz == nil {
		return nil
	}
	_, err := r.br.Peek(1)
	var ge *gzipError
	if errors.As(err, &ge) && ge.offset <= r.rec.Offset {
		return fmt.Errorf("warc: record at offset %d: %w", r.rec.Offset, err)
	}
	return nil
}

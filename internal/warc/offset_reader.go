package warc

import (
	"bufio"
	"bytes"
	"io"
)

// offsetReader counts the bytes read from the file, so that a bufio.Reader
// over it can tell the offset of its next byte; it can seek back when the
// file allows it (resynchronising after a corrupt gzip member).
type offsetReader struct {
	r io.Reader
	n int64
}

func (o *offsetReader) Read(p []byte) (int, error) {
	n, err := o.r.Read(p)
	o.n += int64(n)
	if err != nil && err != io.EOF {
		err = &readError{err}
	}
	return n, err
}

// position returns the file offset of the next byte br will return.
func (o *offsetReader) position(br *bufio.Reader) int64 { return o.n - int64(br.Buffered()) }

// seek moves to offset when the file is an io.Seeker and resets br; it
// reports whether it could.
func (o *offsetReader) seek(offset int64, br *bufio.Reader) (bool, error) {
	s, ok := o.r.(io.Seeker)
	if !ok {
		return false, nil
	}
	if _, err := s.Seek(offset, io.SeekStart); err != nil {
		return false, &readError{err}
	}
	o.n = offset
	br.Reset(o)
	return true, nil
}

// skipTo discards bytes of br up to the next occurrence of magic, which is
// left unread. At the end of the stream it returns io.EOF.
func skipTo(br *bufio.Reader, magic []byte) error {
	for {
		buf, err := br.Peek(br.Size())
		if i := bytes.Index(buf, magic); i >= 0 {
			_, _ = br.Discard(i)
			return nil
		}
		if err != nil { // the end of the stream, or a read error
			_, _ = br.Discard(len(buf))
			return err
		}
		_, _ = br.Discard(len(buf) - len(magic) + 1)
	}
}

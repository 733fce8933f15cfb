package warc

import (
	"bufio"
	"errors"
	"io"

	"github.com/klauspost/compress/gzip"
)

// gzipMagic starts every gzip member that uses deflate (RFC 1952).
var gzipMagic = []byte{0x1f, 0x8b, 8}

// memberStart maps a position in the decompressed stream to the file
// offset of the gzip member that starts there.
type memberStart struct {
	pos    int64 // in the decompressed stream
	offset int64 // in the file
}

// gzipStream decompresses a file of concatenated gzip members into one
// stream, recording where each member starts so that a record's position
// in the stream can be mapped back to the offset of its member. A member
// that fails to decompress makes Read return a *gzipError until resync.
type gzipStream struct {
	file     *offsetReader
	src      *bufio.Reader // over file; gzip reads it byte by byte, so file.position(src) is exact
	zr       gzip.Reader
	inMember bool
	member   int64 // file offset of the current (or failed) member
	pos      int64 // decompressed bytes returned
	starts   []memberStart
	err      error // sticky *gzipError until resync
}

func newGzipStream(file *offsetReader, src *bufio.Reader) *gzipStream {
	return &gzipStream{file: file, src: src}
}

func (g *gzipStream) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	for {
		if !g.inMember {
			off := g.file.position(g.src)
			if _, err := g.src.Peek(1); err != nil {
				return 0, err // io.EOF at a member boundary: the clean end
			}
			g.member = off
			if err := g.zr.Reset(g.src); err != nil {
				return 0, g.fail(err)
			}
			g.zr.Multistream(false)
			g.inMember = true
			g.starts = append(g.starts, memberStart{g.pos, off})
		}
		n, err := g.zr.Read(p)
		g.pos += int64(n)
		switch {
		case err == io.EOF:
			g.inMember = false
			if n > 0 {
				return n, nil
			}
		case err != nil:
			return n, g.fail(err)
		case n > 0 || len(p) == 0:
			return n, nil
		}
	}
}

// fail makes err sticky: a read error of the file as it is, anything else
// as a *gzipError of the current member.
func (g *gzipStream) fail(err error) error {
	var re *readError
	if !errors.As(err, &re) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		err = &gzipError{offset: g.member, err: err}
	}
	g.err = err
	return err
}

// offsetAt returns the file offset of the member holding stream position
// pos, and forgets the members before it.
func (g *gzipStream) offsetAt(pos int64) int64 {
	i := len(g.starts) - 1
	for i > 0 && g.starts[i].pos > pos {
		i--
	}
	if i < 0 {
		return 0
	}
	off := g.starts[i].offset
	if i > 0 {
		g.starts = append(g.starts[:0], g.starts[i:]...)
	}
	return off
}

// finishMember discards the rest of the current member, so that the next
// Read starts a new one. A corrupt rest is left to the caller as the error.
func (g *gzipStream) finishMember() error {
	if g.err != nil || !g.inMember {
		return g.err
	}
	n, err := io.Copy(io.Discard, &g.zr)
	g.pos += n
	g.inMember = false
	if err != nil {
		return g.fail(err)
	}
	return nil
}

// resync recovers from a corrupt member: it looks for the next gzip
// member after the start of the failed one (seeking back when the file
// allows it, else from where reading stopped). It returns io.EOF when there
// is none.
func (g *gzipStream) resync() error {
	failed := g.member
	g.err, g.inMember = nil, false
	if ok, err := g.file.seek(failed+1, g.src); err != nil {
		return err
	} else if !ok && g.file.position(g.src) <= failed {
		_, _ = g.src.Discard(1)
	}
	return skipTo(g.src, gzipMagic)
}

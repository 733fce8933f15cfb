package batch

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// compression is how an output file is compressed, by its name.
type compression int

const (
	plain compression = iota
	gzipFrames
	zstdFrames
)

// compressionOf tells the compression an output name asks for: .gz for
// gzip, .zst or .zstd for Zstandard, else none.
func compressionOf(path string) compression {
	switch p := strings.ToLower(path); {
	case strings.HasSuffix(p, ".gz"):
		return gzipFrames
	case strings.HasSuffix(p, ".zst"), strings.HasSuffix(p, ".zstd"):
		return zstdFrames
	}
	return plain
}

// Decompress reads r, the contents of a file called name, decompressed as
// its name says (as compressionOf: .gz, .zst, .zstd). Close releases the
// decompressor, not r.
func Decompress(r io.Reader, name string) (io.ReadCloser, error) {
	switch compressionOf(name) {
	case gzipFrames:
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return zr, nil
	case zstdFrames:
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return zr.IOReadCloser(), nil
	}
	return io.NopCloser(r), nil
}

// frameWriter writes to w, compressed in independent frames (gzip members,
// Zstandard frames) that End closes. Readers of either format read the
// frames one after another as one stream, and a file cut after any frame
// is whole, which is what checkpoints need.
type frameWriter struct {
	w    *countWriter
	kind compression
	gz   *gzip.Writer
	zs   *zstd.Encoder
	open bool
}

func newFrameWriter(w io.Writer, kind compression) *frameWriter {
	return &frameWriter{w: &countWriter{w: w}, kind: kind}
}

func (f *frameWriter) Write(p []byte) (int, error) {
	if f.kind == plain {
		return f.w.Write(p)
	}
	if !f.open {
		if err := f.start(); err != nil {
			return 0, err
		}
	}
	if f.gz != nil {
		return f.gz.Write(p)
	}
	return f.zs.Write(p)
}

// start opens a new frame, reusing the compressor.
func (f *frameWriter) start() error {
	f.open = true
	switch f.kind {
	case gzipFrames:
		if f.gz == nil {
			f.gz = gzip.NewWriter(f.w)
		} else {
			f.gz.Reset(f.w)
		}
	case zstdFrames:
		if f.zs == nil {
			enc, err := zstd.NewWriter(f.w, zstd.WithEncoderConcurrency(1))
			if err != nil {
				return err
			}
			f.zs = enc
		} else {
			f.zs.Reset(f.w)
		}
	}
	return nil
}

// End closes the open frame, if any; everything written so far is then in
// the underlying writer.
func (f *frameWriter) End() error {
	if !f.open {
		return nil
	}
	f.open = false
	if f.gz != nil {
		return f.gz.Close()
	}
	return f.zs.Close()
}

// Offset is the number of bytes written to the underlying writer.
func (f *frameWriter) Offset() int64 { return f.w.n }

// countWriter counts the bytes written through it, from n on.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

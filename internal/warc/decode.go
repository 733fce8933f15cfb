package warc

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/lede-news/lede/internal/coding"
)

// Defaults of BodyDecoder.
const (
	DefaultMaxRatio = 100
	// ratioFloor is the decoded size always allowed, whatever the ratio:
	// a small body that expands a lot is harmless.
	ratioFloor = 1 << 20
)

// BodyDecoder undoes the transfer coding (chunked) and the content codings
// (gzip, x-gzip, deflate, br) of response bodies, keeping its buffers and
// decompressors from one body to the next. The zero value is ready to use
// with MaxBytes set. It is not safe for concurrent use.
type BodyDecoder struct {
	// MaxBytes is the largest decoded body; a larger one gives an error
	// wrapping ErrTooLarge. Required.
	MaxBytes int64
	// MaxRatio bounds decoded size / encoded size for a body that decodes
	// to more than 1 MiB (default DefaultMaxRatio): beyond it Decode stops
	// with an error wrapping ErrRatio, before MaxBytes are spent on a
	// decompression bomb.
	MaxRatio int

	bufs [2]bytes.Buffer
	gz   gzip.Reader
	fl   io.ReadCloser
	zl   io.ReadCloser
	br   *brotli.Reader
	in   bytes.Reader
}

// Decode returns the body of resp as the server meant it. resp.Body may be
// modified (chunks are joined in place); the result is valid until the
// next call. Codings are lax where writers are: a body marked gzip that is
// not gzip is taken as it is, a body marked chunked that is not chunked
// too (Common Crawl stores decoded payloads under their original header).
func (d *BodyDecoder) Decode(resp Response) ([]byte, error) {
	body := resp.Body
	if strings.Contains(resp.TransferEncoding, "chunked") {
		body = dechunk(body)
	}
	out := 0
	for _, c := range coding.Undo(resp.ContentEncoding) {
		if c == "none" { // not a registered coding, but written by some
			continue
		}
		decoded, err := d.decode(c, body, &d.bufs[out])
		if err != nil {
			return nil, err
		}
		body, out = decoded, 1-out
	}
	if int64(len(body)) > d.MaxBytes {
		return nil, fmt.Errorf("%w: body of %d bytes, limit %d", ErrTooLarge, len(body), d.MaxBytes)
	}
	return body, nil
}

// decode undoes one content coding of in into buf.
func (d *BodyDecoder) decode(coding string, in []byte, buf *bytes.Buffer) ([]byte, error) {
	d.in.Reset(in)
	var r io.Reader
	switch coding {
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(in, gzipMagic[:2]) {
			return in, nil
		}
		if err := d.gz.Reset(&d.in); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrEncoding, coding, err)
		}
		d.gz.Multistream(false)
		r = &d.gz
	case "deflate":
		r = d.deflate(in)
	case "br":
		if d.br == nil {
			d.br = brotli.NewReader(&d.in)
		} else if err := d.br.Reset(&d.in); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrEncoding, coding, err)
		}
		r = d.br
	default:
		return nil, fmt.Errorf("%w: %q not supported", ErrEncoding, coding)
	}
	limit := d.MaxBytes
	ratio := int64(d.MaxRatio)
	if ratio <= 0 {
		ratio = DefaultMaxRatio
	}
	byRatio := max(ratio*int64(len(in)), ratioFloor)
	limit = min(limit, byRatio)
	buf.Reset()
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	switch {
	case n > limit && limit == byRatio:
		return nil, fmt.Errorf("%w: %s body of %d bytes expands beyond %d× (limit %d)", ErrRatio, coding, len(in), ratio, limit)
	case n > limit:
		return nil, fmt.Errorf("%w: %s body expands beyond %d bytes", ErrTooLarge, coding, limit)
	case err != nil:
		return nil, fmt.Errorf("%w: %s: %v", ErrEncoding, coding, err)
	}
	return buf.Bytes(), nil
}

// deflate returns a reader of "deflate" content: zlib as the HTTP spec
// says, or raw deflate as many servers send it.
func (d *BodyDecoder) deflate(in []byte) io.Reader {
	if coding.IsZlib(in) {
		if d.zl == nil {
			if zl, err := zlib.NewReader(&d.in); err == nil {
				d.zl = zl
				return zl
			}
		} else if err := d.zl.(zlib.Resetter).Reset(&d.in, nil); err == nil {
			return d.zl
		}
		d.in.Reset(in)
	}
	if d.fl == nil {
		d.fl = flate.NewReader(&d.in)
	} else {
		_ = d.fl.(flate.Resetter).Reset(&d.in, nil)
	}
	return d.fl
}

// dechunk joins the chunks of a chunked body in place (RFC 9112 §7.1) and
// returns the data. A body that does not start with a chunk size is
// returned as it is; a body cut inside a chunk keeps what was received.
// Chunk extensions and trailer fields are dropped.
func dechunk(b []byte) []byte {
	w, r := 0, 0
	for r < len(b) {
		nl := bytes.IndexByte(b[r:], '\n')
		if nl < 0 {
			if r == 0 {
				return b // not chunked after all
			}
			break
		}
		line := bytes.TrimSpace(b[r : r+nl])
		if i := bytes.IndexByte(line, ';'); i >= 0 {
			line = bytes.TrimSpace(line[:i])
		}
		size, err := strconv.ParseUint(string(line), 16, 31)
		if err != nil {
			if r == 0 {
				return b // not chunked after all
			}
			break
		}
		r += nl + 1
		if size == 0 {
			break
		}
		n := min(int(size), len(b)-r)
		copy(b[w:], b[r:r+n])
		w, r = w+n, r+n
		if r < len(b) && b[r] == '\r' {
			r++
		}
		if r < len(b) && b[r] == '\n' {
			r++
		}
	}
	return b[:w]
}

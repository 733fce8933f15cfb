package fetch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/lede-news/lede/internal/coding"
)

// acceptEncoding is what the client asks for; it decodes the answer itself
// so that the size limit applies to the decoded bytes.
const acceptEncoding = "gzip, deflate, br"

// errEncoding marks a corrupt or unknown content coding.
var errEncoding = errors.New("content coding")

// decoder returns a reader of body decoded by the Content-Encoding codings,
// applied in the order listed (so undone in reverse).
func decoder(body io.Reader, contentEncoding string) (io.Reader, error) {
	r := body
	for _, c := range coding.Undo(contentEncoding) {
		switch c {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, fmt.Errorf("%w: gzip: %v", errEncoding, err)
			}
			r = zr
		case "deflate":
			r = inflater(r)
		case "br":
			r = brotli.NewReader(r)
		default:
			return nil, fmt.Errorf("%w: unsupported %q", errEncoding, c)
		}
	}
	return r, nil
}

// inflater reads "deflate", which servers send as zlib (RFC 9110) or, often,
// as raw deflate: a zlib header is told by its checksum.
func inflater(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if coding.IsZlib(head) {
		if zr, err := zlib.NewReader(br); err == nil {
			return zr
		}
	}
	return flate.NewReader(br)
}

// readLimited reads r up to max bytes. It returns the bytes read and
// whether there were more (the body was cut).
func readLimited(r io.Reader, max int64) ([]byte, bool, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if err != nil {
		return buf.Bytes(), false, err
	}
	if n > max {
		return buf.Bytes()[:max], true, nil
	}
	return buf.Bytes(), false, nil
}

// idleReader calls onIdle when no Read has returned data for timeout: a
// body that stops flowing is abandoned (the caller cancels the request).
type idleReader struct {
	r       io.Reader
	timer   *time.Timer
	timeout time.Duration
}

func newIdleReader(r io.Reader, timeout time.Duration, onIdle func()) *idleReader {
	return &idleReader{r: r, timer: time.AfterFunc(timeout, onIdle), timeout: timeout}
}

func (ir *idleReader) Read(p []byte) (int, error) {
	n, err := ir.r.Read(p)
	if n > 0 {
		ir.timer.Reset(ir.timeout)
	}
	return n, err
}

func (ir *idleReader) stop() { ir.timer.Stop() }

package batch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/klauspost/compress/gzip"

	"github.com/lede-news/lede"
)

// ReadDocument reads one page, gunzipping a name ending in .gz, and reads
// at most maxBytes (+1 to tell an oversize page).
func ReadDocument(path string, maxBytes int64) ([]byte, error) {
	data, _, err := readDocument(path, maxBytes, nil)
	return data, err
}

// readDocument is ReadDocument reading into buf, when not nil: the bytes
// returned are buf's and valid until its next use. A worker that reads
// page after page keeps one buffer instead of allocating a page's worth
// each time. stored is the size of the file (0 when it is not a regular
// file or was not opened).
func readDocument(path string, maxBytes int64, buf *bytes.Buffer) (data []byte, stored int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, &inputError{CodeReadError, err}
	}
	defer f.Close()
	stored = regularSize(f)

	var r io.Reader = f
	gz := strings.HasSuffix(strings.ToLower(path), ".gz")
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, stored, gzipError(err)
		}
		defer zr.Close()
		r = zr
	}
	data, err = readAll(io.LimitReader(r, maxBytes+1), sizeHint(stored, gz, maxBytes), buf)
	if err != nil {
		if gz && !isReadError(err) {
			return nil, stored, gzipError(err)
		}
		return nil, stored, &inputError{CodeReadError, err}
	}
	if int64(len(data)) > maxBytes {
		return nil, stored, fmt.Errorf("%w: input exceeds %d bytes", lede.ErrTooLarge, maxBytes)
	}
	return data, stored, nil
}

// regularSize is the size of f, 0 when it is not a regular file.
func regularSize(f *os.File) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	return fi.Size()
}

// sizeHint guesses the size of the document in a file of stored bytes, so
// that reading it allocates once: the file's size, or four times that for
// gzip (news HTML compresses about 1:5; a short guess only costs a
// regrowth). 0 (no hint) when the size is unknown.
func sizeHint(stored int64, gz bool, maxBytes int64) int64 {
	if stored <= 0 {
		return 0
	}
	n := stored
	if gz {
		n *= 4
	}
	return min(n, maxBytes) + bytes.MinRead // ReadFrom wants MinRead free to see EOF
}

// readAll reads r to the end into buf (a new buffer when nil), grown to
// the hinted size first.
func readAll(r io.Reader, hint int64, buf *bytes.Buffer) ([]byte, error) {
	if buf == nil {
		if hint <= 0 {
			return io.ReadAll(r)
		}
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	if hint > 0 {
		buf.Grow(int(hint))
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

func gzipError(err error) error {
	if !strings.HasPrefix(err.Error(), "gzip: ") {
		err = fmt.Errorf("gzip: %w", err)
	}
	return &inputError{CodeGzipError, err}
}

// isReadError tells an error of the file system (*os.PathError) from one of
// the gzip stream.
func isReadError(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe)
}

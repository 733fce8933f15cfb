package batch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/lede-news/lede"
)

// readDocument reads one page, gunzipping a name ending in .gz, and reads
// at most maxBytes (+1 to tell an oversize page).
func ReadDocument(path string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &inputError{CodeReadError, err}
	}
	defer f.Close()

	var r io.Reader = f
	gz := strings.HasSuffix(strings.ToLower(path), ".gz")
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, gzipError(err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := readAll(io.LimitReader(r, maxBytes+1), sizeHint(f, gz, maxBytes))
	if err != nil {
		if gz && !isReadError(err) {
			return nil, gzipError(err)
		}
		return nil, &inputError{CodeReadError, err}
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%w: input exceeds %d bytes", lede.ErrTooLarge, maxBytes)
	}
	return data, nil
}

// sizeHint guesses the size of the document in f, so that reading it
// allocates once: the file's size, or four times that for gzip (news HTML
// compresses about 1:5; a short guess only costs a regrowth).
func sizeHint(f *os.File, gz bool, maxBytes int64) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	n := fi.Size()
	if gz {
		n *= 4
	}
	return min(n, maxBytes) + bytes.MinRead // ReadFrom wants MinRead free to see EOF
}

// readAll reads r to the end into a buffer of the hinted size.
func readAll(r io.Reader, hint int64) ([]byte, error) {
	if hint <= 0 {
		return io.ReadAll(r)
	}
	var b bytes.Buffer
	b.Grow(int(hint))
	_, err := b.ReadFrom(r)
	return b.Bytes(), err
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

package batch

import (
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
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
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

package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// AtomicFile is an output file that appears at its path only when
// committed: it is written to a temporary file in the same directory and
// renamed over the path. A path naming something other than a regular file
// (/dev/null, a named pipe) is written directly.
type AtomicFile struct {
	f      *os.File
	path   string
	direct bool
	mode   fs.FileMode
}

// CreateAtomic starts an AtomicFile for path. It fails at once when the
// directory is not writable.
func CreateAtomic(path string) (*AtomicFile, error) {
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return nil, err
			}
			return &AtomicFile{f: f, path: path, direct: true}, nil
		}
		mode = info.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{f: f, path: path, mode: mode}, nil
}

// Write writes to the temporary file.
func (a *AtomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

// Commit closes the file and moves it to its path.
func (a *AtomicFile) Commit() error {
	if a.direct {
		return a.f.Close()
	}
	err := a.f.Sync()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), a.mode)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	return nil
}

// Abort closes and removes the temporary file; the path is left as it was.
// It is a no-op after Commit.
func (a *AtomicFile) Abort() {
	err := a.f.Close()
	if a.direct || errors.Is(err, os.ErrClosed) {
		return
	}
	os.Remove(a.f.Name())
}

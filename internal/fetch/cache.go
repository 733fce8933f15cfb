package fetch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// diskCache keeps fetched pages for revalidation: one file per URL, named
// by the SHA-256 of the URL, holding a JSON line of headers and then the
// body. Files are replaced whole (written aside, then renamed), so a
// reader never sees half a file; a file that cannot be read is ignored.
type diskCache struct {
	dir string
}

// cacheEntry is a cached page.
type cacheEntry struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	ContentType  string `json:"content_type,omitempty"`
	Date         string `json:"date,omitempty"`
	Body         []byte `json:"-"`
}

func (c *diskCache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:])+".page")
}

// load returns the entry for url, or nil when there is none (or it is
// unreadable, or for another URL with the same hash).
func (c *diskCache) load(url string, maxBytes int64) *cacheEntry {
	f, err := os.Open(c.path(url))
	if err != nil {
		return nil
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, err := br.ReadBytes('\n')
	if err != nil {
		return nil
	}
	var e cacheEntry
	if json.Unmarshal(head, &e) != nil || e.URL != url {
		return nil
	}
	if e.Body, _, err = readLimited(br, maxBytes); err != nil {
		return nil
	}
	return &e
}

// store writes e; it is best effort, a failure only loses the entry.
func (c *diskCache) store(e *cacheEntry) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	head, err := json.Marshal(e)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, removes nothing
	_, err = io.Copy(tmp, io.MultiReader(bytes.NewReader(head), bytes.NewReader([]byte{'\n'}), bytes.NewReader(e.Body)))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("fetch: cache: %w", err)
	}
	return os.Rename(tmp.Name(), c.path(e.URL))
}

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// maxPageBytes bounds one decompressed page, so that a corrupt or hostile
// .gz file cannot exhaust memory. It is far above lede's own 16 MiB limit:
// an oversize page still reaches the tools, which report it themselves.
const maxPageBytes = 256 << 20

// listPages returns the pages under each input (or the input itself when it
// is a file), in sorted order within each directory.
func listPages(inputs []string) ([]string, error) {
	var paths []string
	for _, root := range inputs {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (path == root || isPage(path)) {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("pages: %w", err)
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("pages: no .html, .htm or .xhtml files (optionally .gz) in %s", strings.Join(inputs, " "))
	}
	return paths, nil
}

// isPage reports whether path names an HTML page by its extension.
func isPage(path string) bool {
	switch strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz"))) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// readPage returns the page's bytes, decompressed when its name ends in .gz.
func readPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	page, err := io.ReadAll(io.LimitReader(zr, maxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(page) > maxPageBytes {
		return nil, fmt.Errorf("%s: more than %d bytes once decompressed", path, maxPageBytes)
	}
	return page, nil
}

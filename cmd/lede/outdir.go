package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/render"
)

// articleFiles writes articles to files of their own in a directory, one
// format, named by the article's place in the input so that a run, its
// shards and a resumed run name them alike.
type articleFiles struct {
	dir    string
	format render.Format
	ext    string
	buf    bytes.Buffer
}

// fileExt is the file name extension of each format.
var fileExt = map[render.Format]string{render.Markdown: "md", render.Text: "txt", render.JSON: "json", render.HTML: "html"}

func newArticleFiles(dir, format string) (*articleFiles, error) {
	f, err := render.ParseFormat(format)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--out-dir: %w", err)
	}
	return &articleFiles{dir: dir, format: f, ext: fileExt[f]}, nil
}

// write stores the n-th document's article and returns the file's name,
// relative to the directory. The file appears whole or not at all.
func (w *articleFiles) write(n int, a *lede.Article) (string, error) {
	name := fmt.Sprintf("%08d.%s", n, w.ext)
	w.buf.Reset()
	if err := render.Write(&w.buf, a, w.format); err != nil {
		return "", err
	}
	path := filepath.Join(w.dir, name)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, w.buf.Bytes(), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return name, nil
}

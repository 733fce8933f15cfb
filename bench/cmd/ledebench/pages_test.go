package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// writePages creates files under dir from a name → content map; names
// ending in .gz are gzip-compressed.
func writePages(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(content)
		if filepath.Ext(name) == ".gz" {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data = buf.Bytes()
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIsPage(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"a.html", true},
		{"a.htm", true},
		{"a.xhtml", true},
		{"a.HTML", true},
		{"a.html.gz", true},
		{"dir/b.htm.gz", true},
		{"a.txt", false},
		{"a.gz", false},
		{"a.json.gz", false},
		{"html", false},
	}
	for _, tt := range tests {
		if got := isPage(tt.path); got != tt.want {
			t.Errorf("isPage(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestListPages(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, map[string]string{
		"b.html":        "<p>b",
		"a.html.gz":     "<p>a",
		"sub/c.htm":     "<p>c",
		"notes.txt":     "not a page",
		"ground.json":   "{}",
		"sub/d.xhtml":   "<p>d",
		"sub/deep/e.gz": "not a page either",
	})
	got, err := listPages([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, name := range []string{"a.html.gz", "b.html", "sub/c.htm", "sub/d.xhtml"} {
		want = append(want, filepath.Join(dir, name))
	}
	if !slices.Equal(got, want) {
		t.Errorf("listPages = %q, want %q", got, want)
	}

	// A file given by name is a page whatever its extension.
	txt := filepath.Join(dir, "notes.txt")
	if got, err := listPages([]string{txt}); err != nil || !slices.Equal(got, []string{txt}) {
		t.Errorf("listPages(file) = %q, %v", got, err)
	}
	if _, err := listPages([]string{filepath.Join(dir, "sub", "deep")}); err == nil {
		t.Error("listPages on a folder without pages: no error")
	}
	if _, err := listPages([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("listPages on a missing path: no error")
	}
}

func TestReadPageAndLoadPages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"plain.html":     "<html><p>plain</p></html>",
		"packed.html.gz": "<html><p>packed " + string(bytes.Repeat([]byte("x"), 100_000)) + "</p></html>",
		"empty.html":     "",
	}
	writePages(t, dir, files)
	paths, err := listPages([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	pages, total, err := loadPages(paths)
	if err != nil {
		t.Fatal(err)
	}
	var wantTotal int64
	for i, p := range paths {
		want := files[filepath.Base(p)]
		wantTotal += int64(len(want))
		got, err := readPage(p)
		if err != nil {
			t.Fatalf("readPage(%s): %v", p, err)
		}
		if string(got) != want {
			t.Errorf("readPage(%s) = %d bytes, want %d", p, len(got), len(want))
		}
		if string(pages[i]) != want {
			t.Errorf("loadPages page %s = %d bytes, want %d", p, len(pages[i]), len(want))
		}
	}
	if total != wantTotal {
		t.Errorf("loadPages total = %d, want %d", total, wantTotal)
	}

	bad := filepath.Join(dir, "bad.html.gz")
	if err := os.WriteFile(bad, []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readPage(bad); err == nil {
		t.Error("readPage on a corrupt .gz: no error")
	}
	if _, _, err := loadPages([]string{bad}); err == nil {
		t.Error("loadPages on a corrupt .gz: no error")
	}
}

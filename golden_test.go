package lede_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/render"
)

// Golden tests: every page testdata/pages/P.html is extracted with its URL
// from testdata/pages/urls.json and rendered; the JSON and Markdown must
// equal testdata/golden/P.json and P.md byte for byte.
//
// After a change to the extraction, rewrite the files with
//
//	go test -run TestGolden -update .
//
// and review the diff (git diff testdata/golden) before committing it: the
// golden files record what lede does, not what is right.
var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

const (
	pagesDir  = "testdata/pages"
	goldenDir = "testdata/golden"
)

// goldenFormats are the renderings kept per page, by file extension.
var goldenFormats = []struct {
	ext    string
	format render.Format
}{
	{".json", render.JSON},
	{".md", render.Markdown},
}

// goldenPage is one vendored page and the URL it was saved from.
type goldenPage struct {
	name string // file name without ".html"
	html []byte
	url  string
}

// loadGoldenPages reads testdata/pages/*.html in sorted order, each with
// its URL. A page missing from urls.json is an error: without its URL, links
// would not resolve as on the live page.
func loadGoldenPages(t testing.TB) []goldenPage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(pagesDir, "urls.json"))
	if err != nil {
		t.Fatal(err)
	}
	var urls map[string]string
	if err := json.Unmarshal(raw, &urls); err != nil {
		t.Fatalf("urls.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no pages in %s", pagesDir)
	}
	var pages []goldenPage
	for _, f := range files {
		base := filepath.Base(f)
		u, ok := urls[base]
		if !ok {
			t.Fatalf("%s: no URL in urls.json", base)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, goldenPage{name: strings.TrimSuffix(base, ".html"), html: data, url: u})
	}
	return pages
}

func TestGolden(t *testing.T) {
	pages := loadGoldenPages(t)
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			a, err := lede.ExtractBytes(context.Background(), p.html, lede.Options{URL: p.url})
			if err != nil {
				// Every vendored page is an article; render what was found
				// all the same, so that the diff shows what went missing.
				t.Errorf("extract: %v", err)
			}
			if a == nil {
				return
			}
			for _, gf := range goldenFormats {
				var got bytes.Buffer
				if err := render.Write(&got, a, gf.format); err != nil {
					t.Fatalf("render %s: %v", gf.format, err)
				}
				path := filepath.Join(goldenDir, p.name+gf.ext)
				if *update {
					if err := os.MkdirAll(goldenDir, 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -run TestGolden -update . to create it)", err)
				}
				if d := firstDiff(want, got.Bytes()); d != "" {
					t.Errorf("%s differs from the golden file (rerun with -update if the change is right):\n%s", path, d)
				}
			}
		})
	}
	if *update {
		return
	}
	// A golden file without a page is left over from a removed page.
	golden, _ := filepath.Glob(filepath.Join(goldenDir, "*"))
	for _, g := range golden {
		name := strings.TrimSuffix(filepath.Base(g), filepath.Ext(g))
		if !slices.ContainsFunc(pages, func(p goldenPage) bool { return p.name == name }) {
			t.Errorf("%s has no page %s.html in %s", g, name, pagesDir)
		}
	}
}

// firstDiff describes the first line where got differs from want, with two
// lines of context before it, or returns "" when they are equal.
func firstDiff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-2); j < i; j++ {
		fmt.Fprintf(&b, "  %4d   %s\n", j+1, clip(wl[j]))
	}
	for j := i; j < min(len(wl), i+3); j++ {
		fmt.Fprintf(&b, "- %4d   %s\n", j+1, clip(wl[j]))
	}
	for j := i; j < min(len(gl), i+3); j++ {
		fmt.Fprintf(&b, "+ %4d   %s\n", j+1, clip(gl[j]))
	}
	fmt.Fprintf(&b, "(want %d lines, got %d)", len(wl), len(gl))
	return b.String()
}

// clip shortens a line for a diff message.
func clip(s string) string {
	const n = 160
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		want, got string
		has       []string // substrings of the description; nil: no difference
	}{
		{"a\nb\n", "a\nb\n", nil},
		{"a\nb\nc\n", "a\nB\nc\n", []string{"     1   a", "-    2   b", "+    2   B", "(want 4 lines, got 4)"}},
		{"a\n", "a\nextra\n", []string{"+    2   extra", "(want 2 lines, got 3)"}},
	}
	for _, tt := range tests {
		d := firstDiff([]byte(tt.want), []byte(tt.got))
		if tt.has == nil {
			if d != "" {
				t.Errorf("firstDiff(%q, %q) = %q, want \"\"", tt.want, tt.got, d)
			}
			continue
		}
		for _, s := range tt.has {
			if !strings.Contains(d, s) {
				t.Errorf("firstDiff(%q, %q) = %q, want it to contain %q", tt.want, tt.got, d, s)
			}
		}
	}
}

// TestGoldenSchema holds the golden JSON files to the schema's promises,
// apart from byte equality: a golden file rewritten with -update must still
// have every key, [] rather than null, and a body whose text, blocks and
// word count agree.
func TestGoldenSchema(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no golden JSON in %s", goldenDir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range schemaProblems(data) {
			t.Errorf("%s: %s", f, p)
		}
		var a lede.Article
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if a.WordCount == 0 || len(a.Body) == 0 || a.Headline == "" || a.Language == "" {
			t.Errorf("%s: an article page with headline %q, language %q, %d blocks, %d words", f, a.Headline, a.Language, len(a.Body), a.WordCount)
		}
	}
}

// articleKeys is the JSON schema v1 of an Article: each key and the JSON
// type of its value. The names are a contract (README, issue 2).
var articleKeys = map[string]string{
	"schema_version": "number", "url": "string", "canonical_url": "string", "site_name": "string", "language": "string",
	"kicker": "string", "headline": "string", "teaser": "string", "highlights": "[]string",
	"authors": "[]string", "agencies": "[]string", "dateline": "string",
	"published": "string", "modified": "string", "section": "string", "tags": "[]string",
	"image": "image", "body": "[]block", "text": "string", "word_count": "number",
}

var blockTypes = []string{"paragraph", "heading", "list", "quote", "table", "preformatted"}

// schemaProblems checks one Article in JSON against schema v1 and returns
// what is wrong, or nil.
func schemaProblems(data []byte) []string {
	var obj map[string]any
	if err := json.Unmarshal(data, &obj); err != nil {
		return []string{fmt.Sprintf("not a JSON object: %v", err)}
	}
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	for key := range obj {
		if _, ok := articleKeys[key]; !ok {
			bad("unknown key %q", key)
		}
	}
	for key, kind := range articleKeys {
		v, ok := obj[key]
		if !ok {
			bad("key %q missing", key)
			continue
		}
		switch kind {
		case "string", "number":
			if jsonKind(v) != kind {
				bad("%s is %s, want %s", key, jsonKind(v), kind)
			}
		case "[]string":
			if !isStringList(v) {
				bad("%s is %s, want a list of strings (never null)", key, jsonKind(v))
			}
		case "image":
			img, ok := v.(map[string]any)
			if !ok || len(img) != 3 || jsonKind(img["url"]) != "string" || jsonKind(img["caption"]) != "string" || jsonKind(img["credit"]) != "string" {
				bad("image is %v, want {url, caption, credit} strings", v)
			}
		case "[]block":
			blocks, ok := v.([]any)
			if !ok {
				bad("body is %s, want a list (never null)", jsonKind(v))
				continue
			}
			for i, b := range blocks {
				for _, p := range blockProblems(b) {
					bad("body[%d]: %s", i, p)
				}
			}
		}
	}
	if n, ok := obj["schema_version"].(float64); ok && n != lede.SchemaVersion {
		bad("schema_version %v, want %d", n, lede.SchemaVersion)
	}
	if len(probs) > 0 {
		return probs
	}
	var a lede.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return []string{err.Error()}
	}
	return append(probs, articleProblems(&a)...)
}

// blockProblems checks one body block in JSON.
func blockProblems(v any) []string {
	b, ok := v.(map[string]any)
	if !ok {
		return []string{fmt.Sprintf("a %s, want an object", jsonKind(v))}
	}
	var probs []string
	typ, _ := b["type"].(string)
	if !slices.Contains(blockTypes, typ) {
		probs = append(probs, fmt.Sprintf("type %v, want one of %v", b["type"], blockTypes))
	}
	if jsonKind(b["text"]) != "string" {
		probs = append(probs, fmt.Sprintf("text is %s, want string", jsonKind(b["text"])))
	}
	for key := range b {
		switch key {
		case "type", "text":
		case "level":
			if n, ok := b[key].(float64); typ != "heading" || !ok || n < 1 || n > 6 {
				probs = append(probs, fmt.Sprintf("level %v on a %s", b[key], typ))
			}
		case "items":
			if typ != "list" || !isStringList(b[key]) {
				probs = append(probs, fmt.Sprintf("items %v on a %s", b[key], typ))
			}
		case "rows":
			rows, ok := b[key].([]any)
			if typ != "table" || !ok {
				probs = append(probs, fmt.Sprintf("rows %v on a %s", b[key], typ))
				break
			}
			for _, r := range rows {
				if !isStringList(r) {
					probs = append(probs, fmt.Sprintf("row %v is not a list of strings", r))
				}
			}
		default:
			probs = append(probs, fmt.Sprintf("unknown key %q", key))
		}
	}
	if typ == "heading" && b["level"] == nil {
		probs = append(probs, "heading without a level")
	}
	return probs
}

func isStringList(v any) bool {
	list, ok := v.([]any)
	if !ok {
		return false
	}
	for _, s := range list {
		if _, ok := s.(string); !ok {
			return false
		}
	}
	return true
}

// jsonKind names the JSON type of a value decoded into any.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "list"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

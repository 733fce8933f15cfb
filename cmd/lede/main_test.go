package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// fakeExtract stands in for the core: the text of a page is its markup
// without tags, each </p> ending a paragraph; "NOARTICLE" yields only a
// headline and no_article.
func fakeExtract(_ context.Context, data []byte, opts lede.Options) (*lede.Article, error) {
	s := strings.TrimSpace(string(data))
	switch s {
	case "":
		return nil, lede.ErrEmpty
	case "NOARTICLE":
		return &lede.Article{Headline: "h"}, fmt.Errorf("%w: body has 0 words", lede.ErrNoArticle)
	}
	s = strings.ReplaceAll(s, "</p>", "\n\n")
	text := strings.TrimSpace(tagRE.ReplaceAllString(s, ""))
	return &lede.Article{SchemaVersion: 1, URL: opts.URL, Text: text, Highlights: []string{}, Authors: []string{}, Agencies: []string{}, Tags: []string{}, Body: []lede.Block{}}, nil
}

// runCmd runs lede with args and returns the exit status and outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, extract: fakeExtract}
	code := a.run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestUsageAndHelp(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{nil, exitUsage, "", "usage:"},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"help"}, exitOK, "lede batch", ""},
		{[]string{"help", "batch"}, exitOK, "--workers N", ""},
		{[]string{"help", "serve"}, exitOK, "--max-concurrent N", ""},
		{[]string{"serve", "-h"}, exitOK, "usage: lede serve", ""},
		{[]string{"help", "nope"}, exitUsage, "", "unknown command"},
		{[]string{"--help"}, exitOK, "lede extract", ""},
		{[]string{"batch", "-h"}, exitOK, "usage: lede batch", ""},
		{[]string{"version"}, exitOK, "lede ", ""},
		{[]string{"version", "x"}, exitUsage, "", "no arguments"},
		{[]string{"extract", "--bogus"}, exitUsage, "", "flag provided but not defined"},
		{[]string{"extract", "a.html", "b.html"}, exitUsage, "", "one page"},
		{[]string{"extract", "--format", "pdf", "a.html"}, exitUsage, "", `unknown format "pdf"`},
		{[]string{"extract", "http://127.0.0.1:1/news"}, exitFailure, "", "forbidden_target: fetch: http://127.0.0.1:1/robots.txt: 127.0.0.1 is loopback"},
		{[]string{"extract", "/no/such/page.html"}, exitFailure, "", "read_error: open /no/such/page.html"},
		{[]string{"batch"}, exitUsage, "", "at least one INPUT"},
		{[]string{"batch", "--workers", "x", "dir"}, exitUsage, "", "invalid value"},
		{[]string{"batch", "/no/such/dir"}, exitFailure, "", "no input documents found"},
		{[]string{"eval"}, exitUsage, "", "one DIR"},
		{[]string{"eval", "--fail-below", "f1=2", "testdata/set"}, exitUsage, "", "unknown metric"},
		{[]string{"eval", "testdata/set/html"}, exitFailure, "", "no ground-truth.json"},
		{[]string{"eval", "--pred", "/no/such.jsonl", "testdata/set"}, exitFailure, "", "no such file"},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.inStdout) || !strings.Contains(errOut, tt.inStderr) {
			t.Errorf("lede %q: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", tt.args, code, out, errOut, tt.code, tt.inStdout, tt.inStderr)
		}
	}
}

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte("<p>Hello</p>"), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>Zipped</p>"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "page.html.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "none.html"), []byte("NOARTICLE"), 0o644)

	tests := []struct {
		stdin    string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"", []string{"extract", page}, exitOK, `"text": "Hello"`, ""},
		// flags after the file, as users type them
		{"", []string{"extract", page, "--url", "https://example.com/a"}, exitOK, `"url": "https://example.com/a"`, ""},
		{"", []string{"extract", filepath.Join(dir, "page.html.gz")}, exitOK, `"text": "Zipped"`, ""},
		{"<p>From stdin</p>", []string{"extract"}, exitOK, `"text": "From stdin"`, ""},
		{"<p>From stdin</p>", []string{"extract", "-", "--format=json"}, exitOK, `"text": "From stdin"`, ""},
		{"", []string{"extract", filepath.Join(dir, "none.html")}, exitFailure, "", "no_article: body has 0 words"},
		{"", []string{"extract"}, exitFailure, "", "empty"},
		{"", []string{"extract", "--", page}, exitOK, `"text": "Hello"`, ""},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, tt.stdin, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.inStdout) || !strings.Contains(errOut, tt.inStderr) {
			t.Errorf("lede %q: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", tt.args, code, out, errOut, tt.code, tt.inStdout, tt.inStderr)
		}
		if code != exitOK && out != "" {
			t.Errorf("lede %q failed but wrote %q", tt.args, out)
		}
	}
}

func TestBatch(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	code, stdout, stderr := runCmd(t, "", "batch", "testdata/set/html", "-o", out, "--workers", "2")
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "2 documents, 1 articles, 1 errors (no_article 1)") {
		t.Errorf("summary: %q", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %q", len(lines), data)
	}
	var first, second map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	if first["source"] != "testdata/set/html/bad.html" || first["error"] != "no_article: body has 0 words" || first["headline"] != "h" {
		t.Errorf("line 1 = %v", first)
	}
	if second["source"] != "testdata/set/html/good.html" || second["error"] != nil {
		t.Errorf("line 2 = %v", second)
	}

	// An output that cannot be written is fatal and leaves nothing behind.
	code, _, stderr = runCmd(t, "", "batch", "-o", filepath.Join(dir, "missing", "out.jsonl"), "testdata/set/html")
	if code != exitFailure || !strings.Contains(stderr, "output not writable") {
		t.Errorf("unwritable output: exit %d, %q", code, stderr)
	}
	// A list of inputs on stdin, written to stdout.
	code, stdout, _ = runCmd(t, "testdata/set/html/good.html\n", "batch", "-")
	if code != exitOK || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, `"source":"testdata/set/html/good.html"`) {
		t.Errorf("stdin list: exit %d, %q", code, stdout)
	}
}

func TestEval(t *testing.T) {
	code, out, stderr := runCmd(t, "", "eval", "--workers", "1", "testdata/set", "--worst", "1")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// good: exact (P 1, R 1); bad: failed (R 0): P 1, R 0.5, F1 2/3.
	for _, want := range []string{"== set: body (2 pages, 1 errors, 0 missing)", "precision 1.0000  recall 0.5000  F1 0.6667  exact 0.5000", "bad ", "set body: F1 0.6667 exact 0.5000"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, stderr := runCmd(t, "", "eval", "--fail-below", "body=0.9", "testdata/set"); code != exitFailure || !strings.Contains(stderr, "set body 0.6667 is below the floor 0.9000") {
		t.Errorf("floor: exit %d, %q", code, stderr)
	}

	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	os.WriteFile(pred, []byte(`{"source": "x/good.html.gz", "text": "The first paragraph of the story. The second one."}`+"\n"), 0o644)
	code, out, _ = runCmd(t, "", "eval", "--pred", pred, "testdata/set")
	if code != exitOK || !strings.Contains(out, "(2 pages, 0 errors, 1 missing)") || !strings.Contains(out, "exact 0.5000") {
		t.Errorf("--pred: exit %d:\n%s", code, out)
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args []string
		pos  string
		o    string
		w    int
	}{
		{[]string{"a", "b"}, "a b", "", 0},
		{[]string{"-o", "x", "a", "--workers", "3", "b"}, "a b", "x", 3},
		{[]string{"a", "-o=x", "-", "b"}, "a - b", "x", 0},
		{[]string{"a", "--", "-o", "b"}, "a -o b", "", 0},
	}
	for _, tt := range tests {
		fs := (&app{}).newFlagSet("t")
		o := fs.String("o", "", "")
		w := fs.Int("workers", 0, "")
		pos, err := parse(fs, tt.args)
		if err != nil || strings.Join(pos, " ") != tt.pos || *o != tt.o || *w != tt.w {
			t.Errorf("parse(%q) = %q, o %q, workers %d, %v", tt.args, pos, *o, *w, err)
		}
	}
}

func TestParseRefDate(t *testing.T) {
	for _, ok := range []string{"", "2019-11-20", "2019-11-20T10:00:00", "2019-11-20T10:00:00+01:00"} {
		if _, err := parseRefDate(ok); err != nil {
			t.Errorf("parseRefDate(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"yesterday", "20.11.2019", "2019-13-01"} {
		if _, err := parseRefDate(bad); err == nil {
			t.Errorf("parseRefDate(%q) accepted", bad)
		}
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// runReal runs lede with the real extraction core.
func runReal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, extract: lede.ExtractBytes}
	code := a.run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestExtractFrom(t *testing.T) {
	dump := filepath.Join("..", "..", "testdata", "text", "de_dump.txt")
	for _, from := range []string{"text", "auto"} {
		code, out, errOut := runReal(t, "extract", "--from", from, dump)
		if code != exitOK {
			t.Fatalf("--from %s: exit %d: %s", from, code, errOut)
		}
		var a lede.Article
		if err := json.Unmarshal([]byte(out), &a); err != nil || a.Headline != "Stadtrat sperrt die Alte Brücke für ein Jahr" {
			t.Errorf("--from %s: %v headline %q", from, err, a.Headline)
		}
	}
	if code, _, errOut := runReal(t, "extract", "--from", "html", dump); code != exitFailure || !strings.Contains(errOut, "not_html") {
		t.Errorf("--from html on text: exit %d %s", code, errOut)
	}
	if code, _, errOut := runReal(t, "extract", "--from", "pdf", dump); code != exitUsage || !strings.Contains(errOut, "pdf") {
		t.Errorf("--from pdf: exit %d %s", code, errOut)
	}
}

func TestBatchFromText(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "text", "en_dump.txt"))
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runReal(t, "batch", "--from", "text", in)
	if code != exitOK || !strings.Contains(out, `"headline":"Council votes to close the old bridge for a year"`) {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestEvalFromFlags(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "--from", "text", "x"},
		{"eval", "--render", "full", "x"},
		{"eval", "--from", "text", "--render", "pdf", "x"},
		{"eval", "--save-text", "/tmp/x", "x"},
	} {
		if code, _, _ := runReal(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want usage error", args, code)
		}
	}
}

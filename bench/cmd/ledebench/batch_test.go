package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeExtract is an extractor for tests, with a peer's results: a page's
// text is its content, a page "panic" panics, a page "fail" fails with
// metadata, a page "slow" takes a while so that workers finish out of order.
func fakeExtract(_ context.Context, page []byte) (any, error) {
	switch s := string(page); s {
	case "panic":
		panic("boom")
	case "fail":
		return &peerRecord{Headline: "kept"}, fmt.Errorf("%w: test", errPeerNoArticle)
	case "slow":
		time.Sleep(20 * time.Millisecond)
		fallthrough
	default:
		return &peerRecord{Headline: "h " + s, Authors: []string{"A"}, Text: s}, nil
	}
}

func TestBatch(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, map[string]string{
		"1.html":    "slow",
		"2.html":    "fast",
		"3.html":    "panic",
		"4.html":    "fail",
		"5.html.gz": "packed",
	})
	paths, err := listPages([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, filepath.Join(dir, "6-missing.html"))

	var out bytes.Buffer
	tl := tool{name: "fake", extract: fakeExtract, line: peerLine, code: peerCode}
	failed, err := batch(context.Background(), tl, paths, 3, &out)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 3 {
		t.Errorf("failed = %d, want 3", failed)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		lines = append(lines, m)
	}
	if len(lines) != len(paths) {
		t.Fatalf("%d lines, want %d", len(lines), len(paths))
	}
	wantText := []string{"slow", "fast", "", "", "packed", ""}
	wantErr := []string{"", "", "internal: panic: boom", "no_article: test", "", "read: "}
	for i, m := range lines {
		if m["source"] != paths[i] {
			t.Errorf("line %d source = %v, want %s (input order)", i, m["source"], paths[i])
		}
		text, _ := m["text"].(string)
		if text != wantText[i] {
			t.Errorf("line %d text = %q, want %q", i, text, wantText[i])
		}
		e, _ := m["error"].(string)
		if !strings.HasPrefix(e, wantErr[i]) || (wantErr[i] == "") != (e == "") {
			t.Errorf("line %d error = %q, want prefix %q", i, e, wantErr[i])
		}
	}
	if lines[3]["headline"] != "kept" {
		t.Errorf("failed page lost its metadata: %v", lines[3])
	}
	// A peer's line holds only the fields it fills.
	if _, ok := lines[0]["published"]; ok {
		t.Errorf("empty peer field written: %v", lines[0])
	}
}

func TestPeerErrorText(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: readability found no content", errPeerNoArticle), "no_article: readability found no content"},
		{errors.New("trafilatura: nothing found"), "internal: trafilatura: nothing found"},
		{errors.New("internal: panic: boom"), "internal: panic: boom"},
		{errRead{errors.New("open x: no such file")}, "read: open x: no such file"},
	}
	for _, tt := range tests {
		if got := errorText(peerCode, tt.err); got != tt.want {
			t.Errorf("errorText(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe; John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe;; John Roe; ", []string{"Jane Doe", "John Roe"}},
	}
	for _, tt := range tests {
		if got := splitAuthors(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateOnly(t *testing.T) {
	zone := time.FixedZone("CEST", 2*3600)
	tests := []struct {
		in   time.Time
		want string
	}{
		{time.Time{}, ""},
		{time.Date(2019, 10, 18, 22, 4, 0, 0, time.UTC), "2019-10-18"},
		// The page's own zone is kept: no conversion to UTC.
		{time.Date(2019, 10, 19, 0, 30, 0, 0, zone), "2019-10-19"},
	}
	for _, tt := range tests {
		if got := dateOnly(tt.in); got != tt.want {
			t.Errorf("dateOnly(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPeers runs both peers on a small article, to catch a broken mapping
// (an upgrade that renames a field, a text that comes back empty).
func TestPeers(t *testing.T) {
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the story tells the reader about the council's long debate on the new bridge, its cost and its many critics in town.</p>\n", i)
	}
	page := []byte(`<!DOCTYPE html><html lang="en"><head><title>Council approves bridge</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves bridge</h1>` + body.String() + `</article>
<footer>Copyright the town paper</footer></body></html>`)

	for _, name := range []string{"trafilatura", "readability"} {
		t.Run(name, func(t *testing.T) {
			if !slices.Contains(linkedTools(), name) {
				t.Skipf("%s is not built in (build tag)", name)
			}
			tl, err := newTool(name)
			if err != nil {
				t.Fatal(err)
			}
			found, err := safely(context.Background(), tl.extract, page)
			if err != nil {
				t.Fatal(err)
			}
			a, ok := found.(*peerRecord)
			if !ok || a == nil {
				t.Fatalf("found %T, want *peerRecord", found)
			}
			if !strings.Contains(a.Text, "Paragraph 11 of the story") {
				t.Errorf("text misses the last paragraph: %q", a.Text)
			}
			if strings.Contains(a.Text, "Copyright") {
				t.Errorf("text holds the footer: %q", a.Text)
			}
			if a.Headline != "Council approves bridge" {
				t.Errorf("headline = %q", a.Headline)
			}
			if a.Published != "2021-03-04" {
				t.Errorf("published = %q", a.Published)
			}
			if !slices.Equal(a.Authors, []string{"Jane Doe"}) {
				t.Errorf("authors = %q", a.Authors)
			}
		})
	}
}

func TestNewTool(t *testing.T) {
	linked := linkedTools()
	if len(linked) == 0 {
		t.Error("linkedTools() is empty: every build has at least one tool")
	}
	for _, name := range toolNames {
		_, err := newTool(name)
		if want := slices.Contains(linked, name); (err == nil) != want {
			t.Errorf("newTool(%q): error %v, linked %v", name, err, want)
		}
		if err := checkToolName(name); err != nil {
			t.Errorf("checkToolName(%q): %v", name, err)
		}
	}
	if _, err := newTool("boilerpipe"); err == nil {
		t.Error("newTool of an unknown tool: no error")
	}
	if err := checkToolName("boilerpipe"); err == nil {
		t.Error("checkToolName of an unknown tool: no error")
	}
}

package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

// fakeExtract turns a page into an Article whose headline is the page text;
// "NOARTICLE" gives no_article with metadata, "NOTHTML" gives not_html,
// "PANIC" panics and an empty page gives empty. Pages wait 0-2 ms, picked
// from their name, so that workers finish out of order.
func fakeExtract(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
	source := page.Source
	h := fnv.New32a()
	h.Write([]byte(source))
	time.Sleep(time.Duration(h.Sum32()%3) * time.Millisecond)
	text := strings.TrimSpace(string(data))
	switch text {
	case "":
		return nil, lede.ErrEmpty
	case "NOARTICLE":
		return &lede.Article{Headline: "Only a headline"}, fmt.Errorf("%w: body has 2 words", lede.ErrNoArticle)
	case "NOTHTML":
		return nil, fmt.Errorf("%w: binary data", lede.ErrNotHTML)
	case "PANIC":
		panic("boom")
	}
	return &lede.Article{SchemaVersion: 1, Headline: text, Text: "body of " + text}, nil
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

type line struct {
	Source   string `json:"source"`
	Headline string `json:"headline"`
	Error    string `json:"error"`
}

// runLines runs a batch and decodes its output.
func runLines(t *testing.T, cfg Config, inputs ...string) ([]line, Summary, error) {
	t.Helper()
	if cfg.Extract == nil {
		cfg.Extract = fakeExtract
	}
	var out, errOut bytes.Buffer
	sum, err := Run(context.Background(), cfg, inputs, &out, &errOut)
	var lines []line
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if l == "" {
			continue
		}
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		lines = append(lines, v)
	}
	return lines, sum, err
}

func TestRunKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 300 {
		p := filepath.Join(dir, fmt.Sprintf("p%04d.html", i))
		writeFile(t, p, []byte(fmt.Sprintf("page %d", i)))
		want = append(want, p)
	}
	for _, workers := range []int{1, 3, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			lines, sum, err := runLines(t, Config{Workers: workers, Window: 5}, dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) != len(want) {
				t.Fatalf("%d lines, want %d", len(lines), len(want))
			}
			for i, l := range lines {
				if l.Source != want[i] || l.Headline != fmt.Sprintf("page %d", i) {
					t.Fatalf("line %d = %+v, want source %s", i, l, want[i])
				}
			}
			if sum.Documents != 300 || sum.Articles != 300 {
				t.Errorf("summary %+v", sum)
			}
		})
	}
}

func TestRunOneLinePerDocument(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"a.html":            []byte("good a"),
		"b.html.gz":         gzipped("good b"),
		"c.html.gz":         []byte("this is not gzip"),
		"d.html.gz":         gzipped("truncated page")[:15],
		"e.html":            nil,
		"f.htm":             []byte("NOARTICLE"),
		"g.xhtml":           []byte("NOTHTML"),
		"h.html":            []byte("PANIC"),
		"i.html":            []byte(strings.Repeat("x", 101)),
		"skip.txt":          []byte("not a page"),
		"skip.html.bak":     []byte("not a page"),
		"sub/j.HTML.GZ":     gzipped("good j"),
		"sub/deeper/k.html": []byte("good k"),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	// A dangling symbolic link cannot be read.
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "broken.html")); err != nil {
		t.Fatal(err)
	}
	lines, sum, err := runLines(t, Config{Workers: 4, MaxBytes: 100}, dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []line{
		{Source: "a.html", Headline: "good a"},
		{Source: "b.html.gz", Headline: "good b"},
		{Source: "broken.html", Error: "read_error: open "},
		{Source: "c.html.gz", Error: "gzip_error: gzip: invalid header"},
		{Source: "d.html.gz", Error: "gzip_error: "},
		{Source: "e.html", Error: "empty"},
		{Source: "f.htm", Headline: "Only a headline", Error: "no_article: body has 2 words"},
		{Source: "g.xhtml", Error: "not_html: binary data"},
		{Source: "h.html", Error: "internal: internal error: boom"},
		{Source: "i.html", Error: "too_large: input exceeds 100 bytes"},
		{Source: "sub/deeper/k.html", Headline: "good k"},
		{Source: "sub/j.HTML.GZ", Headline: "good j"},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d: %+v", len(lines), len(want), lines)
	}
	for i, w := range want {
		got := lines[i]
		got.Source = strings.TrimPrefix(got.Source, dir+string(filepath.Separator))
		if got.Source != w.Source || got.Headline != w.Headline || !strings.HasPrefix(got.Error, w.Error) || (w.Error == "") != (got.Error == "") {
			t.Errorf("line %d = %+v, want %+v", i, got, w)
		}
	}
	wantErrors := map[string]int{"read_error": 1, "gzip_error": 2, "empty": 1, "no_article": 1, "not_html": 1, "internal": 1, "too_large": 1}
	if sum.Documents != 12 || sum.Articles != 4 || !reflect.DeepEqual(sum.Errors, wantErrors) {
		t.Errorf("summary = %+v", sum)
	}
	if n := int64(len("good a") + len("good b") + len("NOARTICLE") + len("NOTHTML") + len("PANIC") + len("good k") + len("good j")); sum.Bytes != n {
		t.Errorf("summary bytes = %d, want %d", sum.Bytes, n)
	}
}

func TestRunNamedInputs(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	notes := filepath.Join(dir, "notes.txt") // named explicitly: read whatever its name
	writeFile(t, a, []byte("good a"))
	writeFile(t, notes, []byte("good notes"))
	missing := filepath.Join(dir, "missing.html")

	lines, sum, err := runLines(t, Config{}, missing, a, notes, a)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(lines))
	for i, l := range lines {
		got[i] = l.Source + " " + l.Headline + l.Error
	}
	want := []string{
		missing + " not_found: stat " + missing + ": no such file or directory",
		a + " good a",
		notes + " good notes",
		a + " good a",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if sum.Errors["not_found"] != 1 {
		t.Errorf("summary = %+v", sum)
	}
}

func TestRunStdinList(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "x/1.html"), []byte("one"))
	writeFile(t, filepath.Join(dir, "x/2.html"), []byte("two"))
	writeFile(t, filepath.Join(dir, "3.html"), []byte("three"))
	list := filepath.Join(dir, "3.html") + "\r\n\n   \n" + filepath.Join(dir, "x") + "\n" + filepath.Join(dir, "nope.html")
	lines, _, err := runLines(t, Config{Stdin: strings.NewReader(list)}, "-", filepath.Join(dir, "3.html"), "-")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range lines {
		got = append(got, strings.TrimPrefix(l.Source, dir)+" "+l.Headline+strings.SplitN(l.Error, ":", 2)[0])
	}
	want := []string{"/3.html three", "/x/1.html one", "/x/2.html two", "/nope.html not_found", "/3.html three"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRunNoInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "empty/readme.txt"), []byte("no pages here"))
	for _, inputs := range [][]string{
		{filepath.Join(dir, "missing.html"), filepath.Join(dir, "missing2")},
		{filepath.Join(dir, "empty")},
		{},
	} {
		_, _, err := runLines(t, Config{}, inputs...)
		if !errors.Is(err, ErrNoInput) {
			t.Errorf("%q: err = %v, want ErrNoInput", inputs, err)
		}
	}
	// Nothing at all is written when no input exists.
	var out bytes.Buffer
	if _, err := Run(context.Background(), Config{Extract: fakeExtract}, []string{filepath.Join(dir, "missing.html")}, &out, nil); err == nil || out.Len() != 0 {
		t.Errorf("err = %v, output %q", err, out.String())
	}
}

func TestStreamStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%02d.html", i)), []byte("page"))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	_, err := Stream(ctx, Config{Workers: 3, Extract: fakeExtract}, []string{dir}, func(Result) error {
		n++
		if n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 10 {
		t.Errorf("err = %v after %d results, want context.Canceled after 10", err, n)
	}
}

func TestStreamStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%02d.html", i)), []byte("page"))
	}
	stop := errors.New("disk full")
	n := 0
	_, err := Stream(context.Background(), Config{Workers: 2, Extract: fakeExtract}, []string{dir}, func(Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err = %v after %d results", err, n)
	}
}

func TestErrorText(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{lede.ErrEmpty, "empty"},
		{fmt.Errorf("%w: body has 12 words", lede.ErrNoArticle), "no_article: body has 12 words"},
		{fmt.Errorf("charset: %w", lede.ErrNotHTML), "not_html: charset: not_html"},
		{errors.New("lede: internal error: x"), "internal: lede: internal error: x"},
		{&inputError{CodeReadError, errors.New("open x: permission denied")}, "read_error: open x: permission denied"},
	}
	for _, tt := range tests {
		if got := (Result{Err: tt.err}).ErrorText(); got != tt.want {
			t.Errorf("ErrorText(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestRecordLists(t *testing.T) {
	var b bytes.Buffer
	json.NewEncoder(&b).Encode(newRecord(Result{Source: "s", Article: &lede.Article{}}))
	for _, field := range []string{`"highlights":[]`, `"authors":[]`, `"agencies":[]`, `"tags":[]`, `"body":[]`} {
		if !strings.Contains(b.String(), field) {
			t.Errorf("record %s lacks %s", b.String(), field)
		}
	}
	if !strings.HasPrefix(b.String(), `{"source":"s","schema_version"`) || strings.Contains(b.String(), `"error"`) {
		t.Errorf("record = %s", b.String())
	}
}

func TestIsPage(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "a.HTM": true, "a.xhtml.gz": true, "a.Html.GZ": true,
		"a.gz": false, "a.txt": false, "html": false, "a.html.bak": false, "a.json.gz": false,
	} {
		if got := IsPage(name); got != want {
			t.Errorf("IsPage(%q) = %v", name, got)
		}
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Documents: 10, Articles: 7, Errors: map[string]int{"not_html": 1, "no_article": 2}, Bytes: 5e6, Elapsed: 2 * time.Second}
	want := "10 documents, 7 articles, 3 errors (no_article 2, not_html 1) in 2.0s: 5.0 pages/s, 2.5 MB/s"
	if got := s.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

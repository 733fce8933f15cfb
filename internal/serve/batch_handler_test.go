package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

// echoExtract returns an article whose URL is the page's and whose text is
// the page; "NOARTICLE" and "SLOW" behave as they say.
func echoExtract(ctx context.Context, data []byte, opts lede.Options) (*lede.Article, error) {
	switch string(data) {
	case "NOARTICLE":
		return &lede.Article{URL: opts.URL, Headline: "Only a headline"}, fmt.Errorf("%w: body has 0 words", lede.ErrNoArticle)
	case "SLOW":
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return &lede.Article{URL: opts.URL, Text: string(data)}, nil
}

func decodeLines(t *testing.T, body string) []batchLine {
	t.Helper()
	var lines []batchLine
	for l := range strings.Lines(body) {
		var bl batchLine
		if err := json.Unmarshal([]byte(l), &bl); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		lines = append(lines, bl)
	}
	return lines
}

func TestBatchOrderAndErrors(t *testing.T) {
	s := New(Config{MaxBody: 100, Timeout: 30 * time.Millisecond, Extract: echoExtract})
	in := strings.Join([]string{
		`{"html":"first","url":"https://example.com/1"}`,
		``, // blank: no output, but counted
		`{"html":"NOARTICLE","url":"https://example.com/2"}`,
		`not json`,
		`{"html":"` + strings.Repeat("x", 200) + `"}`,
		`{"url":"https://example.com/fetch-me"}`,
		`{"html":"SLOW"}`,
		`{"html":"last","url":"https://example.com/7"}`,
	}, "\n") // no newline after the last line
	res, body := do(t, s, "POST", "/v1/batch", "application/x-ndjson", in)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	lines := decodeLines(t, body)
	want := []struct {
		line int
		code string
		url  string
	}{
		{1, "", "https://example.com/1"},
		{3, "no_article", "https://example.com/2"},
		{4, "bad_request", ""},
		{5, "too_large", ""},
		{6, "fetch_disabled", ""},
		{7, "timeout", ""},
		{8, "", "https://example.com/7"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(want), body)
	}
	for i, w := range want {
		l := lines[i]
		if l.Line != w.line {
			t.Errorf("output %d is for line %d, want %d", i, l.Line, w.line)
		}
		if w.code == "" {
			var a lede.Article
			if l.Error != nil || json.Unmarshal(l.Article, &a) != nil || a.URL != w.url {
				t.Errorf("line %d: error %v, article %s", w.line, l.Error, l.Article)
			}
			continue
		}
		if l.Error == nil || l.Error.Code != w.code || l.Error.Message == "" {
			t.Errorf("line %d: error %+v, want %s", w.line, l.Error, w.code)
		}
	}
	if !strings.Contains(string(lines[1].Error.Article), "Only a headline") {
		t.Errorf("no_article line without its metadata: %s", lines[1].Error.Article)
	}
}

func TestBatchRequestErrors(t *testing.T) {
	s := New(Config{Extract: echoExtract})
	res, body := do(t, s, "GET", "/v1/batch", "", "")
	wantError(t, res, body, 405, "method_not_allowed")
	res, body = do(t, s, "POST", "/v1/batch", "text/html", "<p>x</p>")
	wantError(t, res, body, 415, "unsupported_media_type")
	res, body = do(t, s, "POST", "/v1/batch?format=markdown", "application/x-ndjson", "{}")
	wantError(t, res, body, 400, "bad_request")
}

func TestBatchShedWhenBusy(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	s := New(Config{MaxConcurrent: 1, Extract: slowExtract(started, release)})
	go do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")
	<-started
	res, body := do(t, s, "POST", "/v1/batch", "application/x-ndjson", `{"html":"a"}`)
	wantError(t, res, body, 503, "overloaded")
	close(release)
}

// TestBatchStreams checks on a real server that each answer arrives
// before the next line is sent: the output streams, it is not collected.
func TestBatchStreams(t *testing.T) {
	ts := httptest.NewServer(New(Config{Extract: echoExtract}))
	defer ts.Close()
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", ts.URL+"/v1/batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type reply struct {
		res *http.Response
		err error
	}
	replies := make(chan reply, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		replies <- reply{res, err}
	}()
	fmt.Fprintln(pw, `{"html":"one"}`)
	r := <-replies
	if r.err != nil {
		t.Fatal(r.err)
	}
	defer r.res.Body.Close()
	out := bufio.NewReader(r.res.Body)
	for i, text := range []string{"one", "two", "three"} {
		if i > 0 {
			fmt.Fprintf(pw, `{"html":%q}`+"\n", text)
		}
		line, err := out.ReadString('\n')
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		var bl batchLine
		var a lede.Article
		if json.Unmarshal([]byte(line), &bl) != nil || json.Unmarshal(bl.Article, &a) != nil || a.Text != text || bl.Line != i+1 {
			t.Errorf("line %d: %q", i+1, line)
		}
	}
	pw.Close()
	if rest, _ := io.ReadAll(out); len(rest) != 0 {
		t.Errorf("output after the last line: %q", rest)
	}
}

func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("ab\n"+strings.Repeat("x", 40)+"\ncd"), 16)
	var got []string
	for {
		line, tooLong, err := readLine(br, nil, 10)
		if tooLong {
			got = append(got, "TOO LONG")
		} else {
			got = append(got, string(line))
		}
		if err != nil {
			break
		}
	}
	if strings.Join(got, "|") != "ab|TOO LONG|cd" {
		t.Errorf("lines %q", got)
	}
}

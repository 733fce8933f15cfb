package dedup

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestMergerLines(t *testing.T) {
	text := goldenText(t, "en_news")
	enc := func(s string) string { return string(jsonString(s)) }
	in := strings.Join([]string{
		`{"source":"a","text":` + enc(text) + `,"word_count":290}`,
		``, // blank lines are skipped
		`{"source":"b","text":` + enc(strings.ToLower(text)) + `,"word_count":290}`,
		`{"source":"c","text":"","error":"no_article: body has 0 words"}`,
		`{"source":"d","text":` + enc(text) + `,"error":"too_large: x"}`,
		`{"source":"e","text":"other words here <&>","duplicate":"near","duplicate_of":"x"}`,
	}, "\n")
	var out bytes.Buffer
	m := NewMerger(&out, Mark)
	if err := m.Add("shard", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	sum, err := m.Flush()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	want := []string{
		`{"source":"a","text":` + enc(text) + `,"word_count":290}`,
		`{"source":"b","text":` + enc(strings.ToLower(text)) + `,"word_count":290,"duplicate":"exact","duplicate_of":"a"}`,
		`{"source":"c","text":"","error":"no_article: body has 0 words"}`,
		`{"source":"d","text":` + enc(text) + `,"error":"too_large: x"}`,
		`{"source":"e","text":"other words here <&>"}`, // a stale mark is removed
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d:\n got %.300s\nwant %.300s", i+1, lines[i], want[i])
		}
	}
	if got := sum.String(); got != "5 lines, 3 articles, 1 duplicates (1 exact, 0 near)" {
		t.Errorf("summary %q", got)
	}
}

func TestMergerBadLines(t *testing.T) {
	for _, line := range []string{`[1,2]`, `{"source":"a"`, `{"source":1,"text":"x"}`, `{} {}`, `not json`} {
		m := NewMerger(&bytes.Buffer{}, Drop)
		err := m.Add("s.jsonl", strings.NewReader(`{"source":"ok","text":"x"}`+"\n"+line+"\n"))
		if err == nil || !strings.Contains(err.Error(), "dedup: s.jsonl line 2: ") {
			t.Errorf("%s: error %v", line, err)
		}
		if strings.HasPrefix(line, "{") && line != `{"source":1,"text":"x"}` && !errors.Is(err, ErrBadLine) {
			t.Errorf("%s: %v is not ErrBadLine", line, err)
		}
	}
}

func TestMergerLongLines(t *testing.T) {
	// A line longer than the reader's buffer is read whole.
	text := strings.Repeat("word ", 200_000)
	in := `{"source":"a","text":"` + text + `"}` + "\n" + `{"source":"b","text":"` + text + `"}`
	var out bytes.Buffer
	m := NewMerger(&out, Drop)
	if err := m.Add("long", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if sum, _ := m.Flush(); sum.Lines != 2 || sum.Exact != 1 || out.Len() != len(in)/2+1 {
		t.Errorf("summary %s, %d bytes out", sum, out.Len())
	}
}

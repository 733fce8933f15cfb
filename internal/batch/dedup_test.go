package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/dedup"
)

// dedupPages writes the repository's pages into a temporary directory with
// an exact copy and a near copy (a few words changed) of two of them, and
// returns the directory and what each file should be judged.
func dedupPages(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("../../testdata/pages", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	en, de := read("en_news.html"), read("de_news.html")
	pages := map[string]string{
		"1_en_news.html":   en,
		"2_de_news.html":   de,
		"3_en_lists.html":  read("en_lists.html"),
		"4_copy_en.html":   en,
		"5_near_de.html":   strings.Replace(strings.Replace(de, " der ", " dre ", 3), " die ", " dei ", 3),
		"6_en_tables.html": read("en_tables.html"),
		"7_copy_near.html": strings.Replace(strings.Replace(de, " der ", " dre ", 3), " die ", " dei ", 3),
	}
	for name, page := range pages {
		writeFile(t, filepath.Join(dir, name), []byte(page))
	}
	src := func(name string) string { return filepath.Join(dir, name) }
	return dir, map[string]string{
		src("4_copy_en.html"):   "exact " + src("1_en_news.html"),
		src("5_near_de.html"):   "near " + src("2_de_news.html"),
		src("7_copy_near.html"): "near " + src("2_de_news.html"), // compared with kept pages only
	}
}

func runDedup(t *testing.T, mode dedup.Mode, workers int, inputs ...string) (string, Summary) {
	t.Helper()
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{Workers: workers, Dedup: mode}, inputs, &out, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), sum
}

func TestRunDedupMark(t *testing.T) {
	dir, want := dedupPages(t)
	out, sum := runDedup(t, dedup.Mark, 1, dir)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 7 || sum.Duplicates != 3 || sum.Articles != 7 {
		t.Fatalf("%d lines, summary %s", len(lines), sum)
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		source, _ := m["source"].(string)
		got := ""
		if m["duplicate"] != nil {
			got = m["duplicate"].(string) + " " + m["duplicate_of"].(string)
		}
		if got != want[source] {
			t.Errorf("%s: got %q, want %q", source, got, want[source])
		}
		if m["text"] == "" || m["headline"] == "" {
			t.Errorf("%s: marking removed article fields: %.200s", source, l)
		}
	}
	if !strings.Contains(sum.String(), ", 3 duplicates in") {
		t.Errorf("summary %q", sum)
	}
}

func TestRunDedupSameWithAnyWorkers(t *testing.T) {
	dir, _ := dedupPages(t)
	for _, mode := range []dedup.Mode{dedup.Mark, dedup.Drop} {
		one, sum1 := runDedup(t, mode, 1, dir)
		two, sum2 := runDedup(t, mode, 2, dir)
		four, _ := runDedup(t, mode, 4, dir)
		if one != two || one != four {
			t.Errorf("%v: output differs between 1, 2 and 4 workers", mode)
		}
		if sum1.Duplicates != 3 || sum2.Duplicates != 3 {
			t.Errorf("%v: duplicates %d and %d, want 3", mode, sum1.Duplicates, sum2.Duplicates)
		}
	}
}

func TestRunDedupDrop(t *testing.T) {
	dir, want := dedupPages(t)
	out, sum := runDedup(t, dedup.Drop, 2, dir)
	if n := strings.Count(out, "\n"); n != 4 || sum.Documents != 7 || sum.Duplicates != 3 {
		t.Fatalf("%d lines, summary %s", n, sum)
	}
	for source := range want {
		if strings.Contains(out, `"source":"`+source+`"`) {
			t.Errorf("%s was not dropped", source)
		}
	}
	if !strings.Contains(sum.String(), "3 duplicates (dropped)") {
		t.Errorf("summary %q", sum)
	}
	off, sum := runDedup(t, dedup.Off, 2, dir)
	if strings.Contains(off, `"duplicate`) || sum.Duplicates != 0 || strings.Count(off, "\n") != 7 {
		t.Errorf("dedup off: %d duplicates, %d lines", sum.Duplicates, strings.Count(off, "\n"))
	}
}

// TestJournalResumeDedup interrupts a run whose later pages repeat its
// first ones: the resumed run must judge them against the pages written
// before the crash, as the uninterrupted run does.
func TestJournalResumeDedup(t *testing.T) {
	dir := t.TempDir()
	for i := range 24 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("p%04d.html", i)), []byte(fmt.Sprintf("alpha%[1]d beta%[1]d gamma%[1]d delta%[1]d", i%12)))
	}
	for _, mode := range []dedup.Mode{dedup.Mark, dedup.Drop} {
		for _, name := range []string{"out.jsonl", "out.jsonl.zst"} {
			t.Run(mode.String()+"/"+name, func(t *testing.T) {
				tmp := t.TempDir()
				whole := filepath.Join(tmp, "whole-"+name)
				wantSum := runJournal(t, Config{Dedup: mode}, whole, 4, false, dir)

				out := filepath.Join(tmp, name)
				ctx, cancel := context.WithCancel(context.Background())
				n := 0
				cfg := Config{Workers: 1, Window: 1, Dedup: mode, Extract: func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
					if n++; n == 11 { // crash after 10 documents: 8 checkpointed
						cancel()
					}
					return fakeExtract(ctx, data, page)
				}}
				j, err := OpenJournal(out, "key", 4, false)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := RunJournal(ctx, cfg, []string{dir}, j, io.Discard); !errors.Is(err, context.Canceled) {
					t.Fatalf("interrupted run: %v", err)
				}
				j.Close()
				sum := runJournal(t, Config{Workers: 2, Dedup: mode}, out, 4, true, dir)
				if sum.Duplicates != 12 || wantSum.Duplicates != 12 {
					t.Errorf("duplicates: %d resumed, %d uninterrupted, want 12", sum.Duplicates, wantSum.Duplicates)
				}
				if a, b := decompressed(t, whole), decompressed(t, out); !bytes.Equal(a, b) {
					t.Errorf("resumed output differs from the uninterrupted run:\n%s\nwant\n%s", b, a)
				}
			})
		}
	}
}

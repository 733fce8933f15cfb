package main

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenText returns the body text of one of the repository's golden
// articles.
func goldenText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ Text string }
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a.Text
}

// shardPages writes two shard directories whose pages duplicate each other
// within and across the shards.
func shardPages(t *testing.T) (dir1, dir2 string) {
	en, de, lists := goldenText(t, "en_news"), goldenText(t, "de_news"), goldenText(t, "en_lists")
	nearDe := strings.Replace(strings.Replace(de, " der ", " dre ", 3), " die ", " dei ", 3)
	page := func(text string) []byte { return []byte("<p>" + text + "</p>") }
	root := t.TempDir()
	dir1, dir2 = filepath.Join(root, "a"), filepath.Join(root, "b")
	for path, text := range map[string]string{
		"a/1_en.html":      en,
		"a/2_de.html":      de,
		"a/3_en_copy.htm":  en, // exact, within shard 1
		"a/4_bad.html":     "NOARTICLE",
		"b/1_near_de.html": nearDe, // near, across the shards
		"b/2_en_copy.html": strings.ToUpper(en),
		"b/3_lists.html":   lists,
		"b/4_near_de.html": nearDe, // exact of a near duplicate, within shard 2
	} {
		p := filepath.Join(root, path)
		os.MkdirAll(filepath.Dir(p), 0o755)
		data := page(text)
		if text == "NOARTICLE" {
			data = []byte(text)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir1, dir2
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestDedupMergeEqualsOneRun(t *testing.T) {
	dir1, dir2 := shardPages(t)
	tmp := t.TempDir()
	out := func(name string) string { return filepath.Join(tmp, name) }
	for _, args := range [][]string{
		{"batch", "-o", out("shard1.jsonl"), "--workers", "2", dir1},
		{"batch", "-o", out("shard2.jsonl"), "--workers", "1", dir2},
		{"batch", "-o", out("all.jsonl"), "--workers", "2", dir1, dir2},
		{"batch", "-o", out("all-drop.jsonl"), "--dedup", "drop", dir1, dir2},
		{"dedup", "-o", out("merged.jsonl"), out("shard1.jsonl"), out("shard2.jsonl")},
		{"dedup", "-o", out("merged-drop.jsonl"), "--dedup", "drop", out("shard1.jsonl"), out("shard2.jsonl")},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	shard2 := readFile(t, out("shard2.jsonl"))
	if strings.Count(shard2, `"duplicate":`) != 1 {
		t.Errorf("shard 2 alone should hold one duplicate:\n%s", shard2)
	}
	all := readFile(t, out("all.jsonl"))
	if merged := readFile(t, out("merged.jsonl")); merged != all {
		t.Errorf("merge differs from one run:\n%s\nwant\n%s", merged, all)
	}
	if merged, want := readFile(t, out("merged-drop.jsonl")), readFile(t, out("all-drop.jsonl")); merged != want {
		t.Errorf("merge with drop differs from one run with drop:\n%s\nwant\n%s", merged, want)
	}
	// What one run found: duplicates of the first shard's articles only.
	for _, want := range []string{
		`"duplicate":"exact","duplicate_of":"` + filepath.Join(dir1, "1_en.html") + `"}`,
		`"duplicate":"near","duplicate_of":"` + filepath.Join(dir1, "2_de.html") + `"}`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("one run lacks %s", want)
		}
	}
	if n := strings.Count(all, `"duplicate":"near","duplicate_of":"`+filepath.Join(dir1, "2_de.html")); n != 2 {
		t.Errorf("%d near duplicates of 2_de.html in one run, want 2", n)
	}
	if n := strings.Count(all, `"duplicate":`); n != 4 {
		t.Errorf("%d duplicates in one run, want 4", n)
	}
	if n := strings.Count(readFile(t, out("all-drop.jsonl")), "\n"); n != 4 {
		t.Errorf("%d lines with drop, want 4 (8 pages, 4 duplicates)", n)
	}
}

func TestDedupCommand(t *testing.T) {
	dir1, _ := shardPages(t)
	shard := filepath.Join(t.TempDir(), "shard.jsonl")
	if code, _, stderr := runCmd(t, "", "batch", "--dedup", "off", "-o", shard, dir1); code != exitOK {
		t.Fatal(stderr)
	}
	// From standard input to standard output, with a summary.
	code, stdout, stderr := runCmd(t, readFile(t, shard), "dedup", "-")
	if code != exitOK || strings.Count(stdout, "\n") != 4 || strings.Count(stdout, `"duplicate":"exact"`) != 1 {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	if !strings.Contains(stderr, "dedup: 4 lines, 3 articles, 1 duplicates (1 exact, 0 near)") {
		t.Errorf("summary %q", stderr)
	}
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"dedup"}, exitUsage, "at least one SHARD"},
		{[]string{"dedup", "--dedup", "off", shard}, exitUsage, "a merge marks or drops"},
		{[]string{"dedup", "--dedup", "x", shard}, exitUsage, "want mark, drop or off"},
		{[]string{"dedup", "-o", shard, shard}, exitUsage, "is also a SHARD"},
		{[]string{"dedup", "/no/such/shard.jsonl"}, exitFailure, "no such file"},
		{[]string{"dedup", dir1 + "/1_en.html"}, exitFailure, "line 1: not a JSON object"},
	} {
		code, _, stderr := runCmd(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.err) {
			t.Errorf("%v: exit %d, %q; want %d, %q", tc.args, code, stderr, tc.code, tc.err)
		}
	}
}

func TestDedupHelp(t *testing.T) {
	if code, stdout, _ := runCmd(t, "", "help", "dedup"); code != exitOK || !strings.Contains(stdout, "usage: lede dedup") {
		t.Errorf("help dedup: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := runCmd(t, "", "help", "batch"); code != exitOK || !strings.Contains(stdout, "--dedup MODE") {
		t.Errorf("help batch: exit %d, %q", code, stdout)
	}
}

// TestDedupMergeCompressedShards merges --shard outputs written as
// Zstandard into a gzip file: the lines are those of one run over the
// shards' inputs, shard after shard.
func TestDedupMergeCompressedShards(t *testing.T) {
	dir1, dir2 := shardPages(t)
	var files []string
	for _, d := range []string{dir1, dir2} {
		names, _ := filepath.Glob(filepath.Join(d, "*.htm*"))
		files = append(files, names...)
	}
	tmp := t.TempDir()
	out := func(name string) string { return filepath.Join(tmp, name) }
	var byShard []string
	for i := range 2 {
		for k, f := range files {
			if k%2 == i {
				byShard = append(byShard, f)
			}
		}
	}
	for _, args := range [][]string{
		append([]string{"batch", "--shard", "0/2", "-o", out("s0.jsonl.zst")}, files...),
		append([]string{"batch", "--shard", "1/2", "-o", out("s1.jsonl.zst")}, files...),
		append([]string{"batch", "-o", out("one.jsonl")}, byShard...),
		{"dedup", "-o", out("merged.jsonl.gz"), out("s0.jsonl.zst"), out("s1.jsonl.zst")},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	f, err := os.Open(out("merged.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	merged, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	one := readFile(t, out("one.jsonl"))
	if string(merged) != one || !strings.Contains(one, `"duplicate":"exact"`) {
		t.Errorf("merged shards:\n%s\nwant\n%s", merged, one)
	}
}

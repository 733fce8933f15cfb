package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

func TestParseShard(t *testing.T) {
	for in, want := range map[string]shard{"": {0, 1}, "0/1": {0, 1}, "2/4": {2, 4}} {
		if got, err := parseShard(in); err != nil || got != want {
			t.Errorf("parseShard(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"4/4", "-1/4", "1", "a/b", "1/0", "1/2/3"} {
		if _, err := parseShard(bad); err == nil {
			t.Errorf("parseShard(%q) accepted", bad)
		}
	}
}

func TestShardsPartitionInputs(t *testing.T) {
	inputs := []string{"a", "b", "c", "d", "e", "f", "g"}
	seen := map[string]int{}
	for i := range 3 {
		for _, in := range (shard{i, 3}).pick(inputs) {
			seen[in]++
		}
	}
	if len(seen) != len(inputs) {
		t.Fatalf("shards cover %d of %d inputs", len(seen), len(inputs))
	}
	for in, n := range seen {
		if n != 1 {
			t.Errorf("%s in %d shards", in, n)
		}
	}
	if got := (shard{1, 3}).pick(inputs); !reflect.DeepEqual(got, []string{"b", "e"}) {
		t.Errorf("shard 1/3 = %q, want [b e]", got)
	}
}

func TestReadManifest(t *testing.T) {
	in := "# CC-NEWS\ncrawl-data/CC-NEWS/2019/01/a.warc.gz\n\n/abs/b.warc.gz\nfile:///data/c.warc.gz\n"
	got, err := readManifest(strings.NewReader(in), "/mnt/cc")
	want := []string{"/mnt/cc/crawl-data/CC-NEWS/2019/01/a.warc.gz", "/abs/b.warc.gz", "/data/c.warc.gz"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("readManifest = %q, %v; want %q", got, err, want)
	}
	if _, err := readManifest(strings.NewReader("https://data.commoncrawl.org/a.warc.gz\n"), ""); err == nil {
		t.Error("an https URL was accepted")
	}
}

func TestCorpusFilter(t *testing.T) {
	if corpusFilter("", 0) != nil {
		t.Error("a filter without --lang or --min-words")
	}
	f := corpusFilter("de, EN", 100)
	for _, tt := range []struct {
		a    lede.Article
		want string
	}{
		{lede.Article{Language: "de", WordCount: 300}, ""},
		{lede.Article{Language: "en", WordCount: 100}, ""},
		{lede.Article{Language: "fr", WordCount: 300}, "language fr"},
		{lede.Article{WordCount: 300}, "language unknown"},
		{lede.Article{Language: "de", WordCount: 99}, "short 99 words"},
	} {
		if got := f(&tt.a); got != tt.want {
			t.Errorf("filter(%s, %d words) = %q, want %q", tt.a.Language, tt.a.WordCount, got, tt.want)
		}
	}
}

func TestArticleFiles(t *testing.T) {
	dir := t.TempDir()
	w, err := newArticleFiles(dir, "markdown")
	if err != nil {
		t.Fatal(err)
	}
	name, err := w.write(7, &lede.Article{Headline: "Kerry in Moskau", Text: "Erster Absatz."})
	if err != nil || name != "00000007.md" {
		t.Fatalf("write = %q, %v; want 00000007.md", name, err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, name))
	if !strings.Contains(string(b), "# Kerry in Moskau") {
		t.Errorf("file holds %q, want the article as Markdown", b)
	}
	if _, err := newArticleFiles(dir, "pdf"); err == nil {
		t.Error("format pdf accepted")
	}
}

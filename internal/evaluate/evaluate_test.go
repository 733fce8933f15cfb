package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
)

// fakeExtract reads a test page: the page holds the Article as JSON, or
// "ERROR" for a page without an article.
func fakeExtract(_ context.Context, data []byte, _ batch.Page) (*lede.Article, error) {
	if strings.TrimSpace(string(data)) == "ERROR" {
		return &lede.Article{}, fmt.Errorf("%w: test page", lede.ErrNoArticle)
	}
	var a lede.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("%w: %v", lede.ErrNotHTML, err)
	}
	return &a, nil
}

func predict(t *testing.T, dir string) (*Set, *Predictions) {
	t.Helper()
	set, err := LoadSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps, _, err := Predict(context.Background(), set, Config{Workers: 2, Extract: fakeExtract})
	if err != nil {
		t.Fatal(err)
	}
	return set, ps
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The figures below were computed by hand and agree with the reference
// scorer (../shared/checks/score) on the same files.

func TestScoreBodySet(t *testing.T) {
	set, ps := predict(t, "testdata/body")
	if got := set.Scorers(); !reflect.DeepEqual(got, []string{"body"}) {
		t.Fatalf("scorers %v", got)
	}
	r := ScoreBody(set, ps)
	// p1 exact (P 1, R 1); p2 tp 1 fp 1 fn 2 (P 1/2, R 1/3); p3 failed
	// (R 0); p4 missing (R 0).
	if r.Pages != 4 || r.Errors != 1 || r.Missing != 1 {
		t.Errorf("pages %d errors %d missing %d", r.Pages, r.Errors, r.Missing)
	}
	want := map[string][2]float64{"precision": {r.Precision, 0.75}, "recall": {r.Recall, 1.0 / 3}, "F1": {r.F1, 6.0 / 13}, "exact": {r.Exact, 0.25}}
	for name, v := range want {
		if !near(v[0], v[1]) {
			t.Errorf("%s = %v, want %v", name, v[0], v[1])
		}
	}
	if w := r.Worst(2); len(w) != 2 || w[0].ID != "p3" || w[1].ID != "p4" {
		t.Errorf("worst = %+v", w)
	}
}

func TestScoreSnippetsSet(t *testing.T) {
	set, ps := predict(t, "testdata/news")
	if got := set.Scorers(); !reflect.DeepEqual(got, []string{"snippets", "meta"}) {
		t.Fatalf("scorers %v", got)
	}
	r := ScoreSnippets(set, ps)
	if r.TP != 5 || r.FP != 1 || r.FN != 2 || r.TN != 3 || r.Errors != 1 || r.Pages != 4 {
		t.Errorf("counts %+v", r)
	}
	if !near(r.Precision, 5.0/6) || !near(r.Recall, 5.0/7) || !near(r.F1, 10.0/13) || !near(r.Accuracy, 8.0/11) {
		t.Errorf("P %v R %v F1 %v acc %v", r.Precision, r.Recall, r.F1, r.Accuracy)
	}
	if w := r.Worst(1); len(w) != 1 || w[0].ID != "n1" && w[0].ID != "n2" {
		t.Errorf("worst = %+v", w)
	}
}

func TestScoreMetaSet(t *testing.T) {
	set, ps := predict(t, "testdata/news")
	r := ScoreMeta(set, ps)
	tests := []struct {
		name         string
		f            FieldScore
		pages, empty int
		score        float64
	}{
		{"headline", r.Headline, 3, 1, 1},                    // kicker+headline, case and final ".", empty label and output
		{"authors", r.Authors, 3, 1, 2.5 / 3},                // agencies count; {ann lee, dpa} vs {ann lee, bob king} is 1/2
		{"date", r.Date, 3, 1, 2.0 / 3},                      // 2020-3 is not 2020-04-01
		{"language", r.Language, 2, 0, 1.0 / 2},              // n2 and n3 have no agreed label
		{"language-nohint", r.LanguageNoHint, 2, 0, 1.0 / 2}, // the test pages have no hints
	}
	for _, tt := range tests {
		if tt.f.Pages != tt.pages || tt.f.EmptyLabels != tt.empty || !near(tt.f.Score(), tt.score) {
			t.Errorf("%s: pages %d empty %d score %v, want %d %d %v", tt.name, tt.f.Pages, tt.f.EmptyLabels, tt.f.Score(), tt.pages, tt.empty, tt.score)
		}
	}
	if r.Pages != 4 || r.Errors != 1 {
		t.Errorf("pages %d errors %d", r.Pages, r.Errors)
	}
}

func TestReportAndFloors(t *testing.T) {
	set, ps := predict(t, "testdata/news")
	r := Score(set, ps)
	var b strings.Builder
	r.Write(&b, 3)
	for _, want := range []string{"== news: snippets (4 pages, 1 errors, 0 missing)", "F1 0.7692", "authors", "n3: 1 missed"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	if got := r.Summary(); !reflect.DeepEqual(got, []string{"news snippets: F1 0.7692", "news meta: headline 1.0000 authors 0.8333 date 0.6667 language 0.5000 language-nohint 0.5000"}) {
		t.Errorf("summary %q", got)
	}

	tests := []struct {
		spec     string
		failures int
	}{
		{"snippets=0.7", 0},
		{"snippets=0.8", 1},
		{"news:headline=1,authors=0.8", 0},
		{"date=0.9, language=0.9", 2},
		{"language-nohint=0.5", 0},
		{"news:language-nohint=0.6", 1},
		{"body=0.5", 1},         // no set measures body: fails loudly
		{"other:snippets=0", 1}, // no such set
		{"", 0},
	}
	for _, tt := range tests {
		fs, err := ParseFloors(tt.spec)
		if err != nil {
			t.Fatalf("%q: %v", tt.spec, err)
		}
		if got := fs.Check([]*Report{r}); len(got) != tt.failures {
			t.Errorf("%q: failures %q, want %d", tt.spec, got, tt.failures)
		}
	}
	for _, bad := range []string{"body", "f1=0.5", "body=1.5", "body=x"} {
		if _, err := ParseFloors(bad); err == nil {
			t.Errorf("ParseFloors(%q): no error", bad)
		}
	}
}

func TestReadPredictions(t *testing.T) {
	input := `{"source": "dir/a.html.gz", "text": "first"}

[1, 2]
{"text": "no source"}
{"source": 5}
not json
{"source": "b.htm", "error": "no_article: short", "headline": "kept"}
{"source": "other/a.html", "text": "second"}`
	ps, err := ReadPredictions(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	if ps.Lines != 7 || ps.Invalid != 4 || ps.Duplicates != 1 || len(ps.ByID) != 2 {
		t.Errorf("lines %d invalid %d duplicates %d pages %d", ps.Lines, ps.Invalid, ps.Duplicates, len(ps.ByID))
	}
	if p := ps.ByID["a"]; p == nil || p.Text != "second" {
		t.Errorf("a = %+v, want the last line", p)
	}
	if p := ps.ByID["b"]; p == nil || !p.Failed() || p.Headline != "kept" {
		t.Errorf("b = %+v", p)
	}
}

func TestPageID(t *testing.T) {
	for in, want := range map[string]string{
		"x/abc.html.gz":       "abc",
		"abc.htm":             "abc",
		"a/b/abc.xhtml.gz":    "abc",
		"spiegel.de.x.html":   "spiegel.de.x",
		"abc.gz":              "abc",
		"abc.HTML":            "abc.HTML",
		"abc.html.gz.html.gz": "abc.html.gz",
	} {
		if got := PageID(in); got != want {
			t.Errorf("PageID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindSets(t *testing.T) {
	got, err := FindSets("testdata")
	if err != nil || !reflect.DeepEqual(got, []string{filepath.Join("testdata", "body"), filepath.Join("testdata", "news")}) {
		t.Errorf("FindSets(testdata) = %q, %v", got, err)
	}
	if got, err := FindSets("testdata/news"); err != nil || len(got) != 1 {
		t.Errorf("FindSets(testdata/news) = %q, %v", got, err)
	}
	if _, err := FindSets("testdata/news/html"); err == nil {
		t.Error("FindSets(html): no error")
	}
}

func TestParseTruthErrors(t *testing.T) {
	for _, bad := range []string{`[]`, `{"a": {"with": 3}}`, `{"a": {"articleBody": 3}}`, `{"a": {"title": {}}}`} {
		if _, err := ParseTruth([]byte(bad)); err == nil {
			t.Errorf("ParseTruth(%s): no error", bad)
		}
	}
	set, err := ParseTruth([]byte(`{"a": {"title": null, "author": ["X", null], "language": "de"}}`))
	if err != nil {
		t.Fatal(err)
	}
	p := set.Page("a")
	if !p.Title.Present || !p.Title.Empty() || !reflect.DeepEqual(p.Author.Values, []string{"X"}) || p.Date.Present || p.Language.Value() != "de" {
		t.Errorf("page = %+v", p)
	}
}

func TestLoadSetMissing(t *testing.T) {
	if _, err := LoadSet(t.TempDir()); err == nil {
		t.Error("no error for a folder without ground truth")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, TruthFile), []byte(`{"a": {"with": ["x"]}}`), 0o644)
	os.WriteFile(filepath.Join(dir, LanguagesFile), []byte(`nonsense`), 0o644)
	if _, err := LoadSet(dir); err == nil {
		t.Error("no error for a bad page-languages.json")
	}
}

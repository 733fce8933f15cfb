package evaluate

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadPredictions: any bytes read as batch output give no panic, and
// every line is either a page or counted as invalid.
func FuzzReadPredictions(f *testing.F) {
	f.Add([]byte(`{"source": "a.html", "text": "x"}` + "\n" + `[1]`))
	f.Add([]byte(`{"source": "b.html", "error": "no_article: x", "authors": ["A"]}`))
	f.Add([]byte("\n\n{\"source\": 1}\nnot json"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ReadPredictions(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if ps.Invalid+ps.Duplicates+len(ps.ByID) > ps.Lines || ps.Invalid < 0 {
			t.Fatalf("lines %d invalid %d duplicates %d pages %d", ps.Lines, ps.Invalid, ps.Duplicates, len(ps.ByID))
		}
	})
}

// FuzzWords: tokens are non-empty runs of word characters, taken in order
// from the text.
func FuzzWords(f *testing.F) {
	f.Add("Hello, world! Cafe\u0301 東京 snake_case ½")
	f.Add("\xff\xfe broken utf-8")
	f.Fuzz(func(t *testing.T, s string) {
		rest := s
		for _, w := range Words(s) {
			if w == "" {
				t.Fatal("empty token")
			}
			for _, r := range w {
				if !isWordRune(r) || r == utf8.RuneError && !strings.ContainsRune(s, utf8.RuneError) {
					t.Fatalf("token %q holds %q", w, r)
				}
			}
			i := strings.Index(rest, w)
			if i < 0 {
				t.Fatalf("token %q not in order in %q", w, s)
			}
			rest = rest[i+len(w):]
		}
	})
}

// BenchmarkScoreBody scores 50 pages of 1,000 words each.
func BenchmarkScoreBody(b *testing.B) {
	words := strings.Fields(strings.Repeat("the quick brown fox jumps over the lazy dog again and again ", 100))
	truthText := strings.Join(words, " ")
	outText := strings.Join(words[50:], " ") + " share this article"
	set := &Set{byID: map[string]*Truth{}}
	ps := newPredictions()
	for i := range 50 {
		id := strings.Repeat("p", i+1)
		t := &Truth{ID: id, HasBody: true, Body: truthText}
		set.Pages = append(set.Pages, t)
		set.byID[id] = t
		ps.ByID[id] = &Prediction{Source: id + ".html", Text: outText}
	}
	b.SetBytes(int64(50 * (len(truthText) + len(outText))))
	b.ReportAllocs()
	for b.Loop() {
		ScoreBody(set, ps)
	}
}

// FuzzStripLanguageHints: any bytes give no panic, a page without "lang"
// or "locale" in it comes back unchanged, and stripping twice changes
// nothing more.
func FuzzStripLanguageHints(f *testing.F) {
	f.Add([]byte(`<html lang=de><meta property="og:locale" content="de_DE"><p hreflang="en">x</p>`))
	f.Add([]byte(`<script type="application/ld+json">[{"inLanguage":"de"}]</script><svg><title/></svg>`))
	f.Add([]byte("<a lang='x' b=\"<>\" c=&amp;>\xff</a"))
	f.Fuzz(func(t *testing.T, page []byte) {
		once := StripLanguageHints(page)
		if !containsFold(page, "lang") && !containsFold(page, "locale") && !bytes.Equal(once, page) {
			t.Fatalf("a page without hints changed: %q -> %q", page, once)
		}
		if twice := StripLanguageHints(once); !bytes.Equal(twice, once) {
			t.Fatalf("not idempotent: %q -> %q -> %q", page, once, twice)
		}
	})
}

// BenchmarkStripLanguageHints strips a vendored page.
func BenchmarkStripLanguageHints(b *testing.B) {
	page, err := os.ReadFile("../../testdata/pages/de_news.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		StripLanguageHints(page)
	}
}

package boiler

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zur Startseite", "zur startseite"},
		{"  Stand: 12.03.2024, 14:05 Uhr ", "stand 0 0 0 0 0 uhr"},
		{"Aktualisiert am 3. März 2025", "aktualisiert am 0 M 0"},
		{"Updated Tuesday, May 5", "updated D M 0"},
		{"© 2024 Der Morgen GmbH & Co. KG", "0 der morgen gmbh co kg"},
		{"READ MORE: Écoles fermées", "read more écoles fermées"},
		{"tips@metrowire.co.uk", "tips metrowire co uk"},
		{"— · —", ""},
	} {
		if got, _ := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLineKeys(t *testing.T) {
	kinds := func(line string) string {
		var s []string
		for _, k := range lineKeys(line, nil) {
			s = append(s, k.kind.String()+"="+k.text)
		}
		return strings.Join(s, "; ")
	}
	for _, tc := range []struct{ in, want string }{
		{"Zur Startseite", "line=zur startseite"},
		{"Lesen Sie auch: Putin droht", "line=lesen sie auch putin droht; prefix=lesen sie auch; suffix=auch putin droht; label=lesen sie auch"},
		{strings.Repeat("wort ", 31), "line=" + strings.TrimSpace(strings.Repeat("wort ", 31))},
		{"", ""},
		{"12.03.2024", ""},
		{"Am 3. März 2024 um 14 Uhr", "line=am 0 M 0 um 0 uhr; suffix=um 0 uhr"},
		{"Kickoff is Sunday at 1 p.m.", "line=kickoff is D at 0 p m; prefix=kickoff is D"},
		{"It's the thing I said to you", "line=it s the thing i said to you; suffix=said to you"},
		{"Und das ist: nicht mehr so", "line=und das ist nicht mehr so"},
	} {
		if got := kinds(tc.in); got != tc.want {
			t.Errorf("lineKeys(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// hashKey is FNV-1a 64 of kind, 0, text: the model file's keys depend on it.
func TestHashKeyIsFNV1a(t *testing.T) {
	h := fnv.New64a()
	h.Write([]byte{byte(KindPrefix), 0})
	h.Write([]byte("lesen sie auch"))
	if got := hashKey(KindPrefix, "lesen sie auch"); uint64(got) != h.Sum64() {
		t.Errorf("hashKey = %x, FNV-1a = %x", got, h.Sum64())
	}
}

func TestHost(t *testing.T) {
	for _, tc := range []struct{ url, canonical, want string }{
		{"https://www.Example.de:8080/a", "", "example.de"},
		{"", "http://news.example.com/x", "news.example.com"},
		{"https://web.archive.org/web/20190101000000/https://www.zeit.de/a", "", "zeit.de"},
		{"https://web.archive.org/about", "", "web.archive.org"},
		{"/relative/path", "", ""},
		{"ftp://example.com/", "", ""},
	} {
		if got := Host(&model.Article{URL: tc.url, CanonicalURL: tc.canonical}); got != tc.want {
			t.Errorf("Host(%q, %q) = %q, want %q", tc.url, tc.canonical, got, tc.want)
		}
	}
}

// FuzzLineKeys: any line gives keys without panicking, normalised texts
// are valid UTF-8 made of lower-case words separated by single spaces, and
// the same line always gives the same keys.
func FuzzLineKeys(f *testing.F) {
	for _, s := range []string{"Lesen Sie auch: Putin", "© 2024 X", "a:b:c", "\xff\xfe", "Ⅻ 12 ١٢", "İSTANBUL: Haber"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := lineKeys(s, nil)
		for _, k := range keys {
			if !utf8.ValidString(k.text) || k.text == "" || strings.Contains(k.text, "  ") || strings.TrimSpace(k.text) != k.text {
				t.Fatalf("%q: key %s %q", s, k.kind, k.text)
			}
			if k.hash != hashKey(k.kind, k.text) {
				t.Fatalf("%q: hash of %q", s, k.text)
			}
		}
		again := lineKeys(s, nil)
		if len(again) != len(keys) {
			t.Fatalf("%q: %d keys, then %d", s, len(keys), len(again))
		}
	})
}

func BenchmarkApply(b *testing.B) {
	m := learn(sitePages()...)
	pages := sitePages()
	size := 0
	for _, p := range pages {
		size += len(p.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range sitePages() {
			m.Apply(p)
		}
	}
}

// FuzzApply: cleaning with a model learned from the fuzzed lines never
// panics, never empties a body, never adds words, and is idempotent.
func FuzzApply(f *testing.F) {
	f.Add("Zur Startseite\nEin Text.\nLesen Sie auch: X", "Ein anderer Text.")
	f.Add("\n\n", "")
	f.Add("a:b\n0 0 0", "Mehr zum Thema: Y")
	f.Fuzz(func(t *testing.T, template, body string) {
		l := NewLearner(Options{})
		for i := range 6 {
			l.Add(article(fmt.Sprintf("https://f.example/%d", i), append(strings.Split(template, "\n"), fmt.Sprint("Seite ", i))...))
		}
		m := l.Model()
		a := article("https://f.example/new", append(strings.Split(template, "\n"), strings.Split(body, "\n")...)...)
		blocks, words := len(a.Body), a.WordCount
		m.Apply(a)
		if blocks > 0 && len(a.Body) == 0 || a.WordCount > words {
			t.Fatalf("%d blocks, %d words -> %d blocks, %d words", blocks, words, len(a.Body), a.WordCount)
		}
		text := a.Text
		if n := m.Apply(a); n != 0 && a.Text != text {
			t.Fatalf("second Apply removed %d more lines", n)
		}
	})
}

func BenchmarkLearnerAdd(b *testing.B) {
	pages := sitePages()
	size := 0
	for _, p := range pages {
		size += len(p.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	l := NewLearner(Options{})
	for i := 0; b.Loop(); i++ {
		for j, p := range pages {
			p.URL = fmt.Sprintf("https://www.example.de/%d/%d", i, j)
			p.Text += " " // a new page each time
			l.Add(p)
		}
	}
}

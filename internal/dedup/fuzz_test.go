package dedup

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks that Normalize gives valid UTF-8 without double or
// outer spaces, and is idempotent.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "Hello, World!", "Cafe\u0301 e.\u0301", "\xff\xfe bad", "İstanbul ΣΑΣ", "a\u00a0b\u3000c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) || strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("Normalize(%q) = %q", s, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize(%q) = %q, then %q", s, n, again)
		}
		if Of(s) != Of(n) {
			t.Fatalf("fingerprints of %q and its normal form differ", s)
		}
	})
}

// FuzzMerger checks that a merge never panics and writes, for input it
// accepts, one JSON object per line read.
func FuzzMerger(f *testing.F) {
	f.Add([]byte(`{"source":"a","text":"one two three four"}` + "\n" + `{"source":"b","text":"One, two three four.","duplicate":"near"}`))
	f.Add([]byte(`{"source":"a","error":"x"}` + "\n\n" + `{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		m := NewMerger(&out, Mark)
		if err := m.Add("fuzz", bytes.NewReader(data)); err != nil {
			return
		}
		sum, err := m.Flush()
		if err != nil {
			t.Fatal(err)
		}
		if got := bytes.Count(out.Bytes(), []byte("\n")); got != sum.Lines {
			t.Fatalf("%d lines written for %d read", got, sum.Lines)
		}
		for _, line := range bytes.Split(bytes.TrimSuffix(out.Bytes(), []byte("\n")), []byte("\n")) {
			if len(line) > 0 {
				if _, err := parseObject(line); err != nil {
					t.Fatalf("output line %q: %v", line, err)
				}
			}
		}
	})
}

package skim

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
)

func TestReader(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no raw text", "<p>Hello</p>", "<p>Hello</p>"},
		{"script body", "<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"},
		{"upper case", "<SCRIPT type=text/javascript>x()</SCRIPT>after", "<SCRIPT type=text/javascript></SCRIPT>after"},
		{"style", "<style>p{color:red}</style><p>x</p>", "<style></style><p>x</p>"},
		{"svg", `<svg viewBox="0 0 1 1"><path d="M0"/></svg>text`, `<svg viewBox="0 0 1 1"></svg>text`},
		{"comment", "a<!-- hidden <p>x</p> -->b", "ab"},
		{"json-ld kept", `<script type="application/ld+json">{"headline":"H"}</script>`, `<script type="application/ld+json">{"headline":"H"}</script>`},
		{"json-ld upper", `<script TYPE="APPLICATION/LD+JSON">{}</script>`, `<script TYPE="APPLICATION/LD+JSON">{}</script>`},
		{"not a script tag", "<scripture>text</scripture>", "<scripture>text</scripture>"},
		{"unterminated script", "<p>a</p><script>never closed", "<p>a</p><script>"},
		{"unterminated comment", "a<!-- never closed", "a"},
		{"unterminated tag", "a<script", "a<script"},
		{"noscript", "<noscript><img src=x></noscript>y", "<noscript></noscript>y"},
		{"two scripts", "<script>1</script>-<script>2</script>", "<script></script>-<script></script>"},
		{"close tag case", "<script>x</ScRiPt >y", "<script></ScRiPt >y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := io.ReadAll(NewReader([]byte(tt.in), 0))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			// Small reads give the same bytes.
			small, err := io.ReadAll(iotest.OneByteReader(NewReader([]byte(tt.in), 0)))
			if err != nil || !bytes.Equal(small, got) {
				t.Errorf("one-byte reads: %q, %v", small, err)
			}
		})
	}
}

func TestKeepNoscript(t *testing.T) {
	in := "<noscript><p>Text for readers without JavaScript.</p></noscript><script>x()</script>"
	got, _ := io.ReadAll(NewReader([]byte(in), KeepNoscript))
	if want := "<noscript><p>Text for readers without JavaScript.</p></noscript><script></script>"; string(got) != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func FuzzReader(f *testing.F) {
	for _, s := range []string{"<p>a</p><script>x</script>", "<!-- c -->", `<script type="application/ld+json">{}</script>`, "<svg><g/></svg>", "<style>", "<"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		all, err := io.ReadAll(NewReader(data, 0))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) > len(data) {
			t.Fatalf("output longer than input: %d > %d", len(all), len(data))
		}
		small, err := io.ReadAll(iotest.HalfReader(NewReader(data, 0)))
		if err != nil || !bytes.Equal(small, all) {
			t.Fatalf("half reads differ: %v", err)
		}
		// Skimming is idempotent: nothing more to skip the second time.
		again, _ := io.ReadAll(NewReader(all, 0))
		if !bytes.Equal(again, all) {
			t.Fatalf("not idempotent:\n%q\n%q", all, again)
		}
	})
}

func BenchmarkReader(b *testing.B) {
	page := bytes.Repeat([]byte("<p>Some text of the article, with words.</p><script>var a = 1; function f() { return '<b>'; }</script><style>.x{y:z}</style>"), 1000)
	buf := make([]byte, 4096)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(page, 0)
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	}
}

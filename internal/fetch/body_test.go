package fetch

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestDecoderCodings(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("gzip twice"))
	w.Close()
	var gz2 bytes.Buffer
	w = gzip.NewWriter(&gz2)
	w.Write(gz.Bytes())
	w.Close()
	for _, tc := range []struct {
		coding, body, want string
		fails              bool
	}{
		{"", "plain", "plain", false},
		{"identity", "plain", "plain", false},
		{"GZIP", gz.String(), "gzip twice", false},
		{"gzip, gzip", gz2.String(), "gzip twice", false},
		{"compress", "x", "", true},
		{"gzip", "not gzip", "", true},
	} {
		r, err := decoder(strings.NewReader(tc.body), tc.coding)
		var got []byte
		if err == nil {
			got, _, err = readLimited(r, 1<<20)
		}
		if (err != nil) != tc.fails || !tc.fails && string(got) != tc.want {
			t.Errorf("%q: %q, %v; want %q, fails %v", tc.coding, got, err, tc.want, tc.fails)
		}
	}
}

// FuzzDecoder: any body under any coding decodes or fails without panic,
// and never yields more than the limit.
func FuzzDecoder(f *testing.F) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(strings.Repeat("a", 5000)))
	w.Close()
	f.Add(gz.Bytes(), "gzip")
	f.Add([]byte("\x78\x9c\x4b\x04\x00\x00\x62\x00\x62"), "deflate")
	f.Add([]byte("\x0b\x02\x80hello\x03"), "br")
	f.Add([]byte("x"), "gzip, br")
	f.Fuzz(func(t *testing.T, body []byte, coding string) {
		r, err := decoder(bytes.NewReader(body), coding)
		if err != nil {
			return
		}
		got, _, _ := readLimited(r, 1000)
		if len(got) > 1000 {
			t.Fatalf("%d bytes past the limit", len(got))
		}
	})
}

func BenchmarkDecodeGzip(b *testing.B) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(strings.Repeat("<p>Ein Absatz der Nachricht.</p>\n", 5000)))
	w.Close()
	b.SetBytes(int64(gz.Len()))
	b.ReportAllocs()
	for b.Loop() {
		r, err := decoder(bytes.NewReader(gz.Bytes()), "gzip")
		if err != nil {
			b.Fatal(err)
		}
		readLimited(r, 1<<24)
	}
}

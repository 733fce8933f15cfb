package meta

import (
	"bytes"
	"reflect"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func validUTF8(s string) bool { return utf8.ValidString(s) }

// FuzzExtract checks that any page gives metadata without a panic and with
// valid UTF-8 in every string.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(`<html lang="de"><head><title>A - B</title><meta property="og:title" content="A"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"A","author":{"@id":"#x"}},{"@id":"#x","name":"N"}]}</script></head><body><h1><span>K</span>A</h1><time datetime="2020-01-02">x</time></body></html>`))
	f.Add([]byte("<title>\xff\xfe | x</title><h1>\x80</h1><script type=application/ld+json><!-- {\"@type\":\"Article\",\"headline\":\"\xc3\",} --></script>"))
	f.Add([]byte(`<meta name="author" content="Von Anna Berg und Tom Kern, dpa"><meta property="article:published_time" content="2019-10-16T11:00:00+02:00">`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		m := Extract(doc, "https://example.com/a/b")
		m.DetectLanguage("")
		checkUTF8(t, reflect.ValueOf(m))
	})
}

// checkUTF8 fails on any string in v that is not valid UTF-8.
func checkUTF8(t *testing.T, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			t.Errorf("invalid UTF-8: %q", v.String())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkUTF8(t, v.Field(i))
		}
	case reflect.Slice:
		for i := range v.Len() {
			checkUTF8(t, v.Index(i))
		}
	}
}

package charset

import (
	"strings"
	"testing"
)

// benchPage builds a page of about 100 KB, the size of a typical news page:
// a head with scripts before the charset declaration, then paragraphs.
func benchPage(meta, paragraph string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"de\"><head><script>")
	b.WriteString(strings.Repeat("window.dataLayer.push({'event': 'load'});\n", 100))
	b.WriteString("</script>" + meta + "<title>Titel</title></head><body><article>")
	for b.Len() < 100<<10 {
		b.WriteString(`<p class="text">` + paragraph + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

func BenchmarkDecode(b *testing.B) {
	german := strings.Repeat("Die Straße wird für den Verkehr gesperrt, sagte der Bürgermeister. ", 4)
	germanLatin := "Gr\xf6\xdfe f\xfcr \xc4rger, sagte der B\xfcrgermeister. " + strings.Repeat("Ohne Umlaut geht es weiter. ", 8)
	benchmarks := []struct {
		name string
		data []byte
	}{
		{"utf-8", benchPage(`<meta charset="utf-8">`, german)},
		{"ascii", benchPage(`<meta charset="utf-8">`, "Plain ASCII text for English pages, with entities like &auml;.")},
		{"windows-1252", benchPage(`<meta charset="windows-1252">`, germanLatin)},
		{"utf-8 declared, windows-1252 bytes", benchPage(`<meta charset="utf-8">`, germanLatin)},
		{"latin1 declared, utf-8 bytes", benchPage(`<meta charset="iso-8859-1">`, german)},
		{"undeclared windows-1252", benchPage("", germanLatin)},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.data)))
			b.ReportAllocs()
			for b.Loop() {
				Decode(bm.data, "")
			}
		})
	}
}

func BenchmarkSniff(b *testing.B) {
	benchmarks := []struct {
		name string
		data []byte
	}{
		{"html", benchPage(`<meta charset="utf-8">`, "Text.")},
		{"text", []byte(strings.Repeat("Nur Text, ohne jedes Markup, a<b. ", 3000))},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.data)))
			b.ReportAllocs()
			for b.Loop() {
				Sniff(bm.data)
			}
		})
	}
}

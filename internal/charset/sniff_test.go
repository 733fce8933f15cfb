package charset

import (
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name       string
		data       string
		want       Kind
		wantReason string // the reason must contain this
	}{
		{"empty", "", KindEmpty, "empty"},
		{"whitespace", " \r\n\t\f\v ", KindEmpty, "whitespace"},
		{"bom and whitespace", "\xef\xbb\xbf \n", KindEmpty, "whitespace"},

		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", KindBinary, "PDF"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", KindBinary, "PNG"},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", KindBinary, "JPEG"},
		{"gif", "GIF89a\x01\x00\x01\x00", KindBinary, "GIF"},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", KindBinary, "WebP"},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", KindBinary, "ZIP"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", KindBinary, "gzip"},
		{"bzip2", "BZh91AY&SY\x00", KindBinary, "bzip2"},
		{"mp4", "\x00\x00\x00\x18ftypmp42", KindBinary, "MP4"},
		{"nul bytes", "some text\x00with a NUL", KindBinary, "NUL"},
		{"control bytes", "\x01\x02\x03\x04 mostly\x05\x06 control", KindBinary, "control"},
		{"riff without webp is not webp", "RIFF text that is not a RIFF file", KindText, "plain text"},

		{"doctype", "<!DOCTYPE html><html><body>x</body></html>", KindHTML, "HTML"},
		{"lower-case doctype after whitespace", "\n\n  <!doctype html>", KindHTML, "HTML"},
		{"bare html", "<html><p>x", KindHTML, "HTML"},
		{"fragment", "<div class=a>text</div>", KindHTML, "HTML"},
		{"comment first", "<!-- generated --><!DOCTYPE html><title>x</title>", KindHTML, "HTML"},
		{"xhtml", `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">`, KindHTML, "HTML"},
		{"xhtml without doctype", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, KindHTML, "HTML"},
		{"html after leading text", "garbage first\n<html><body><p>x</p></body></html>", KindHTML, "HTML"},
		{"html with a stray nul", "<!DOCTYPE html><p>x\x00y</p>", KindHTML, "HTML"},
		{"utf-16le bom html", "\xff\xfe" + utf16le("<!DOCTYPE html><p>Grüße</p>"), KindHTML, "utf-16le"},
		{"utf-16be html without bom", utf16be("<html><p>Grüße</p></html>"), KindHTML, "utf-16be"},

		{"rss", `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>`, KindXML, "RSS"},
		{"rss without declaration", `<rss version="2.0"><channel><title>x</title>`, KindXML, "RSS"},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, KindXML, "RSS"},
		{"atom", `<?xml version="1.0" encoding="utf-8"?>` + "\n<!-- c -->\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`, KindXML, "Atom"},
		{"sitemap", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, KindXML, "sitemap"},
		{"svg", `<svg xmlns="http://www.w3.org/2000/svg"><path d=""/></svg>`, KindXML, "SVG"},
		{"other xml", `<?xml version="1.0"?><note><to>x</to></note>`, KindXML, "<note>"},
		{"xml doctype", `<!DOCTYPE note SYSTEM "note.dtd"><note/>`, KindXML, "<note>"},

		{"plain text", "Dies ist nur Text.\nMit zwei Zeilen, a<b und c>d.", KindText, "plain text"},
		{"windows-1252 text", "Gr\xf6\xdfe f\xfcr \xc4rger", KindText, "plain text"},
		{"iso-2022-jp text", "\x1b$B\x46\x7c\x4b\x5c\x1b(B", KindText, "plain text"},
		{"json", ` {"headline": "<p>not a page</p>"} `, KindText, "JSON"},
		{"json array", `[1, 2, 3]`, KindText, "JSON"},
		{"unknown tags only", "<foo>bar</foo>", KindText, "plain text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, reason := Sniff([]byte(tt.data))
			if kind != tt.want || !strings.Contains(reason, tt.wantReason) {
				t.Errorf("Sniff = %v %q, want %v with %q", kind, reason, tt.want, tt.wantReason)
			}
			if reason == "" {
				t.Error("Sniff gave no reason")
			}
		})
	}
}

func TestKindString(t *testing.T) {
	for kind, want := range map[Kind]string{
		KindHTML: "html", KindEmpty: "empty", KindBinary: "binary", KindText: "text", KindXML: "xml", Kind(99): "unknown",
	} {
		if got := kind.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(kind), got, want)
		}
	}
}

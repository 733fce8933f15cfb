package lede_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// The input checks run before parsing (internal/charset.Sniff, unit-tested
// there). These tests hold Extract to them end to end: the sentinel a caller
// branches on and a message that names what the input is.

func TestExtractInputChecks(t *testing.T) {
	const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"
	tests := []struct {
		name  string
		input string
		want  error  // nil: accepted
		msg   string // a substring of the error message
	}{
		{"empty", "", lede.ErrEmpty, "empty"},
		{"spaces", "   \n\t\r\n  ", lede.ErrEmpty, "only whitespace"},
		{"BOM only", "\xEF\xBB\xBF", lede.ErrEmpty, "empty"},
		{"BOM and spaces", "\xEF\xBB\xBF \n", lede.ErrEmpty, "only whitespace"},

		{"page", page, nil, ""},
		{"page with BOM", "\xEF\xBB\xBF" + page, nil, ""},
		{"upper case", "<HTML><BODY><P>Hi</P></BODY></HTML>", nil, ""},
		{"fragment p", "<p>Just a paragraph.</p>", nil, ""},
		{"fragment div", "text before <div class=x>x</div>", nil, ""},
		{"end tag only", "some text</p>", nil, ""},
		{"self-closing br", "line<br/>line", nil, ""},
		{"doctype only", "<!doctype html>Hello", nil, ""},
		{"xhtml", `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>`, nil, ""},
		{"latin-1", "<html><body><p>Gr\xFC\xDFe aus K\xF6ln</p></body></html>", nil, ""},
		{"UTF-16LE with BOM", "\xFF\xFE" + utf16LE(page), nil, ""},
		{"UTF-16BE with BOM", "\xFE\xFF" + utf16BE(page), nil, ""},
		{"UTF-16LE without BOM", utf16LE(page), nil, ""},
		{"NUL inside a page", "<html><body>\x00<p>x</p></body></html>", nil, ""},
		{"stray NUL after 4 KiB", "<p>" + strings.Repeat("x", 5000) + "\x00</p>", nil, ""},
		{"markup late in the prefix", strings.Repeat("word ", 10000) + "<p>x</p>", nil, ""},

		{"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", lede.ErrNotHTML, "binary data (PDF)"},
		{"PNG", "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", lede.ErrNotHTML, "binary data (PNG)"},
		{"JPEG", "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", lede.ErrNotHTML, "binary data (JPEG)"},
		{"GIF", "GIF89a\x01\x00\x01\x00", lede.ErrNotHTML, "binary data (GIF)"},
		{"WebP", "RIFF\x24\x00\x00\x00WEBPVP8 ", lede.ErrNotHTML, "binary data (WebP)"},
		{"WAV", "RIFF\x24\x00\x00\x00WAVEfmt ", lede.ErrNotHTML, "binary data (WAV audio)"},
		{"ZIP", "PK\x03\x04\x14\x00\x00\x00", lede.ErrNotHTML, "binary data (ZIP"},
		{"gzip", "\x1F\x8B\x08\x00\x00\x00\x00\x00", lede.ErrNotHTML, "binary data (gzip)"},
		{"zstd", "\x28\xB5\x2F\xFD\x04\x00", lede.ErrNotHTML, "binary data (zstd)"},
		{"bzip2", "BZh91AY&SY\x12\x34", lede.ErrNotHTML, "binary data ("},
		{"xz", "\xFD7zXZ\x00\x00\x04", lede.ErrNotHTML, "binary data ("},
		{"Ogg", "OggS\x00\x02\x00\x00", lede.ErrNotHTML, "binary data (Ogg"},
		{"MP4", "\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", lede.ErrNotHTML, "binary data (MP4"},
		{"ELF", "\x7FELF\x02\x01\x01\x00", lede.ErrNotHTML, "binary data (ELF"},
		{"Windows executable", "MZ\x90\x00\x03\x00\x00\x00", lede.ErrNotHTML, "binary data ("},
		{"MP3", "ID3\x04\x00\x00\x00\x00\x00", lede.ErrNotHTML, "binary data ("},
		{"WOFF2", "wOF2\x00\x01\x00\x00", lede.ErrNotHTML, "binary data ("},
		{"SQLite", "SQLite format 3\x00\x10\x00", lede.ErrNotHTML, "binary data ("},
		{"NUL in text", "Some words\x00 and more words, no markup", lede.ErrNotHTML, "binary data (NUL bytes)"},
		{"control bytes", strings.Repeat("\x01\x02\x03\x04 abc ", 40) + "<p>x</p>", lede.ErrNotHTML, "binary data (control bytes)"},

		{"RSS", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>x</link></channel></rss>`, lede.ErrNotHTML, "RSS feed"},
		{"RSS with stylesheet PI", `<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><!-- c --><rss><channel/></rss>`, lede.ErrNotHTML, "RSS feed"},
		{"Atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>`, lede.ErrNotHTML, "Atom feed"},
		{"RDF", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>`, lede.ErrNotHTML, "RSS feed"},
		{"sitemap", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>`, lede.ErrNotHTML, "sitemap"},
		{"SVG file", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><title>x</title></svg>`, lede.ErrNotHTML, "SVG image"},
		{"other XML", `<?xml version="1.0"?><note><to>Tove</to></note>`, lede.ErrNotHTML, "XML document"},

		{"plain text", "Hello world.\nThis is just text, a < b and b > c.\n", lede.ErrNotHTML, "plain text without HTML markup"},
		{"JSON", `{"headline": "x", "body": "<p>y</p>"}`, lede.ErrNotHTML, "JSON"},
		{"angle-bracket address", "Write to <editor@example.com> or <name>.", lede.ErrNotHTML, "plain text without HTML markup"},
		{"tag name as prefix", "<pre-release> and <divider> are not tags", lede.ErrNotHTML, "plain text without HTML markup"},
		{"truncated tag", "plain words <p", lede.ErrNotHTML, "plain text without HTML markup"},
		{"other doctype", "<!DOCTYPE note><note/>", lede.ErrNotHTML, "XML document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := lede.ExtractBytes(context.Background(), []byte(tt.input), lede.Options{})
			if tt.want == nil {
				// Accepted: parsed, then an article or ErrNoArticle.
				if err != nil && !errors.Is(err, lede.ErrNoArticle) {
					t.Fatalf("ExtractBytes error = %v, want the page parsed", err)
				}
				return
			}
			if a != nil || !errors.Is(err, tt.want) {
				t.Fatalf("ExtractBytes = %v, %v; want nil, %v", a, err, tt.want)
			}
			// The message starts with the stable code, as batch output shows it.
			if code := lede.Code(err); !strings.HasPrefix(err.Error(), code) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("ExtractBytes error = %q, want %q… containing %q", err, code, tt.msg)
			}
		})
	}
}

// TestExtractTooLarge checks the size limit on both entry points: an input
// one byte over MaxBytes is refused, one at the limit is read.
func TestExtractTooLarge(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("word ", 200) + "</p></body></html>")
	limit := int64(len(page))
	tests := []struct {
		name    string
		extract func(data []byte, opts lede.Options) (*lede.Article, error)
	}{
		{"ExtractBytes", func(data []byte, opts lede.Options) (*lede.Article, error) {
			return lede.ExtractBytes(context.Background(), data, opts)
		}},
		{"Extract", func(data []byte, opts lede.Options) (*lede.Article, error) {
			return lede.Extract(context.Background(), bytes.NewReader(data), opts)
		}},
	}
	for _, tt := range tests {
		if _, err := tt.extract(page, lede.Options{MaxBytes: limit}); err != nil {
			t.Errorf("%s at the limit: %v", tt.name, err)
		}
		over := append(bytes.Clone(page), ' ')
		_, err := tt.extract(over, lede.Options{MaxBytes: limit})
		if !errors.Is(err, lede.ErrTooLarge) || !strings.HasPrefix(err.Error(), "too_large: ") {
			t.Errorf("%s one byte over the limit: error = %v, want too_large", tt.name, err)
		}
	}
}

func utf16LE(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}

func utf16BE(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		b.WriteByte(0)
		b.WriteByte(s[i])
	}
	return b.String()
}

package charset

import (
	"bytes"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/language"
)

// maxPrescan bounds how far into a document a charset declaration is looked
// for. The WHATWG prescan stops after 1024 bytes, but many pages declare
// their charset only after long inline scripts and styles.
const maxPrescan = 64 << 10

// prescan is what a scan of a document's first bytes found: the encoding
// declared by the first usable <meta> (or, failing that, by an XML
// declaration) and the lang attribute of the <html> element.
type prescan struct {
	enc  encoding.Encoding
	name string
	lang []byte
}

// scan walks the tags of data's first maxPrescan bytes, in the manner of the
// WHATWG prescan (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding):
// comments are skipped, and so are the contents of <script> and <style>,
// which may hold markup in strings. Scanning stops at the first <meta> that
// declares a known encoding.
func (p *prescan) scan(data []byte) {
	if len(data) > maxPrescan {
		data = data[:maxPrescan]
	}
	var xmlEnc encoding.Encoding
	var xmlName string
	if decl, ok := xmlDeclaration(data); ok {
		xmlEnc, xmlName = lookup(attrValue(decl, "encoding"))
	}
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := data[i:]
		switch {
		case hasPrefixFold(rest, "<!--"):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				i = len(data)
			} else {
				i += 4 + end + 3
			}
		case isTag(rest, "meta"):
			attrs := rest[len("<meta"):]
			label, n := metaCharset(attrs)
			i += len("<meta") + n
			if enc, name := lookup(label); enc != nil {
				// A <meta> is read as ASCII, so it cannot be UTF-16.
				if isUTF16(name) {
					enc, name = lookup("utf-8")
				}
				p.enc, p.name = enc, name
				return
			}
		case isTag(rest, "html"):
			attrs := rest[len("<html"):]
			if p.lang == nil {
				p.lang = attrValue(attrs, "lang")
				if p.lang == nil {
					p.lang = attrValue(attrs, "xml:lang")
				}
			}
			i += len("<html")
		case isTag(rest, "script"):
			i += len("<script") + skipElement(rest[len("<script"):], "</script")
		case isTag(rest, "style"):
			i += len("<style") + skipElement(rest[len("<style"):], "</style")
		default:
			i++
		}
	}
	if xmlEnc != nil {
		if isUTF16(xmlName) {
			xmlEnc, xmlName = lookup("utf-8")
		}
		p.enc, p.name = xmlEnc, xmlName
	}
}

// isTag reports whether b starts with the start tag <name followed by
// whitespace, '/' or '>'.
func isTag(b []byte, name string) bool {
	n := 1 + len(name)
	if len(b) <= n || b[0] != '<' || !hasPrefixFold(b[1:], name) {
		return false
	}
	c := b[n]
	return isSpace(c) || c == '/' || c == '>'
}

// skipElement returns the length of b up to and including the end tag that
// starts with closing ("</script"), or len(b) when there is none.
func skipElement(b []byte, closing string) int {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if hasPrefixFold(b[i:], closing) {
			return i + len(closing)
		}
		i++
	}
	return len(b)
}

// xmlDeclaration returns the pseudo-attributes of an XML declaration
// (<?xml version="1.0" encoding="…"?>) at the start of data, allowing for
// leading whitespace.
func xmlDeclaration(data []byte) ([]byte, bool) {
	data = bytes.TrimLeft(data, " \t\r\n")
	if !hasPrefixFold(data, "<?xml") || len(data) < 6 || !isSpace(data[5]) {
		return nil, false
	}
	data = data[5:]
	if end := bytes.Index(data, []byte("?>")); end >= 0 {
		return data[:end], true
	}
	return nil, false
}

// metaCharset reads the attributes of a <meta> tag and returns the charset
// label it declares, either with a charset attribute or with
// http-equiv="Content-Type" and a content attribute, and the number of bytes
// read up to the end of the tag.
func metaCharset(attrs []byte) (label []byte, n int) {
	var charset, content []byte
	hasCharset, pragma := false, false
	for {
		name, value, size := nextAttr(attrs[n:])
		n += size
		if name == nil {
			break
		}
		switch {
		case equalFold(name, "charset"):
			if !hasCharset {
				charset, hasCharset = value, true
			}
		case equalFold(name, "http-equiv"):
			pragma = pragma || equalFold(value, "content-type")
		case equalFold(name, "content"):
			if content == nil {
				content = value
			}
		}
	}
	if hasCharset {
		return charset, n
	}
	if pragma {
		return charsetParam(content), n
	}
	return nil, n
}

// attrValue returns the value of the attribute called name in attrs, the
// bytes after a tag's name; nil when the tag has no such attribute.
func attrValue(attrs []byte, name string) []byte {
	for {
		key, value, size := nextAttr(attrs)
		if key == nil {
			return nil
		}
		if equalFold(key, name) {
			if value == nil {
				value = attrs[:0]
			}
			return value
		}
		attrs = attrs[size:]
	}
}

// nextAttr reads one attribute from b, following the WHATWG "get an
// attribute" steps: it returns the attribute's name and value (nil for an
// attribute without '=') and the number of bytes read. name is nil at the
// end of the tag or of b.
func nextAttr(b []byte) (name, value []byte, n int) {
	i := 0
	for i < len(b) && (isSpace(b[i]) || b[i] == '/') {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		return nil, nil, i
	}
	start := i
	i++ // the first character belongs to the name, even '='
	for i < len(b) && !isSpace(b[i]) && b[i] != '=' && b[i] != '/' && b[i] != '>' {
		i++
	}
	name = b[start:i]
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i >= len(b) || b[i] != '=' {
		return name, nil, i
	}
	i++
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i < len(b) && (b[i] == '"' || b[i] == '\'') {
		quote := b[i]
		i++
		end := bytes.IndexByte(b[i:], quote)
		if end < 0 {
			return name, b[i:], len(b)
		}
		return name, b[i : i+end], i + end + 1
	}
	start = i
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
		i++
	}
	return name, b[start:i], i
}

// charsetParam extracts the charset from a Content-Type value such as
// `text/html; charset="iso-8859-1"`, following the WHATWG steps for
// extracting a character encoding from a meta element
// (https://html.spec.whatwg.org/#algorithm-for-extracting-a-character-encoding-from-a-meta-element).
// It returns an empty value when there is none.
func charsetParam[T ~string | ~[]byte](s T) T {
	for i := 0; i < len(s); {
		j := indexFold(s[i:], "charset")
		if j < 0 {
			break
		}
		i += j + len("charset")
		k := i
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k >= len(s) || s[k] != '=' {
			continue
		}
		k++
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k >= len(s) {
			break
		}
		if q := s[k]; q == '"' || q == '\'' {
			for end := k + 1; end < len(s); end++ {
				if s[end] == q {
					return s[k+1 : end]
				}
			}
			break
		}
		end := k
		for end < len(s) && !isSpace(s[end]) && s[end] != ';' {
			end++
		}
		return s[k:end]
	}
	return s[:0]
}

// languageDefault returns the legacy encoding browsers assume for a page in
// language lang (an <html lang> value) that declares none: windows-1252 for
// most Western languages, and for an unknown or missing lang.
func languageDefault(lang []byte) (encoding.Encoding, string) {
	if len(lang) > 0 && len(lang) < 36 {
		if tag, err := language.Parse(string(lang)); err == nil {
			if enc, name := lookup(htmlindex.LanguageDefault(tag)); enc != nil && name != "utf-8" {
				return enc, name
			}
		}
	}
	return charmap.Windows1252, "windows-1252"
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold reports whether b equals the lower-case ASCII string s, ignoring
// ASCII case.
func equalFold[T ~string | ~[]byte](b T, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether b starts with the lower-case ASCII string
// prefix, ignoring ASCII case.
func hasPrefixFold[T ~string | ~[]byte](b T, prefix string) bool {
	return len(b) >= len(prefix) && equalFold(b[:len(prefix)], prefix)
}

// indexFold returns the index of the first occurrence of the lower-case
// ASCII string sub in s, ignoring ASCII case, or -1.
func indexFold[T ~string | ~[]byte](s T, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if lower(s[i]) == sub[0] && equalFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Kind classifies raw bytes before parsing.
type Kind int

// The kinds Sniff tells apart. The zero value, KindHTML, is the one callers
// go on to parse.
const (
	KindHTML   Kind = iota // an HTML (or XHTML) document or fragment
	KindEmpty              // no bytes, or only whitespace
	KindBinary             // NUL or control bytes, or a known binary file signature
	KindText               // readable text with no HTML markup
	KindXML                // an XML document that is not XHTML: a feed, a sitemap, SVG, …
)

func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "html"
	case KindEmpty:
		return "empty"
	case KindBinary:
		return "binary"
	case KindText:
		return "text"
	case KindXML:
		return "xml"
	}
	return "unknown"
}

// sniffLen is how much of the start of a document is checked for control
// bytes and for its root element.
const sniffLen = 8 << 10

// Sniff classifies data, the raw bytes of a document in any encoding, and
// returns a short reason fit for an error message, such as
// "binary data (PDF)" or "plain text without HTML markup". It looks at the
// first 8 KiB for signatures, control bytes and the root element, and
// searches the whole of data for a tag only when the start has none. It
// allocates only for UTF-16 input and for reasons that quote the input.
func Sniff(data []byte) (Kind, string) {
	if len(data) == 0 {
		return KindEmpty, "empty input"
	}
	if name, size := byteOrderMark(data); isUTF16(name) {
		return sniffUTF16(data[size:], name)
	}
	if layout := utf16Layout(data); layout != "" {
		return sniffUTF16(data, layout)
	}
	if name, ok := binarySignature(data); ok {
		return KindBinary, "binary data (" + name + ")"
	}
	return sniffText(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))
}

// sniffUTF16 classifies the decoded start of a UTF-16 document.
func sniffUTF16(data []byte, name string) (Kind, string) {
	if len(data) > 2*maxPrescan {
		data = data[:2*maxPrescan]
	}
	kind, reason := sniffText(convert(data, utf16(name)))
	if kind == KindEmpty {
		return kind, reason
	}
	return kind, reason + " in " + name
}

// sniffText classifies data, which has no byte order mark and is not UTF-16.
func sniffText(data []byte) (Kind, string) {
	start := 0
	for start < len(data) && (isSpace(data[start]) || data[start] == '\v') {
		start++
	}
	if start == len(data) {
		if len(data) == 0 {
			return KindEmpty, "empty input"
		}
		return KindEmpty, "only whitespace"
	}
	data = data[start:]

	if startsWithTag(data) {
		if kind, reason, ok := sniffRoot(data); ok {
			return kind, reason
		}
	}
	if reason, ok := controlBytes(data); ok {
		return KindBinary, reason
	}
	if isJSON(data) {
		return KindText, "JSON data, not HTML"
	}
	if hasHTMLMarkup(data) {
		return KindHTML, "HTML markup"
	}
	return KindText, "plain text without HTML markup"
}

// startsWithTag reports whether data begins like markup: a start or end
// tag, a comment, a doctype or a processing instruction.
func startsWithTag(data []byte) bool {
	if len(data) < 2 || data[0] != '<' {
		return false
	}
	c := data[1]
	return c == '!' || c == '?' || c == '/' || isLetter(c)
}

// sniffRoot classifies a document that starts with markup by its doctype or
// first element. ok is false when neither decides, as for an XML-like
// document without an XML declaration whose root is not a known element.
func sniffRoot(data []byte) (kind Kind, reason string, ok bool) {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	doctype, root := prolog(data)
	switch {
	case equalFold(doctype, "html"):
		return KindHTML, "HTML document", true
	case equalFold(root, "rss"), equalFold(root, "rdf:rdf"):
		return KindXML, "XML document (RSS feed)", true
	case equalFold(root, "feed"):
		return KindXML, "XML document (Atom feed)", true
	case equalFold(root, "urlset"), equalFold(root, "sitemapindex"):
		return KindXML, "XML document (sitemap)", true
	case equalFold(root, "svg"):
		return KindXML, "XML document (SVG image)", true
	case knownHTMLElement(root):
		return KindHTML, "HTML document", true
	case len(doctype) > 0 || hasPrefixFold(data, "<?xml"):
		if len(root) == 0 || len(root) > 40 {
			return KindXML, "XML document", true
		}
		name := strings.ToValidUTF8(string(root), "\uFFFD")
		return KindXML, "XML document (root element <" + name + ">)", true
	}
	return KindHTML, "", false
}

// prolog returns the name in the document type declaration of data, if
// any, and the name of its first element, skipping comments, processing
// instructions and other declarations. Either is empty when not found.
func prolog(data []byte) (doctype, root []byte) {
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return doctype, nil
		}
		i += j
		rest := data[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest, []byte("-->"))
			if end < 0 {
				return doctype, nil
			}
			i += end + 3
		case len(rest) > 1 && (rest[1] == '?' || rest[1] == '!'):
			if hasPrefixFold(rest, "<!doctype") && doctype == nil {
				name := bytes.TrimLeft(rest[len("<!doctype"):], " \t\r\n\f")
				n := 0
				for n < len(name) && isNameByte(name[n]) {
					n++
				}
				doctype = name[:n]
			}
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return doctype, nil
			}
			i += end + 1
		default:
			n := 1
			for n < len(rest) && isNameByte(rest[n]) {
				n++
			}
			if n > 1 && isLetter(rest[1]) {
				return doctype, rest[1:n]
			}
			i++
		}
	}
	return doctype, nil
}

// hasHTMLMarkup reports whether data holds a doctype or a tag of a known
// HTML element anywhere: <p>, </p>, <br/>, or a start tag with an attribute
// value such as <div class=x>. Text that merely contains '<', as in
// "a<b und c>d", does not count.
func hasHTMLMarkup(data []byte) bool {
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return false
		}
		i += j + 1
		rest := data[i:]
		if hasPrefixFold(rest, "!doctype") {
			return true
		}
		closing := len(rest) > 0 && rest[0] == '/'
		if closing {
			rest = rest[1:]
		}
		n := 0
		for n < len(rest) && n <= 10 && isNameByte(rest[n]) {
			n++
		}
		if n == 0 || n > 10 || !knownHTMLElement(rest[:n]) {
			continue
		}
		after := rest[n:]
		switch {
		case bytes.HasPrefix(after, []byte(">")), bytes.HasPrefix(after, []byte("/>")):
			return true
		case !closing && len(after) > 0 && isSpace(after[0]):
			if _, value, _ := nextAttr(after); value != nil {
				return true
			}
		}
	}
	return false
}

// controlBytes reports whether the start of data holds bytes that do not
// occur in text: any NUL, or more than a few of the other control bytes
// that the WHATWG MIME sniffing standard calls binary data bytes
// (https://mimesniff.spec.whatwg.org/#binary-data-byte). ESC is allowed,
// since ISO-2022-JP text uses it.
func controlBytes(data []byte) (string, bool) {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "binary data (NUL bytes)", true
	}
	control := 0
	for _, c := range data {
		if c <= 0x08 || c == 0x0B || (0x0E <= c && c <= 0x1A) || (0x1C <= c && c <= 0x1F) {
			control++
		}
	}
	if control > 0 && control*100 > len(data) {
		return "binary data (control bytes)", true
	}
	return "", false
}

// isJSON reports whether data, which starts with a non-space byte, looks
// like a JSON object or array.
func isJSON(data []byte) bool {
	end := len(data) - 1
	for end > 0 && (isSpace(data[end]) || data[end] == '\v') {
		end--
	}
	switch data[0] {
	case '{':
		return data[end] == '}'
	case '[':
		return data[end] == ']'
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isNameByte(c byte) bool {
	return isLetter(c) || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.' || c >= utf8.RuneSelf
}

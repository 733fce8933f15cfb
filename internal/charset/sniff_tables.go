package charset

import "bytes"

// signature is a file format's magic number: the bytes magic at offset.
type signature struct {
	offset int
	magic  string
	format string
}

// signatures lists formats a crawler meets instead of HTML. Magic numbers
// are from the formats' specifications (PDF ISO 32000, PNG RFC 2083, …) as
// collected in the WHATWG MIME sniffing standard and file(1)'s magic files.
var signatures = [...]signature{
	{0, "%PDF-", "PDF"},
	{0, "\x89PNG\r\n\x1a\n", "PNG"},
	{0, "\xff\xd8\xff", "JPEG"},
	{0, "GIF87a", "GIF"},
	{0, "GIF89a", "GIF"},
	{8, "WEBP", "WebP"},
	{8, "WAVE", "WAV audio"},
	{8, "AVI ", "AVI video"},
	{0, "II*\x00", "TIFF"},
	{0, "MM\x00*", "TIFF"},
	{0, "\x00\x00\x01\x00", "ICO"},
	{0, "8BPS", "Photoshop image"},
	{4, "ftyp", "MP4/QuickTime media"},
	{0, "\x1a\x45\xdf\xa3", "Matroska/WebM media"},
	{0, "OggS", "Ogg media"},
	{0, "fLaC", "FLAC audio"},
	{0, "ID3", "MP3 audio"},
	{0, "PK\x03\x04", "ZIP archive"},
	{0, "PK\x05\x06", "ZIP archive"},
	{0, "\x1f\x8b", "gzip"},
	{0, "\xfd7zXZ\x00", "xz"},
	{0, "\x28\xb5\x2f\xfd", "zstd"},
	{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{0, "Rar!\x1a\x07", "RAR archive"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"},
	{0, "SQLite format 3\x00", "SQLite database"},
	{0, "wOFF", "WOFF font"},
	{0, "wOF2", "WOFF2 font"},
	{0, "OTTO", "OpenType font"},
	{0, "\x00\x01\x00\x00\x00", "TrueType font"},
	{0, "\x7fELF", "ELF executable"},
	{0, "\x00asm", "WebAssembly"},
	{0, "\xca\xfe\xba\xbe", "Java class or Mach-O"},
}

// binarySignature reports the format whose magic number data starts with.
func binarySignature(data []byte) (string, bool) {
	for _, s := range signatures {
		if s.offset == 8 && !bytes.HasPrefix(data, []byte("RIFF")) {
			continue
		}
		if len(data) >= s.offset+len(s.magic) && string(data[s.offset:s.offset+len(s.magic)]) == s.magic {
			return s.format, true
		}
	}
	// bzip2: "BZh", a block size digit, then the block magic.
	if len(data) >= 10 && string(data[:3]) == "BZh" && string(data[4:10]) == "1AY&SY" {
		return "bzip2", true
	}
	return "", false
}

// knownHTMLElement reports whether name, in any case, is an HTML element
// common enough to show that a document is HTML rather than text that
// happens to contain '<'.
func knownHTMLElement(name []byte) bool {
	if len(name) == 0 || len(name) > 10 {
		return false
	}
	var buf [10]byte
	for i, c := range name {
		buf[i] = lower(c)
	}
	switch string(buf[:len(name)]) {
	case "a", "abbr", "address", "area", "article", "aside", "audio",
		"b", "base", "blockquote", "body", "br", "button",
		"canvas", "caption", "center", "code",
		"dd", "details", "div", "dl", "dt", "em", "embed",
		"fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset",
		"h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
		"i", "iframe", "img", "input", "label", "li", "link",
		"main", "meta", "nav", "noscript", "object", "ol", "option",
		"p", "picture", "pre", "section", "select", "small", "source", "span", "strong",
		"style", "script", "sub", "summary", "sup", "svg",
		"table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
		"title", "tr", "u", "ul", "video":
		return true
	}
	return false
}

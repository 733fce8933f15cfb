package charset

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Decode returns data converted to UTF-8 and the WHATWG name of the
// encoding it was read as ("utf-8", "windows-1252", "shift_jis", …).
//
// contentType is the HTTP Content-Type header, or "" when there is none; only
// its charset parameter is used. Decode never fails: bytes that cannot be
// decoded become U+FFFD, and the result is always valid UTF-8. When data is
// valid UTF-8 read as UTF-8, the result is data itself (or data without its
// byte order mark), not a copy. See the package documentation for the order
// in which the encoding is chosen.
func Decode(data []byte, contentType string) (text []byte, encodingName string) {
	if name, size := byteOrderMark(data); name != "" {
		if name == "utf-8" {
			return decodeUTF8(data[size:], charmap.Windows1252)
		}
		return convert(data[size:], utf16(name)), name
	}

	enc, name := lookup(charsetParam(contentType))
	if isUTF16(name) {
		// A header may claim UTF-16 for a page served as ASCII-compatible
		// bytes; believe it only when the bytes have UTF-16's NUL pattern.
		if layout := utf16Layout(data); layout != "" {
			return convert(data, utf16(layout)), layout
		}
		enc, name = nil, ""
	}

	valid := utf8.Valid(data)
	if valid && hasHighByte(data) {
		// Valid multi-byte UTF-8 beats any declaration: legacy text
		// practically never forms valid UTF-8 sequences by chance.
		return data, "utf-8"
	}
	if enc == nil {
		var found prescan
		found.scan(data)
		enc, name = found.enc, found.name
		if enc == nil {
			if layout := utf16Layout(data); layout != "" {
				return convert(data, utf16(layout)), layout
			}
			if valid {
				return data, "utf-8"
			}
			enc, name = languageDefault(found.lang)
		}
	}
	if valid {
		// 7-bit bytes read the same in every ASCII-compatible encoding,
		// so only a 7-bit encoding changes their meaning.
		if name == "iso-2022-jp" {
			return convert(data, enc), name
		}
		return data, name
	}
	return decodeInvalidUTF8(data, enc, name)
}

// decodeInvalidUTF8 decodes data, which is not valid UTF-8, given the
// encoding enc (named name) that it declares or that its language suggests.
func decodeInvalidUTF8(data []byte, enc encoding.Encoding, name string) ([]byte, string) {
	if name == "utf-8" {
		return decodeUTF8(data, charmap.Windows1252)
	}
	if single, ok := enc.(*charmap.Charmap); ok {
		return decodeSingleByte(data, single, name)
	}
	if name != "iso-2022-jp" {
		// A multi-byte legacy encoding forms valid UTF-8 sequences by
		// chance more often than a single-byte one, so ask for a clear
		// majority before overruling the declaration.
		multi, invalid := utf8Stats(data)
		if multi > 8*invalid {
			return bytes.ToValidUTF8(data, []byte(string(utf8.RuneError))), "utf-8"
		}
	}
	return convert(data, enc), name
}

// decodeUTF8 decodes data that is meant to be UTF-8. Valid data is returned
// as it is; invalid data is decoded by decodeSingleByte with fallback, the
// legacy encoding it is likely to be mislabelled.
func decodeUTF8(data []byte, fallback *charmap.Charmap) ([]byte, string) {
	if utf8.Valid(data) {
		return data, "utf-8"
	}
	name, _ := htmlindex.Name(fallback)
	return decodeSingleByte(data, fallback, name)
}

// decodeSingleByte decodes data, which is not valid UTF-8, as UTF-8 with
// stray bytes in the single-byte encoding enc when its valid multi-byte
// sequences outnumber its invalid bytes, and as enc otherwise. Pages are
// often assembled from parts in both encodings.
func decodeSingleByte(data []byte, enc *charmap.Charmap, name string) ([]byte, string) {
	multi, invalid := utf8Stats(data)
	switch {
	case multi > invalid:
		return decodeMixed(data, enc, keepAllUTF8, invalid), "utf-8"
	case multi > 0 && name == "windows-1252":
		// In windows-1252 text, bytes that happen to form a UTF-8 sequence
		// for a Latin letter or typographic punctuation ("Ã¼" for "ü",
		// "â€“" for "–") are almost always a UTF-8 fragment pasted in.
		return decodeMixed(data, enc, keepLatinUTF8, invalid), name
	}
	return decodeMixed(data, enc, keepNoUTF8, invalid), name
}

// utf8Keep says which valid UTF-8 sequences decodeMixed keeps.
type utf8Keep int

const (
	keepAllUTF8   utf8Keep = iota // every valid sequence: UTF-8 text with stray legacy bytes
	keepLatinUTF8                 // Latin letters and punctuation only: legacy text with UTF-8 fragments
	keepNoUTF8                    // none: plain legacy text
)

// keeps reports whether a valid UTF-8 sequence for r stays UTF-8.
func (k utf8Keep) keeps(r rune) bool {
	switch k {
	case keepAllUTF8:
		return true
	case keepLatinUTF8:
		// Latin-1 Supplement, Latin Extended-A and -B, General
		// Punctuation and Currency Symbols, and the trade mark sign.
		return 0xA0 <= r && r <= 0x24F || 0x2000 <= r && r <= 0x20CF || r == 0x2122
	}
	return false
}

// decodeMixed copies the valid UTF-8 sequences of data that keep accepts
// and decodes every other byte with fallback, using the decoding table of
// x/text's charmap byte by byte. invalid, the number of bytes outside valid
// sequences, sizes the result; each may grow to three bytes, and so may
// each byte of a rejected sequence, which then reallocates.
func decodeMixed(data []byte, fallback *charmap.Charmap, keep utf8Keep, invalid int) []byte {
	out := make([]byte, 0, len(data)+2*invalid)
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			j := i + asciiPrefix(data[i:])
			out = append(out, data[i:j]...)
			i = j
			continue
		}
		if keep == keepNoUTF8 {
			out = utf8.AppendRune(out, fallback.DecodeByte(data[i]))
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && keep.keeps(r) {
			out = append(out, data[i:i+size]...)
			i += size
			continue
		}
		out = utf8.AppendRune(out, fallback.DecodeByte(data[i]))
		i++
	}
	return out
}

// convert decodes data with enc. The x/text decoders replace undecodable
// input with U+FFFD rather than fail; should one fail anyway, the bytes are
// kept as UTF-8 where valid and windows-1252 elsewhere, so no text is lost.
func convert(data []byte, enc encoding.Encoding) []byte {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		_, invalid := utf8Stats(data)
		return decodeMixed(data, charmap.Windows1252, keepAllUTF8, invalid)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte(string(utf8.RuneError)))
	}
	return out
}

// lookup resolves a charset label to an encoding and its WHATWG name. It
// returns nil for an unknown label and for the labels WHATWG maps to the
// "replacement" encoding (decoding a page to a single U+FFFD helps nobody),
// and maps x-user-defined to windows-1252, as browsers do for <meta>.
func lookup[T ~string | ~[]byte](label T) (encoding.Encoding, string) {
	if len(label) == 0 || len(label) > 64 {
		return nil, ""
	}
	enc, err := htmlindex.Get(string(label))
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	switch name {
	case "replacement":
		return nil, ""
	case "x-user-defined":
		return charmap.Windows1252, "windows-1252"
	}
	return enc, name
}

func isUTF16(name string) bool { return name == "utf-16le" || name == "utf-16be" }

// utf16 returns the decoder for "utf-16le" or "utf-16be"; a byte order mark,
// if any, has been removed by the caller.
func utf16(name string) encoding.Encoding {
	if name == "utf-16be" {
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
}

// byteOrderMark reports the encoding named by a byte order mark at the start
// of data and the mark's length.
func byteOrderMark(data []byte) (name string, size int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "utf-16le", 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "utf-16be", 2
	}
	return "", 0
}

// utf16Layout recognises UTF-16 without a byte order mark by the NUL byte
// that mostly-ASCII text (and all HTML markup) has in every code unit. It
// returns "utf-16le", "utf-16be" or "" from the first 512 bytes.
func utf16Layout(data []byte) string {
	if len(data) > 512 {
		data = data[:512]
	}
	pairs := len(data) / 2
	if pairs < 2 {
		return ""
	}
	little, big := 0, 0
	for i := 0; i+1 < len(data); i += 2 {
		switch {
		case data[i] != 0 && data[i+1] == 0:
			little++
		case data[i] == 0 && data[i+1] != 0:
			big++
		}
	}
	switch {
	case little*4 >= pairs*3 && big*8 < little:
		return "utf-16le"
	case big*4 >= pairs*3 && little*8 < big:
		return "utf-16be"
	}
	return ""
}

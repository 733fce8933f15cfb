// Package charset turns the raw bytes of a fetched page into UTF-8 and
// classifies bytes that are not an HTML document at all.
//
// # Decoding
//
// Decode picks an encoding in the order the WHATWG encoding-sniffing
// algorithm uses (https://html.spec.whatwg.org/#determining-the-character-encoding):
// a byte order mark, the charset parameter of the Content-Type, then a
// declaration in the document itself (<meta charset>, <meta http-equiv=
// "Content-Type">, an XML declaration). Unlike the WHATWG prescan, which
// stops after 1024 bytes, the declaration is looked for in the first
// 64 KiB, because many pages put it after long blocks of scripts.
//
// Declarations are often wrong, so the bytes get the last word:
//
//   - A document that is valid UTF-8 and holds multi-byte sequences is read
//     as UTF-8, whatever it declares: text in a legacy single-byte encoding
//     almost never forms valid UTF-8 sequences by chance.
//   - A document declared UTF-8 or a single-byte encoding, or not declared
//     at all, that is not valid UTF-8 is read byte by byte. When its valid
//     multi-byte sequences outnumber its invalid bytes, it is UTF-8 with
//     stray legacy bytes, and each stray byte is decoded with the
//     single-byte encoding (windows-1252 when UTF-8 was declared).
//     Otherwise it is read with the single-byte encoding; for windows-1252,
//     valid UTF-8 sequences for Latin letters and typographic punctuation
//     are kept, as they are UTF-8 fragments pasted into the page ("Ã¼" is
//     not windows-1252 text anyone writes).
//   - A document declared in a multi-byte legacy encoding (Shift_JIS, GBK,
//     …) is read as UTF-8 only when it has more than eight valid UTF-8
//     sequences per invalid byte, since such encodings form valid UTF-8
//     by chance more often.
//   - UTF-16 without a byte order mark is recognised by the NUL byte in
//     each code unit of ASCII markup; a UTF-16 charset in the Content-Type
//     is ignored when the bytes lack that pattern.
//   - Following WHATWG, ISO-8859-1 and US-ASCII labels mean windows-1252, a
//     UTF-16 label inside an ASCII-readable document means UTF-8, and
//     x-user-defined means windows-1252. Labels that WHATWG maps to the
//     "replacement" encoding are ignored instead of turning the whole page
//     into one U+FFFD.
//   - An undeclared document that is not UTF-8 is read with the legacy
//     encoding usual for its <html lang> (htmlindex.LanguageDefault), which
//     is windows-1252 for most Western languages.
//
// The label tables and decoders come from golang.org/x/text/encoding.
//
// # Sniffing
//
// Sniff tells an HTML document from empty input, binary data (NUL bytes,
// control bytes, or a known file signature such as PDF, PNG or ZIP), XML
// that is not XHTML (feeds, sitemaps) and plain text without markup, so that
// callers can reject such input with a clear reason before parsing it.
//
// # Cost and concurrency
//
// Decode returns its input unchanged, without copying, when the input is
// valid UTF-8 read as UTF-8, which is the common case; it allocates only
// when it converts. Neither function uses regular expressions or
// package-level state; both are safe for concurrent use, never panic on any
// input, and always return valid UTF-8.
package charset

package lede

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/htmlindex"
)

// toUTF8 returns data as UTF-8. The encoding is taken from a byte-order
// mark, the Content-Type header, a <meta> declaration (WHATWG prescan, then
// a wider search of the first 64 KiB), and finally from the bytes: valid
// UTF-8 is read as UTF-8 whatever a Latin-1 label says, and invalid UTF-8
// labelled UTF-8 is read as windows-1252, the usual truth on such pages.
func toUTF8(data []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		if label := metaCharset(data); label != "" {
			if e, err := htmlindex.Get(label); err == nil {
				enc = e
				name, _ = htmlindex.Name(e)
			}
		}
	}
	valid := utf8.Valid(data)
	switch {
	case name == "utf-8" && valid:
		return data
	case name == "utf-8" || name == "windows-1252" && valid:
		if valid {
			return data
		}
		enc, _ = htmlindex.Get("windows-1252")
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}

// metaCharset finds a charset= declaration in the first 64 KiB, for pages
// that declare it after the 1024 bytes the WHATWG prescan reads.
func metaCharset(data []byte) string {
	head := data[:min(len(data), 64<<10)]
	i := bytes.Index(head, []byte("charset="))
	if i < 0 {
		return ""
	}
	rest := head[i+len("charset="):]
	rest = bytes.TrimLeft(rest, `"' `)
	j := 0
	for j < len(rest) && j < 40 && (rest[j] == '-' || rest[j] == '_' || rest[j] == ':' || rest[j] == '.' ||
		'a' <= rest[j]|0x20 && rest[j]|0x20 <= 'z' || '0' <= rest[j] && rest[j] <= '9') {
		j++
	}
	return string(rest[:j])
}

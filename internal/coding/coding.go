// Package coding holds what the two readers of HTTP content codings share:
// internal/warc decodes stored response bodies, internal/fetch live ones.
package coding

import "strings"

// Undo returns the content codings of a Content-Encoding header value in
// the order they are undone (the last applied first, RFC 9110 §8.4), in
// lower case, without empty entries and "identity".
func Undo(contentEncoding string) []string {
	var codings []string
	for c := range strings.SplitSeq(contentEncoding, ",") {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" && c != "identity" {
			codings = append(codings, c)
		}
	}
	for i, j := 0, len(codings)-1; i < j; i, j = i+1, j-1 {
		codings[i], codings[j] = codings[j], codings[i]
	}
	return codings
}

// IsZlib reports whether data starts with a zlib header (RFC 1950: method
// 8, and a check value making the first two bytes a multiple of 31).
// "deflate" content is zlib as RFC 9110 says, or raw deflate as many
// servers send it; this tells them apart.
func IsZlib(data []byte) bool {
	return len(data) >= 2 && data[0]&0x0f == 8 && (uint16(data[0])<<8|uint16(data[1]))%31 == 0
}

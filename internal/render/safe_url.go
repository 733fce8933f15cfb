package render

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// linkURL returns the form of raw to emit as a link target, and false when
// raw is not an absolute http, https or mailto URL. Both the Markdown and
// the HTML renderings write a rejected link as plain text.
func linkURL(raw string) (string, bool) { return allowedURL(raw, true) }

// imageURL is linkURL for an image source: http and https only.
func imageURL(raw string) (string, bool) { return allowedURL(raw, false) }

// allowedURL decides on raw the way a browser would read it, so that what
// is checked is what gets followed. The WHATWG URL standard (§4.4, basic URL
// parser) strips leading and trailing C0 controls and spaces and removes
// every tab and newline before it looks for the scheme: "\tjava\nscript:"
// is a javascript: URL to a browser. The same cleaning is done here first;
// the scheme is then compared case-insensitively. A URL without a scheme
// (relative, or one whose "scheme" holds characters a scheme cannot, such
// as an entity reference "&#106;avascript:") is rejected: the renderers
// escape '&', so a browser sees exactly the string checked here.
func allowedURL(raw string, allowMailto bool) (string, bool) {
	if !utf8.ValidString(raw) {
		return "", false
	}
	s := stripURLNoise(raw)
	scheme, ok := urlScheme(s)
	if !ok {
		return "", false
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", false
		}
	case "mailto":
		if !allowMailto || len(s) == len("mailto:") {
			return "", false
		}
		if _, err := url.Parse(s); err != nil {
			return "", false
		}
	default:
		return "", false
	}
	return encodeExcluded(s), true
}

// encodeExcluded percent-encodes the characters RFC 3986 excludes from
// URLs that stay significant in HTML and Markdown: space, '"', '<' and
// '>'. A browser encodes them the same way when it follows the link, so
// the target does not change; the output stays readable and robust.
func encodeExcluded(s string) string {
	if !strings.ContainsAny(s, " \"<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '"', '<', '>':
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// stripURLNoise trims C0 controls and spaces from both ends of s and
// removes ASCII tab, LF and CR anywhere in it, as a browser's URL parser
// does. Other control characters stay, and make url.Parse fail.
func stripURLNoise(s string) string {
	start, end := 0, len(s)
	for start < end && s[start] <= ' ' {
		start++
	}
	for end > start && s[end-1] <= ' ' {
		end--
	}
	s = s[start:end]
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// urlScheme returns the scheme of s (RFC 3986 §3.1: a letter, then letters,
// digits, '+', '-' or '.', then ':'), and false when s has none.
func urlScheme(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return s[:i], true
		default:
			return "", false
		}
	}
	return "", false
}

// cleanText returns s with invalid UTF-8 and NUL bytes replaced by U+FFFD,
// so that every rendering is valid UTF-8 whatever the caller's Article
// holds. Valid text comes back unchanged and without an allocation.
func cleanText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0 || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean || utf8.ValidString(s) && !strings.Contains(s, "\x00") {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// collapseSpace returns s with every run of ASCII white space, newlines
// included, turned into one space and the ends trimmed, for the
// renderings' one-line fields (kicker, headings, table cells, captions).
// Other spaces, such as U+00A0, are text and stay.
func collapseSpace(s string) string {
	start, end := 0, len(s)
	for start < end && isSpaceByte(s[start]) {
		start++
	}
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	s = s[start:end]
	needed := false
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) && (s[i] != ' ' || isSpaceByte(s[i+1])) {
			needed = true
			break
		}
	}
	if !needed {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendEscaped appends plain text s, which has no white space at its
// ends, with the characters that would start Markdown syntax inside a
// line backslash-escaped (§2.4), and its newlines as hard line breaks.
// What only matters at the start of a line is left to lineStartEscape.
// Characters are escaped only where they could take effect, to keep the
// text readable: '_' inside a word, '<' before a space, '&' not followed
// by an entity name and ';' stay as they are.
func (m *mdWriter) appendEscaped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpaceByte(c) {
			j := i
			for j < len(s) && isSpaceByte(s[j]) {
				j++
			}
			switch {
			case !m.oneLine && strings.ContainsAny(s[i:j], "\n\r"):
				dst = appendHardBreak(dst)
			case m.oneLine || j-i == 1:
				dst = append(dst, ' ')
			default:
				dst = append(dst, s[i:j]...)
			}
			i = j - 1
			continue
		}
		if escapedAt(s, i) {
			dst = append(dst, '\\')
		}
		dst = append(dst, c)
	}
	return dst
}

// appendHardBreak appends a hard line break: a backslash at the end of
// the line (§6.7), or two spaces after an escaped backslash, which some
// parsers would otherwise read as one backslash pair too many.
func appendHardBreak(dst []byte) []byte {
	if len(dst) > 0 && dst[len(dst)-1] == '\\' {
		return append(dst, "  \n"...)
	}
	return append(dst, "\\\n"...)
}

// escapedAt reports whether appendEscaped puts a backslash before s[i].
func escapedAt(s string, i int) bool {
	switch s[i] {
	case '\\', '`', '*', '[', ']', '|', '~':
		return true
	case '_':
		return !intraword(s, i)
	case '<':
		return i+1 < len(s) && startsTag(s[i+1])
	case '&':
		return isEntityAt(s, i)
	}
	return false
}

// intraword reports whether the '_' at s[i] has a letter or digit on both
// sides: such an underscore cannot open or close emphasis (§6.2).
func intraword(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return isWordRune(before) && isWordRune(after)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// startsTag reports whether c after '<' could make raw HTML or an
// autolink (§6.5, §6.6).
func startsTag(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '/' || c == '!' || c == '?'
}

// isEntityAt reports whether s[i:] starts with an entity or numeric
// character reference, which Markdown would decode (§2.5): "&amp;",
// "&#38;", "&#x26;".
func isEntityAt(s string, i int) bool {
	j := i + 1
	digits, hex := false, false
	if j < len(s) && s[j] == '#' {
		j++
		digits = true
		if j < len(s) && s[j]|0x20 == 'x' {
			j++
			hex = true
		}
	}
	k := j
	for k < len(s) && k-j < 32 {
		c := s[k]
		ok := '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f' ||
			!digits && 'a' <= c|0x20 && c|0x20 <= 'z'
		if !ok {
			break
		}
		k++
	}
	return k > j && k < len(s) && s[k] == ';'
}

// appendCodeSpan appends s as a code span: delimited by one more backtick
// than its longest backtick run, and padded with a space when it starts or
// ends with a backtick (§6.1). Newlines become spaces.
func appendCodeSpan(dst []byte, s string) []byte {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := s[0] == '`' || s[len(s)-1] == '`'
	dst = append(dst, fence...)
	if pad {
		dst = append(dst, ' ')
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			dst = append(dst, ' ')
		} else {
			dst = append(dst, s[i])
		}
	}
	if pad {
		dst = append(dst, ' ')
	}
	return append(dst, fence...)
}

// appendLinkDestination appends a URL that passed linkURL (so it has no
// spaces, control characters or angle brackets) as a link destination,
// escaping what Markdown reads there (§6.3): parentheses, backslashes and
// entity references.
func appendLinkDestination(dst []byte, u string) []byte {
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c == '(' || c == ')' || c == '\\':
			dst = append(dst, '\\', c)
		case c == '&' && isEntityAt(u, i):
			dst = append(dst, '\\', c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// lineStartEscape returns where a backslash must go in a line of rendered
// inline Markdown so that it does not start a block (§4, §5): before a
// heading's '#', a quote's '>', a list marker ("-", "+", "1." or "1)"
// followed by a space), or a line of '=' or '-' that would underline the
// line before it. It returns -1 when the line is fine as it is.
func lineStartEscape(line []byte) int {
	if len(line) == 0 {
		return -1
	}
	spaceAt := func(i int) bool { return i == len(line) || line[i] == ' ' || line[i] == '\t' }
	switch c := line[0]; {
	case c == '>':
		return 0
	case c == '#':
		n := 1
		for n < len(line) && line[n] == '#' {
			n++
		}
		if n <= 6 && spaceAt(n) {
			return 0
		}
	case c == '-' || c == '+':
		if spaceAt(1) || onlyByteAndSpace(line, c) {
			return 0
		}
	case c == '=':
		if onlyByteAndSpace(line, c) {
			return 0
		}
	case '0' <= c && c <= '9':
		n := 1
		for n < len(line) && '0' <= line[n] && line[n] <= '9' {
			n++
		}
		if n <= 9 && n < len(line) && (line[n] == '.' || line[n] == ')') && spaceAt(n+1) {
			return n
		}
	}
	return -1
}

func onlyByteAndSpace(line []byte, c byte) bool {
	for _, b := range line {
		if b != c && b != ' ' && b != '\t' {
			return false
		}
	}
	return true
}

package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapse trims s, turns each run of white space into one space and
// replaces invalid UTF-8, so every string Meta holds is clean.
func collapse(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	clean, prevSpace := true, true
	for _, r := range s {
		if unicode.IsControl(r) || r == ' ' && prevSpace || r != ' ' && unicode.IsSpace(r) || invisible(r) {
			clean = false
			break
		}
		prevSpace = r == ' '
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			pending = b.Len() > 0
			continue
		}
		if invisible(r) {
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// splitList splits a comma- or semicolon-separated list, dropping empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if f = collapse(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// invisible tells format characters that show nothing: the soft hyphen,
// zero-width spaces and joiners, the byte order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// joinParts joins the parts of a heading with a space, but puts
// punctuation that opens a part (": Headline") right after the part before.
func joinParts(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if r, _ := utf8.DecodeRuneInString(p); !strings.ContainsRune(":;,.!?)", r) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

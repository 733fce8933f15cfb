package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form of an article text that duplicates are judged
// on: Unicode NFC; letters lower-cased (unicode.ToLower, rune by rune);
// letters, combining marks and numbers kept; punctuation, symbols and
// control characters removed (so "don't" and "dont", "5 %" and "5%" are
// equal); every run of white space one ASCII space; no space at either end.
// Two texts that differ only in case, spacing, punctuation or Unicode
// composition normalise to the same string.
func Normalize(text string) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	word := func() {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf { // ASCII, most of most texts
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				word()
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				word()
				b.WriteByte(c + 'a' - 'A')
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r):
			word()
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	// Removing a character between a letter and a combining mark, or
	// lower-casing, can leave a text that is not in NFC: compose again, so
	// that Normalize(Normalize(s)) == Normalize(s).
	return norm.NFC.String(b.String())
}

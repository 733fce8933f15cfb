package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports whether r is white space for text layout purposes,
// including the no-break and zero-width spaces that pages use for layout.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2009, 0x202f, 0x3000:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// countWords counts the words in s: maximal runs of non-space characters
// that hold at least one letter or digit. Scripts written without spaces
// (Chinese, Japanese) count one word per character.
func countWords(s string) int {
	n, inWord, hasAlnum := 0, false, false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		if isSpace(r) {
			if inWord && hasAlnum {
				n++
			}
			inWord, hasAlnum = false, false
			continue
		}
		if r >= 0x2e80 && isUnspaced(r) {
			n++
			continue
		}
		inWord = true
		if !hasAlnum && isAlnum(r) {
			hasAlnum = true
		}
	}
	if inWord && hasAlnum {
		n++
	}
	return n
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// collapseSpace folds each run of white space in s to one space and trims
// the ends. Newlines are kept as line breaks when keepNewlines is set (a run
// holding a newline becomes "\n").
func collapseSpace(s string, keepNewlines bool) string {
	var b strings.Builder
	b.Grow(len(s))
	pending, newline := false, false
	for _, r := range s {
		if isSpace(r) {
			pending = true
			if r == '\n' {
				newline = true
			}
			continue
		}
		if pending && b.Len() > 0 {
			if keepNewlines && newline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		pending, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}

// endsSentence reports whether s ends like a sentence: a full stop, a
// question or exclamation mark, a colon, an ellipsis or a closing quote
// after one of them.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("\"'”’“»«)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:…。！？", r)
}

// isUnspaced reports whether r belongs to a script written without spaces
// between words: Han, Hiragana, Katakana.
func isUnspaced(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// isInvisible reports whether r is a formatting character that has no
// place in extracted text: the soft hyphen and the zero-width characters.
func isInvisible(r rune) bool {
	switch r {
	case 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff:
		return true
	}
	return false
}

package dedup

import (
	"strings"
	"unicode"

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
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range norm.NFC.String(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	return b.String()
}

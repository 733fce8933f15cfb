package model

import (
	"strings"
	"unicode"
)

// JoinText is the article text of blocks: their texts joined by a blank
// line, as Article.Text holds it.
func JoinText(blocks []Block) string {
	var b strings.Builder
	for i, blk := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(blk.Text)
	}
	return b.String()
}

// CountWords counts Unicode words as Article.WordCount does: maximal runs
// of letters, digits, marks and "_" (so "l'été" is two words and "naïve"
// written with a combining mark one; the scrapinghub metric splits at
// marks, so its token counts can be a little higher).
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/content"
)

// line is one non-empty line of the input, white space collapsed.
type line struct {
	text  string
	words int
	// sentence is set when the line ends as a sentence does: ".", "!",
	// "?", "…", or one of them before a closing quote or bracket.
	sentence bool
	// item is the text after a bullet mark ("• ", "- ", "* ", "– ") when
	// the line opens with one, else "".
	item string
	// furniture is set for a line of at most maxFurnitureWords that reads
	// as page furniture (see isFurniture).
	furniture bool
}

// maxFurnitureWords is the longest line checked for furniture phrases.
const maxFurnitureWords = 30

// maxLines bounds the lines read from one input; the rest is ignored.
const maxLines = 100_000

// splitLines cuts text into its non-empty lines.
func splitLines(text string) []line {
	var out []line
	for len(text) > 0 && len(out) < maxLines {
		i := strings.IndexByte(text, '\n')
		var raw string
		if i < 0 {
			raw, text = text, ""
		} else {
			raw, text = text[:i], text[i+1:]
		}
		s := strings.Join(strings.Fields(raw), " ")
		if s == "" {
			continue
		}
		out = append(out, newLine(s))
	}
	return out
}

func newLine(s string) line {
	l := line{text: s, words: content.CountWords(s), sentence: endsSentence(s)}
	l.item = bulletItem(s)
	l.furniture = l.words <= maxFurnitureWords && isFurniture(s)
	return l
}

// endsSentence reports whether s ends with sentence punctuation, allowing
// closing quotes and brackets after it.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimClosers(s))
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟':
		return true
	}
	return false
}

// trimClosers returns s without the closing quotes and brackets at its end.
func trimClosers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»«“)]`, r)
	})
}

// bulletMarks open the items of a list written as text.
var bulletMarks = []string{"• ", "- ", "* ", "– ", "· ", "▪ ", "► ", "■ ", "●"}

// bulletItem returns the text after a bullet mark at the start of s, or "".
func bulletItem(s string) string {
	for _, m := range bulletMarks {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(s[len(m):])
		}
	}
	return ""
}

// isTitleLike reports whether s reads as a title: a few words, not ending
// with a full stop, comma or colon, and opening with a capital letter or a
// digit (or a quote).
func isTitleLike(l line) bool {
	if l.words < 2 || l.words > 30 || l.item != "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l.text)
	if r == '.' && !strings.HasSuffix(l.text, "...") || r == ',' || r == ':' || r == ';' {
		return false
	}
	if letters, digits := countLettersDigits(l.text); digits > letters {
		return false // a date, a time, a score
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.text, `"'„“‘«»`))
	// a capital, a digit, or a letter of a script without case (Korean,
	// Japanese, Arabic …)
	return !unicode.IsLower(first) && first != utf8.RuneError
}

// isHeadlineSentence reports whether a line that ends as a sentence can
// still be a headline: a short question or exclamation ("Was nun?").
func isHeadlineSentence(l line) bool {
	if !isTitleLike(l) || l.words > 20 {
		return false
	}
	s := trimClosers(l.text)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// opensWithDigit reports whether a line starts with a figure: a numbered
// item, a table row, a date in a list of dates.
func opensWithDigit(l line) bool {
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsDigit(r)
}

// shape is a coarse signature of how a line opens, to tell the items of
// one list apart from what follows it: the class of its first character,
// whether a figure stands in its first three words, and whether it is one
// or two words (a menu's entries) or more.
func shape(l line) int {
	r, _ := utf8.DecodeRuneInString(l.text)
	var sig int
	switch {
	case l.item != "":
		sig = 1
	case unicode.IsDigit(r):
		sig = 2
	case unicode.IsUpper(r):
		sig = 3
	case unicode.IsLower(r):
		sig = 4
	default:
		sig = 5
	}
	fields := strings.Fields(l.text)
	for _, f := range fields[:min(3, len(fields))] {
		if strings.ContainsAny(f, "0123456789") {
			sig += 10
			break
		}
	}
	if l.words > 2 {
		sig += 100
	}
	return sig
}

// isProse reports whether a line reads as running text: enough words and
// a sentence's end.
func isProse(l line) bool {
	return l.sentence && l.words >= proseWords && l.item == ""
}

// proseWords is the fewest words of a line that counts as prose.
const proseWords = 10

// countLettersDigits counts the letters and the digits of s.
func countLettersDigits(s string) (letters, digits int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return letters, digits
}

package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineReach is how far above the nearest title-like line a better
// headline is looked for.
const headlineReach = 15

// minKeyRunes is the shortest word that counts as a key word when a
// headline is compared with the body (shorter words are mostly function
// words: "the", "und", "with").
const minKeyRunes = 5

// pickHeadline chooses the headline among the title-like lines at and
// above lines[first], the nearest one above the body: the one that shares
// the most key words with the opening of the body (a headline names what
// the article is about; a menu entry, a label or a section's name do
// not), a little less for each line it stands further up. When none
// shares a word, the nearest is kept.
func pickHeadline(lines []line, first int, opening map[string]bool) int {
	best, bestScore := first, headlineScore(lines[first].text, opening)
	for i := first - 1; i >= 0 && i >= first-headlineReach; i-- {
		l := lines[i]
		if !isTitleLike(l) || l.furniture || isHeadFurniture(l) || isProse(l) && !isHeadlineSentence(l) {
			continue
		}
		if s := headlineScore(l.text, opening) - distancePenalty*float64(first-i); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// distancePenalty is what a headline candidate loses for each line it
// stands above the nearest one.
const distancePenalty = 0.1

// headlineScore is the number of s's key words found in words plus the
// share of them found: more shared words first, then fewer others.
func headlineScore(s string, words map[string]bool) float64 {
	n, found := 0, 0
	for _, w := range keyWords(s) {
		n++
		if words[w] {
			found++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(found) + float64(found)/float64(n)
}

// keyWords returns the lower-cased words of s of at least minKeyRunes
// letters.
func keyWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(f) >= minKeyRunes {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// openingWords returns the key words of the teaser and the first body
// lines (up to three prose lines).
func openingWords(teaser string, body []line) map[string]bool {
	words := map[string]bool{}
	for _, w := range keyWords(teaser) {
		words[w] = true
	}
	n := 0
	for _, l := range body {
		if n == 3 {
			break
		}
		if isProse(l) {
			n++
			for _, w := range keyWords(l.text) {
				words[w] = true
			}
		}
	}
	return words
}

package boiler

import (
	"strings"
	"unicode"
)

// normalize returns the form of a line that is counted: lower case, every
// run of digits as one "0", month and weekday names (English and German)
// as "M" and "D", punctuation and symbols dropped, words separated by one
// space. "Aktualisiert am 12. März 2024, 14:05 Uhr" and "Aktualisiert am
// 3. April 2025, 9:30 Uhr" both become "aktualisiert am 0 M 0 0 0 uhr".
// It returns the words too, which share the string's memory.
func normalize(s string) (string, []string) {
	var b strings.Builder
	b.Grow(len(s))
	var words []string
	wordStart := -1
	endWord := func() {
		if wordStart < 0 {
			return
		}
		w := b.String()[wordStart:]
		if r, ok := calendarWords[w]; ok {
			// Replace the word just written by its class letter.
			kept := b.String()[:wordStart]
			b.Reset()
			b.WriteString(kept)
			b.WriteString(r)
		}
		wordStart = -1
	}
	inDigits := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if wordStart < 0 {
				startWord(&b, &wordStart)
			}
			if !inDigits {
				b.WriteByte('0')
			}
			inDigits = true
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r):
			if wordStart < 0 {
				startWord(&b, &wordStart)
			}
			b.WriteRune(unicode.ToLower(r))
		default: // space, punctuation, symbols end a word
			endWord()
		}
		inDigits = false
	}
	endWord()
	out := b.String()
	if out != "" {
		words = strings.Split(out, " ")
	}
	return out, words
}

// startWord begins a new word in b, after a separating space.
func startWord(b *strings.Builder, start *int) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	*start = b.Len()
}

// calendarWords map month and weekday names, in English and German, full
// and abbreviated, to a class letter: dates in page chrome ("Stand: 3. März")
// differ per page only by them.
var calendarWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		januar februar märz mai juni juli oktober dezember jän mär okt dez`) {
		m[w] = "M"
	}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		mon tue tues wed thu thur thurs fri sat sun
		montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend`) {
		m[w] = "D"
	}
	return m
}()

package boiler

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize returns the form of a line that is counted: lower case, every
// run of digits as one "0", month and weekday names (English and German)
// as "M" and "D", punctuation and symbols dropped, words separated by one
// space. "Aktualisiert am 12. März 2024, 14:05 Uhr" and "Aktualisiert am
// 3. April 2025, 9:30 Uhr" both become "aktualisiert am 0 M 0 0 0 uhr".
// It returns the words too, which share the string's memory.
func normalize(s string) (string, []string) {
	buf := make([]byte, 0, len(s))
	wordStart := -1
	endWord := func() {
		if wordStart < 0 {
			return
		}
		if r, ok := calendarWords[string(buf[wordStart:])]; ok {
			buf = append(buf[:wordStart], r...) // the word becomes its class letter
		}
		wordStart = -1
	}
	inDigits := false
	for _, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsMark(r)
		digit := !letter && unicode.IsDigit(r)
		if !letter && !digit { // space, punctuation, symbols end a word
			endWord()
			inDigits = false
			continue
		}
		if wordStart < 0 {
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			wordStart = len(buf)
		}
		switch {
		case !digit:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case !inDigits:
			buf = append(buf, '0')
		}
		inDigits = digit
	}
	endWord()
	if len(buf) == 0 {
		return "", nil
	}
	out := string(buf)
	return out, strings.Split(out, " ")
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

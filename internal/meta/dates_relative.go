package meta

import (
	"bytes"
	"strings"
	"time"
)

// Relative dates ("vor 3 Stunden", "gestern, 18:30", "2 days ago") name a
// day only against the moment the page was fetched. The scan keeps them
// as how long before that moment they are; chooseDates turns them into
// days when it is given a reference date and leaves them out otherwise.

// relativeWords are the words for today and yesterday in the languages
// lede reads first, as the whole of a short text (French "hier" counts
// only with a time, "hier, 18:30": alone it is German "here", a common
// link text).
var relativeWords = map[string]int{
	"heute": 0, "today": 0, "aujourd'hui": 0, "hoy": 0, "oggi": 0, "vandaag": 0, "dzisiaj": 0, "dziś": 0,
	"gestern": 1, "yesterday": 1, "ayer": 1, "ieri": 1, "gisteren": 1, "wczoraj": 1,
	"vorgestern": 2,
}

// relativeUnits are the units of "vor 3 Stunden", "3 hours ago" and their
// kin, by the start of the word, as durations.
var relativeUnits = [...]struct {
	stem string
	unit time.Duration
}{
	{"min", time.Minute}, {"std", time.Hour}, {"stund", time.Hour}, {"hour", time.Hour}, {"heure", time.Hour},
	{"hora", time.Hour}, {"ora", time.Hour}, {"ore", time.Hour}, {"uur", time.Hour}, {"godzin", time.Hour},
	{"tag", 24 * time.Hour}, {"day", 24 * time.Hour}, {"jour", 24 * time.Hour}, {"día", 24 * time.Hour},
	{"dia", 24 * time.Hour}, {"giorn", 24 * time.Hour}, {"dag", 24 * time.Hour}, {"dni", 24 * time.Hour},
	{"dzie", 24 * time.Hour}, {"woche", 7 * 24 * time.Hour}, {"week", 7 * 24 * time.Hour},
	{"semaine", 7 * 24 * time.Hour}, {"semana", 7 * 24 * time.Hour}, {"settiman", 7 * 24 * time.Hour},
	{"tydz", 7 * 24 * time.Hour}, {"tygod", 7 * 24 * time.Hour},
}

// relativeAgo reads a short text that is only a relative date: "gestern",
// "Heute, 10:15 Uhr", "vor 3 Stunden", "3 hours ago", "il y a 2 jours",
// "hace 3 horas", "2 ore fa", "3 uur geleden", "2 godziny temu". It
// returns how long before the reference moment the date is; a day word
// gives whole days. Most short texts of a page pass through here, so it
// works in a buffer on the stack.
func relativeAgo(s string) (time.Duration, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 4 || len(t) > maxShortDate {
		return 0, false
	}
	var buf [maxShortDate]byte
	b := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	timed := len(cutClock(b)) < len(b)
	b = bytes.TrimRight(cutClock(b), " ,.-|")
	if days, ok := relativeWords[string(b)]; ok {
		return time.Duration(days) * 24 * time.Hour, true
	}
	if timed && (string(b) == "hier" || string(b) == "hier à") {
		return 24 * time.Hour, true // French "hier, 18:30": with a time it is no German "hier"
	}
	var words [6][]byte
	n := 0
	for i, start := 0, -1; i <= len(b); i++ {
		if i < len(b) && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == len(words) {
				return 0, false
			}
			words[n] = b[start:i]
			n++
			start = -1
		}
	}
	is := func(i int, w string) bool { return string(words[i]) == w }
	switch {
	case n == 3 && (is(0, "vor") || is(0, "hace")):
		return countOf(words[1], words[2])
	case n == 3 && (is(2, "ago") || is(2, "fa") || is(2, "geleden") || is(2, "temu")):
		return countOf(words[0], words[1])
	case n == 5 && is(0, "il") && is(1, "y") && is(2, "a"):
		return countOf(words[3], words[4])
	}
	return 0, false
}

// cutClock drops a time of day and what follows it ("gestern, 18:30 uhr"
// → "gestern, ").
func cutClock(t []byte) []byte {
	if i := bytes.IndexByte(t, ':'); i >= 1 && t[i-1] >= '0' && t[i-1] <= '9' {
		j := i - 1
		for j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
			j--
		}
		return t[:j]
	}
	return t
}

// countOf reads "3" and "stunden" as three hours.
func countOf(n, unit []byte) (time.Duration, bool) {
	if len(n) == 0 || len(n) > 3 {
		return 0, false
	}
	count := 0
	for _, c := range n {
		if c < '0' || c > '9' {
			return 0, false
		}
		count = count*10 + int(c-'0')
	}
	for _, u := range relativeUnits {
		if len(unit) >= len(u.stem) && string(unit[:len(u.stem)]) == u.stem {
			return time.Duration(count) * u.unit, true
		}
	}
	return 0, false
}

// resolveRelative writes the day of each relative date against ref.
func (p dateChoice) resolveRelative(ref time.Time) {
	for i := range p.dates {
		if d := &p.dates[i]; d.relative {
			d.day = ref.Add(-d.ago).Format(time.DateOnly)
		}
	}
}

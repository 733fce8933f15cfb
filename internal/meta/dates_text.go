package meta

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// textDate is a date found in the page's text, as YYYY-MM-DD. An
// ambiguous "05/06/2019" is kept in the day-first reading and marked; its
// other reading is swapped().
type textDate struct {
	day       string
	ambiguous bool
	pos       int // bytes of page text before the text node holding it

	start, end int      // where the date is written in its text node
	line       bool     // its text node holds little besides it: a dateline or a date header
	opens      bool     // it opens its text node
	kind       dateKind // what the words before it say it is
	aside      bool     // it sits in the comments or a quotation

	clock    string        // the time of day written right after it ("19:52 Uhr"), as hh:mm:ss, else ""
	stamp    string        // an ISO 8601 date-time written in the text, as normalizeDate gives it
	relative bool          // "vor 3 Stunden": day is "" until chooseDates knows the reference date
	ago      time.Duration // how long before the reference date a relative date is
}

// dateToken is a word or number of a text being scanned for dates.
type dateToken struct {
	s     string
	at    int  // offset in the text
	num   int  // value when s is all digits, else -1
	sep   byte // the separator right after it: '.', '/', '-' or 0
	month int  // month number when s is a month name
}

// scanDates finds the dates written in s in the usual forms: ISO
// "2015-05-12", "12.05.2015", "12/05/2015" and "05/12/2015", "12. Mai 2015",
// "12 mai 2015", "12 de mayo de 2015", "May 12, 2015", "12 May 2015".
// add is called for each, in order; it returns false to stop.
func scanDates(s string, add func(textDate) bool) {
	var toks [6]dateToken
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		digits := true
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			if r < '0' || r > '9' {
				digits = false
			}
			j += size
		}
		t := dateToken{s: s[i:j], at: i, num: -1}
		switch {
		case digits && j-i <= 4:
			t.num, _ = strconv.Atoi(t.s)
		case j-i <= 4 && ordinal(t.s) > 0: // "29th", "1er"
			t.num = ordinal(t.s)
			t.s = t.s[:len(t.s)-2]
		case !digits && j-i <= 20:
			t.month = monthOf(t.s)
		}
		if j < len(s) {
			switch c := s[j]; c {
			case '.', '/', '-':
				t.sep = c
			}
		}
		i = j
		if n == len(toks) {
			copy(toks[:], toks[1:])
			n--
		}
		toks[n] = t
		n++
		if d, used, ok := dateEndingAt(toks[:n]); ok {
			d.start, d.end = toks[n-used].at, j
			d.clock = clockAfter(s[j:])
			if !add(d) {
				return
			}
			n = 0
		}
	}
}

// dateEndingAt reads a date whose last token is the last of toks.
func dateEndingAt(toks []dateToken) (d textDate, used int, ok bool) {
	n := len(toks)
	last := toks[n-1]
	if last.num < 0 || len(last.s) != 4 || !plausibleYear(last.num) {
		return textDate{}, 0, false
	}
	year := last.num
	at := func(i int) dateToken {
		if i < 0 {
			return dateToken{num: -1}
		}
		return toks[i]
	}
	a, b := at(n-3), at(n-2)
	// 12.05.2015, 12-05-2015; 12/05/2015 or 05/12/2015
	if a.num > 0 && b.num > 0 && len(a.s) <= 2 && len(b.s) <= 2 && a.sep != 0 && a.sep == b.sep {
		switch {
		case a.sep != '/' || a.num > 12:
			return makeDate(year, b.num, a.num, false, 3)
		case b.num > 12:
			return makeDate(year, a.num, b.num, false, 3)
		default:
			return makeDate(year, b.num, a.num, true, 3)
		}
	}
	// 12. Mai 2015, 12 mai 2015, 12 May 2015
	if b.month > 0 && a.num > 0 && len(a.s) <= 2 {
		return makeDate(year, b.month, a.num, false, 3)
	}
	// 12 de mayo de 2015
	if b.s == "de" && at(n-3).month > 0 && at(n-4).s == "de" && at(n-5).num > 0 && len(at(n-5).s) <= 2 {
		return makeDate(year, at(n-3).month, at(n-5).num, false, 5)
	}
	// May 12, 2015
	if a.month > 0 && b.num > 0 && len(b.s) <= 2 {
		return makeDate(year, a.month, b.num, false, 3)
	}
	// ISO 2015-05-12 ends with the day, not the year: see scanISO.
	return textDate{}, 0, false
}

func makeDate(year, month, day int, ambiguous bool, used int) (textDate, int, bool) {
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return textDate{}, 0, false
	}
	var b [10]byte
	out := strconv.AppendInt(b[:0], int64(year), 10)
	out = append(out, '-', byte('0'+month/10), byte('0'+month%10), '-', byte('0'+day/10), byte('0'+day%10))
	return textDate{day: string(out), ambiguous: ambiguous}, used, true
}

// scanISO finds ISO dates (2015-05-12) in s.
func scanISO(s string, add func(textDate) bool) {
	for i := 0; i+10 <= len(s); i++ {
		if s[i] < '1' || s[i] > '2' || (i > 0 && s[i-1] >= '0' && s[i-1] <= '9') {
			continue
		}
		if d := isoDate(s[i : i+10]); d != "" && (i+10 == len(s) || s[i+10] < '0' || s[i+10] > '9') {
			k := i + 10
			for k < len(s) && k < i+35 && strings.IndexByte("0123456789T:+-Z.", s[k]) >= 0 {
				k++
			}
			t := textDate{day: d, start: i, end: k}
			if k > i+10 {
				if full := isoDate(s[i:k]); len(full) > 10 {
					t.stamp = full // "2015-05-12T19:52:00+02:00"
				}
			}
			if t.stamp == "" {
				t.end = i + 10
				t.clock = clockAfter(s[i+10:])
			}
			if !add(t) {
				return
			}
			i = t.end - 1
		}
	}
}

// swapped is the other reading of an ambiguous date: day and month swapped.
func (d textDate) swapped() string {
	if !d.ambiguous || len(d.day) != 10 {
		return d.day
	}
	return d.day[:5] + d.day[8:10] + "-" + d.day[5:7]
}

// daysIn is the number of days of the month in the year.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ordinal reads a day written as an English or French ordinal ("1st",
// "29th", "1er"), or returns 0.
func ordinal(s string) int {
	if len(s) < 3 || len(s) > 4 || !isDigits(s[:len(s)-2]) {
		return 0
	}
	switch strings.ToLower(s[len(s)-2:]) {
	case "st", "nd", "rd", "th", "er":
		return atoi(s[:len(s)-2])
	}
	return 0
}

// value is the date as the article's date is written: the day, with the
// time of day when the page writes one (no zone: the page gives none).
func (d textDate) value(day string) string {
	switch {
	case d.stamp != "" && d.stamp[:10] == day:
		return d.stamp
	case d.clock != "":
		return day + "T" + d.clock
	}
	return day
}

// clockWords may stand between a date and its time of day.
// Longest first where one opens another.
var clockWords = []string{"o godz.", "godz.", "um", "at", "à", "a las", "alle", "ore", "om", "o", "kl.", "klo"}

// clockAfter reads the time of day written right after a date: "12. Mai
// 2015, 19:52 Uhr", "May 12, 2015 at 7:52 pm", "12 mai 2015 à 19h52",
// "12.05.2015 - 19.52 Uhr". It returns hh:mm:ss, or "" when none follows.
func clockAfter(s string) string {
	s = strings.TrimLeft(s, " ,|-–·•\u00a0")
	for _, w := range clockWords {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && s[len(w)] == ' ' {
			s = strings.TrimLeft(s[len(w):], " ")
			break
		}
	}
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || !isDigits(s[i+1:i+3]) {
		return ""
	}
	sep, rest := s[i], s[i+3:]
	h, m, sec := atoi(s[:i]), atoi(s[i+1:i+3]), 0
	if sep == ':' && len(rest) >= 3 && rest[0] == ':' && isDigits(rest[1:3]) {
		sec, rest = atoi(rest[1:3]), rest[3:]
	}
	if len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
		return "" // more digits: not a time
	}
	suffix := strings.ToLower(clockTail(strings.TrimLeft(rest, " ")))
	switch {
	case strings.HasPrefix(suffix, "pm") || strings.HasPrefix(suffix, "p.m."):
		if h < 1 || h > 12 {
			return ""
		}
		if h < 12 {
			h += 12
		}
	case strings.HasPrefix(suffix, "am") || strings.HasPrefix(suffix, "a.m."):
		if h < 1 || h > 12 {
			return ""
		}
		if h == 12 {
			h = 0
		}
	case sep == ':':
	case sep == 'h' || sep == 'H': // "19h52"
	case sep == '.' && strings.HasPrefix(suffix, "uhr"):
	default:
		return ""
	}
	if h > 23 || m > 59 || sec > 59 {
		return ""
	}
	zone := ""
	for _, p := range [...]string{"p.m.", "a.m.", "pm", "am"} {
		suffix = strings.TrimPrefix(suffix, p)
	}
	suffix = strings.TrimLeft(suffix, " ")
	for _, utc := range [...]string{"gmt", "utc"} {
		if strings.HasPrefix(suffix, utc) && (len(suffix) == len(utc) || !unicode.IsLetter(rune(suffix[len(utc)]))) {
			zone = "Z" // "08:02 GMT": the zone is written, and it is UTC
		}
	}
	return fmt.Sprintf("%02d:%02d:%02d%s", h, m, sec, zone)
}

// clockTail is the opening of the text after a time of day that clockAfter
// reads ("pm", "p.m. GMT", "Uhr"), so that the rest of a long text node is
// not lowered for it: up to twelve bytes, the blanks after them, and a
// few bytes more.
func clockTail(s string) string {
	end := min(len(s), 12)
	for end < len(s) && s[end] == ' ' {
		end++
	}
	return s[:min(len(s), end+8)]
}

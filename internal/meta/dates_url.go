package meta

import (
	"strconv"
	"strings"
)

// urlDay is the day a page's address holds in its path, as blogs and news
// sites write it ("/2019/10/16/slug", "/2019/10/16-slug"), as YYYY-MM-DD, or
// "". It reads the page's own address, then the canonical URL, then og:url.
func (p *page) urlDay(pageURL string) string {
	for _, u := range [...]string{pageURL, p.canonical, p.meta("og:url")} {
		if d := dayInPath(u); d != "" {
			return d
		}
	}
	return ""
}

// dayInPath finds "/YYYY/MM/DD" followed by "/", "-", "_", "." or the end
// in the URL u (month and day may have one digit), or a path segment that
// holds "YYYY-MM-DD" or "DD-MM-YYYY" between non-digits
// ("/2019-10-16-slug", "/meldungen/29-10-2021").
func dayInPath(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for i := strings.IndexByte(u, '/'); i >= 0 && i+9 <= len(u); {
		if d := dayAt(u[i+1:]); d != "" {
			return d
		}
		if d := dashedDay(u[i+1:]); d != "" {
			return d
		}
		next := strings.IndexByte(u[i+1:], '/')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return ""
}

// dayAt reads "YYYY/M[M]/D[D]" at the start of s, ended by a separator.
func dayAt(s string) string {
	if len(s) < 8 || !isDigits(s[:4]) || s[4] != '/' {
		return ""
	}
	year := atoi(s[:4])
	month, rest, ok := smallNumber(s[5:], '/')
	if !ok || !plausibleYear(year) {
		return ""
	}
	day, rest, ok := smallNumber(rest, 0)
	if !ok || rest != "" && !strings.ContainsRune("/-_.", rune(rest[0])) {
		return ""
	}
	d, _, ok := makeDate(year, month, day, false, 0)
	if !ok {
		return ""
	}
	return d.day
}

// smallNumber reads one or two digits at the start of s, followed by sep
// (which it skips) when sep is not 0.
func smallNumber(s string, sep byte) (int, string, bool) {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return 0, s, false
	}
	v, _ := strconv.Atoi(s[:n])
	s = s[n:]
	if sep != 0 {
		if s == "" || s[0] != sep {
			return 0, s, false
		}
		s = s[1:]
	}
	return v, s, true
}

// dashedDay finds "YYYY-MM-DD" or "DD-MM-YYYY", not part of a longer
// number, in the path segment that starts s.
func dashedDay(s string) string {
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	for i := 0; i+10 <= len(s); i++ {
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' || i+10 < len(s) && s[i+10] >= '0' && s[i+10] <= '9' {
			continue
		}
		w := s[i : i+10]
		if d := isoDate(w); d != "" {
			return d
		}
		if isDigits(w[:2]) && w[2] == '-' && isDigits(w[3:5]) && w[5] == '-' && isDigits(w[6:]) {
			if d, _, ok := makeDate(atoi(w[6:]), atoi(w[3:5]), atoi(w[:2]), false, 0); ok && plausibleYear(atoi(w[6:])) {
				return d.day
			}
		}
	}
	return ""
}

package meta

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthNames are month names and their common abbreviations in the
// languages lede reads first (German, English, French, Spanish, Italian,
// Dutch, Polish; also Russian and Ukrainian), lower case, mapped to the
// month number.
var monthNames = map[string]int{
	"januar": 1, "jänner": 1, "january": 1, "janvier": 1, "enero": 1, "gennaio": 1, "januari": 1, "stycznia": 1, "styczeń": 1, "jan": 1, "janv": 1, "ene": 1, "gen": 1,
	"februar": 2, "feber": 2, "february": 2, "février": 2, "febrero": 2, "febbraio": 2, "februari": 2, "lutego": 2, "luty": 2, "feb": 2, "févr": 2, "fév": 2, "febr": 2,
	"märz": 3, "maerz": 3, "march": 3, "mars": 3, "marzo": 3, "maart": 3, "marca": 3, "marzec": 3, "mär": 3, "mar": 3, "mrt": 3,
	"april": 4, "avril": 4, "abril": 4, "aprile": 4, "kwietnia": 4, "kwiecień": 4, "apr": 4, "avr": 4, "abr": 4,
	"mai": 5, "may": 5, "mayo": 5, "maggio": 5, "mei": 5, "maja": 5, "maj": 5, "mag": 5,
	"juni": 6, "june": 6, "juin": 6, "junio": 6, "giugno": 6, "czerwca": 6, "czerwiec": 6, "jun": 6, "giu": 6,
	"juli": 7, "july": 7, "juillet": 7, "julio": 7, "luglio": 7, "lipca": 7, "lipiec": 7, "jul": 7, "juil": 7, "lug": 7,
	"august": 8, "août": 8, "agosto": 8, "augustus": 8, "sierpnia": 8, "sierpień": 8, "aug": 8, "ago": 8,
	"september": 9, "septembre": 9, "septiembre": 9, "settembre": 9, "września": 9, "wrzesień": 9, "sep": 9, "sept": 9, "set": 9,
	"oktober": 10, "october": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "października": 10, "październik": 10, "okt": 10, "oct": 10, "ott": 10,
	"november": 11, "novembre": 11, "noviembre": 11, "listopada": 11, "listopad": 11, "nov": 11,
	"dezember": 12, "december": 12, "décembre": 12, "diciembre": 12, "dicembre": 12, "grudnia": 12, "grudzień": 12, "dez": 12, "dec": 12, "déc": 12, "dic": 12,
	// Russian and Ukrainian, in the genitive a date uses ("15 августа 2016")
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}

// monthOf is the month the word w names (see monthNames), in any case, or
// 0. An ASCII word is lowered on the stack: most words of a page's text are
// looked up here, and strings.ToLower would allocate for each capitalised one.
func monthOf(w string) int {
	var buf [20]byte
	if len(w) > len(buf) {
		return monthNames[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return monthNames[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return monthNames[string(buf[:len(w)])]
}

// looksLikeDate tells a short line that is only a date ("1. Februar 2022",
// "Jun 17", "23.01.2022"), so it is not taken for a kicker.
func looksLikeDate(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '/' || r == '-'
	})
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	digits := false
	for _, w := range words {
		switch {
		case isDigits(w):
			digits = true
		case monthNames[w] > 0:
		default:
			return false
		}
	}
	return digits
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// normalizeDate rewrites a machine-readable date as lede writes dates,
// without converting it: RFC 3339 with the offset when the zone is given
// ("2019-10-16T11:00:00+02:00", "…Z"), "YYYY-MM-DDThh:mm:ss" when it is
// not, "YYYY-MM-DD" for a date alone. It reads ISO 8601 and its common
// variants (space for T, offsets without a colon, fractions, one-digit
// months and days, slashes), RFC 1123 and RFC 850 dates, dd.mm.yyyy, and
// a date written for people as the whole value (see writtenDate). It
// returns "" for anything else, and for dates before 1990 or after 2100,
// which are not article dates.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return ""
	}
	if d := isoDate(s); d != "" {
		return d
	}
	for _, layout := range [...]string{time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.UnixDate} {
		if t, err := time.Parse(layout, s); err == nil && plausibleYear(t.Year()) {
			if name, _ := t.Zone(); name == "GMT" || name == "UTC" {
				return t.UTC().Format(time.RFC3339)
			}
			if strings.HasSuffix(layout, "MST") {
				return t.Format("2006-01-02T15:04:05") // a zone name without an offset: the zone is not known
			}
			return t.Format(time.RFC3339)
		}
	}
	if t, err := time.Parse("02.01.2006", s); err == nil && plausibleYear(t.Year()) {
		return t.Format(time.DateOnly)
	}
	if d := isoDate(paddedISO(s)); d != "" {
		return d
	}
	return writtenDate(s)
}

// paddedISO rewrites a year-first date with one-digit month or day, or
// with slashes ("2022-5-3T23:57:00", "2022/05/10 17:36:11"), as ISO 8601
// writes it; anything else comes back unchanged.
func paddedISO(s string) string {
	if len(s) < 8 || !isDigits(s[:4]) || s[4] != '-' && s[4] != '/' {
		return s
	}
	sep := s[4]
	month, rest, ok := smallNumber(s[5:], sep)
	if !ok {
		return s
	}
	day, rest, ok := smallNumber(rest, 0)
	if !ok || rest != "" && rest[0] != 'T' && rest[0] != ' ' {
		return s
	}
	return s[:4] + "-" + twoDigits(month) + "-" + twoDigits(day) + rest
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// maxDateClutter is how many bytes besides the date a declared value
// written for people may hold: a weekday, a time, "Published".
const maxDateClutter = 24

// writtenDate reads a declared date that the page wrote for people rather
// than machines ("19. Oktober 2019", "November 1, 2023", "10.12.2022,
// 07:00:03"), as a day. The value must hold one date, and one that reads
// only one way, with little else.
func writtenDate(s string) string {
	var found []textDate
	scanDates(s, func(d textDate) bool { found = append(found, d); return len(found) < 2 })
	if len(found) != 1 || found[0].ambiguous || len(s)-(found[0].end-found[0].start) > maxDateClutter {
		return ""
	}
	return found[0].value(found[0].day)
}

// isoDate reads an ISO 8601 date or date-time: "2019-10-16",
// "2019-10-16T11:00", "2019-10-16 11:00:00.123+0200", "2019-10-16T09:00:00Z".
func isoDate(s string) string {
	if len(s) < 10 || !isDigits(s[0:4]) || s[4] != '-' || !isDigits(s[5:7]) || s[7] != '-' || !isDigits(s[8:10]) {
		return ""
	}
	date := s[:10]
	if _, err := time.Parse(time.DateOnly, date); err != nil || !plausibleYear(atoi(s[:4])) {
		return ""
	}
	rest := s[10:]
	if rest == "" || rest[0] != 'T' && rest[0] != ' ' {
		if strings.TrimSpace(rest) == "" {
			return date
		}
		return ""
	}
	rest = rest[1:]
	// hh:mm[:ss][.frac]
	if len(rest) < 5 || !isDigits(rest[0:2]) || rest[2] != ':' || !isDigits(rest[3:5]) {
		return date
	}
	clock := rest[:5] + ":00"
	rest = rest[5:]
	if len(rest) >= 3 && rest[0] == ':' && isDigits(rest[1:3]) {
		clock = clock[:5] + rest[:3]
		rest = rest[3:]
	}
	if len(rest) > 0 && (rest[0] == '.' || rest[0] == ',') {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		rest = rest[i:]
	}
	if _, err := time.Parse("15:04:05", clock); err != nil {
		return date
	}
	local := date + "T" + clock
	switch zone := strings.TrimSpace(rest); {
	case zone == "":
		return local
	case zone == "Z" || zone == "z":
		return local + "Z"
	case len(zone) == 6 && (zone[0] == '+' || zone[0] == '-') && isDigits(zone[1:3]) && zone[3] == ':' && isDigits(zone[4:6]):
		return local + zone
	case len(zone) == 5 && (zone[0] == '+' || zone[0] == '-') && isDigits(zone[1:5]):
		return local + zone[:3] + ":" + zone[3:]
	case len(zone) == 3 && (zone[0] == '+' || zone[0] == '-') && isDigits(zone[1:3]):
		return local + zone + ":00"
	}
	return local // an unreadable zone: the time as written, zone unknown
}

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// publishedMetas and modifiedMetas name the <meta> keys (lower case) that
// carry the dates, most trusted first: OpenGraph article, schema.org
// microdata, Dublin Core, Parse.ly, Sailthru and common CMS names.
var (
	publishedMetas = []string{
		"article:published_time", "article:published", "datepublished", "og:published_time", "published_time",
		"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
		"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
		"date.published", "article.published", "date", "datecreated", "cxenseparse:recs:publishtime",
	}
	modifiedMetas = []string{
		"article:modified_time", "article:modified", "datemodified", "og:updated_time", "modified_time",
		"dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "updated",
	}
)

package meta

import (
	"strings"
	"unicode"
)

// monthNames are month names and their common abbreviations in the
// languages lede reads first (German, English, French, Spanish, Italian,
// Dutch, Polish), lower case, mapped to the month number.
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

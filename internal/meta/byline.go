package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasPrefixFold reports whether s opens with one of prefixes, in any case.
func hasPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// trimBylinePrefix drops the opening words of a byline ("Von ", "Written
// by: "), else returns s.
func trimBylinePrefix(s string) string {
	if s == "" {
		return s
	}
	for _, p := range prefixesByFirst[s[0]|0x20] {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)-1], p[:len(p)-1]) {
			continue
		}
		if last := s[len(p)-1]; last == p[len(p)-1] || last == ':' && p[len(p)-1] == ' ' && (len(s) == len(p) || s[len(p)] == ' ') {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[len(p):]), ":"))
		}
	}
	return s
}

// prefixesByFirst holds bylinePrefixes by their first byte, in their
// order: most text of a page opens with none of them, and this tells so
// at once.
var prefixesByFirst = func() (by [256][]string) {
	for _, p := range bylinePrefixes {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}()

// isBylinePrefix tells a text that is only a byline's opening word.
func isBylinePrefix(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(s, "|·•-–— "))
	if len(s) > 24 || s == "" {
		return false
	}
	for _, p := range prefixesByFirst[s[0]|0x20] {
		if strings.EqualFold(s, strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// parseByline reads a credit line the page shows ("Von Julian Hans und
// Anna Berg, Moskau", "By JANE DOE | Reuters", "Text: A. B. 12.05.2015").
// The line must hold nothing but credits: when a part is neither a name nor
// an agency, the line is prose ("von Säure und Zucker geprägt") and gives
// nothing. A last part after a comma that is one capitalised word, after a
// name, is the dateline's place. Handles ("gizzmo") count only when handles
// is set, for lines the markup calls a byline.
func parseByline(line string, handles bool, siteKeys []string) (cs []credit, dateline string) {
	line = collapse(line)
	if isBylinePrefix(line) || len(line) > maxBylineLen {
		return nil, ""
	}
	seg := bylineSegment(line)
	explicit := trimBylinePrefix(seg) != seg
	l := cleanCredit(cutAtCreditWord(trimBylinePrefix(seg)))
	if l == "" {
		return nil, ""
	}
	if i := strings.LastIndexByte(l, ','); i > 0 {
		place := strings.TrimSpace(l[i+1:])
		if isPlace(place) && !strings.ContainsRune(l[:i], ',') && len(strings.Fields(l[:i])) >= 2 {
			l, dateline = l[:i], place
		}
	}
	names := splitNames(l)
	if singleWords(names) {
		return nil, ""
	}
	for _, name := range names {
		key := strings.ToLower(name)
		switch {
		case isAgency(name):
			cs = appendCredit(cs, credit{name, true})
		case explicit && len(names) == 1 && isOrganization(key) && !namesAnySite(key, siteKeys):
			cs = appendCredit(cs, credit{name, true}) // "Von Deutscher Tennis Bund"
		case explicit && len(names) == 1 && isHandle(name) && len(name) >= 5 && !accountNames[key] && !isRole(name) && !isDomain(name):
			// "von gizzmo"; a handle that is the site's name ("Von Eurosport")
			// is its desk
			cs = appendCredit(cs, credit{name, namesAnySite(key, siteKeys)})
		case isDomain(name) && !namesAnySite(key, siteKeys):
			cs = appendCredit(cs, credit{name, true}) // a desk named by its address ("SZ.de")
		case isDomain(name) || namesAnySite(key, siteKeys) && !personalSite(name, siteKeys) || degrees[strings.Trim(key, ".")] ||
			isRole(strings.Fields(name)[0]):
			// a site's name or address, a degree or a role after a name
			// ("Anna Berg, Korrespondentin in Rom"): not a credit, not prose either
		case accountNames[key] || isOrganization(key):
			return nil, ""
		case isOutlet(key):
			cs = appendCredit(cs, credit{name, true}) // "Jane Doe, The Washington Post"
		case isAcronym(name):
			cs = appendCredit(cs, credit{name, true}) // an outlet or a desk's sign ("Anna Berg, NDR", "| ARD")
		case looksLikeName(name) || handles && len(names) == 1 && isHandle(name):
			cs = appendCredit(cs, credit{name, false})
		default:
			return nil, ""
		}
	}
	if len(cs) == 0 {
		dateline = ""
	}
	return cs, dateline
}

// bylineSegment is the part of a line of page furniture ("12. Mai 2015 ·
// von Anna Berg · in Politik") that opens like a byline, else the line.
func bylineSegment(line string) string {
	for _, sep := range [...]string{" · ", " | ", " • "} {
		if !strings.Contains(line, sep) {
			continue
		}
		for _, seg := range strings.Split(line, sep) {
			if seg = strings.TrimSpace(seg); trimBylinePrefix(seg) != seg {
				return seg
			}
		}
	}
	// "Posted on September 21, 2020 by Anna Berg": the byline after a date
	if trimBylinePrefix(line) == line {
		for _, word := range [...]string{" by ", " von ", " par ", " por ", " door "} {
			if i := strings.Index(line, word); i > 0 && strings.ContainsAny(line[:i], "0123456789") {
				return line[i+1:]
			}
		}
	}
	return line
}

// cleanCredit drops from a credit what names no one: web and mail
// addresses, social handles ("@janedoe") and the roles written before a
// name ("Rechtsanwalt Jan Berg", "FOCUS-Online-Experte Jan Berg").
func cleanCredit(s string) string {
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		if strings.HasPrefix(w, "@") && len(w) > 1 || strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") ||
			strings.Contains(w, "@") && strings.Contains(w, ".") {
			continue
		}
		if len(out) == 0 && isRole(w) && len(words) > 1 {
			continue
		}
		out = append(out, w)
	}
	s = strings.Trim(strings.Join(out, " "), " -–|,")
	if last := s[strings.LastIndexByte(s, ' ')+1:]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 && strings.Count(last, ".") == 1 {
		s = s[:len(s)-1] // a sentence's full stop, not an initial's ("Anna Berg." but "Jan B.")
	}
	return s
}

// isRole tells a job title written before a name: a role word, or a
// compound that ends in one ("Online-Experte", "US-Korrespondent").
func isRole(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ":,"))
	if roleWords[lw] {
		return true
	}
	if i := strings.LastIndexByte(lw, '-'); i >= 0 && roleWords[lw[i+1:]] {
		return true
	}
	for _, suffix := range [...]string{"experte", "expertin", "korrespondent", "korrespondentin", "redakteur", "redakteurin"} {
		if strings.HasSuffix(lw, suffix) {
			return true
		}
	}
	return false
}

// singleWords tells a credit of two or more parts that are each one word
// ("Jobs & Hire", "Wein und Geschmack", "Harm, Robert"): the name of a
// thing or a name written last name first, not a list of people. A part
// that is an agency does not count ("Anna, dpa").
func singleWords(names []string) bool {
	words := 0
	for _, n := range names {
		if isAgency(n) {
			continue
		}
		if strings.Contains(n, " ") {
			return false
		}
		words++
	}
	return words >= 2
}

// personalSite tells a credit that names a person although the site's
// address is made of it: a personal site ("Wolfgang Schmale" on
// wolfgangschmale.eu) credits its owner.
func personalSite(name string, siteKeys []string) bool {
	n := len(strings.Fields(name))
	if n < 2 || n > 4 || !looksLikeName(name) || isOrganization(strings.ToLower(name)) {
		return false
	}
	key := strings.ToLower(name)
	for _, k := range siteKeys {
		if k == key { // the site's stated name, not its address
			return false
		}
	}
	return true
}

// isOutlet tells a credit that names a newspaper, broadcaster or other
// outlet by a word outlets carry in their names.
func isOutlet(key string) bool {
	for _, w := range strings.Fields(key) {
		if outletWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// isAcronym tells a short upper-case word ("NDR", "CNN").
func isAcronym(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 5 && strings.ToUpper(s) == s && strings.ToLower(s) != s && !strings.ContainsAny(s, " .-")
}

// appendCredit adds c unless a credit of the same name is there.
func appendCredit(cs []credit, c credit) []credit {
	for _, old := range cs {
		if strings.EqualFold(old.name, c.name) {
			return cs
		}
	}
	return append(cs, c)
}

// isPlace tells the dateline's place after a byline: one capitalised word
// (or one with a hyphen, "Baden-Baden"), not an agency or a weekday.
func isPlace(s string) bool {
	if s == "" || strings.ContainsAny(s, " 0123456789.@/") || isAgency(s) || weekdays[strings.ToLower(s)] ||
		degrees[strings.ToLower(s)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	n := utf8.RuneCountInString(s)
	return unicode.IsUpper(r) && n >= 3 && (n > 4 || strings.ToUpper(s) != s) // "CNN", "IFZ": an outlet, not a place
}

// isDomain tells a credit that is a web address without a path
// ("example.com", "SZ.de"): a desk or a site, not a person.
func isDomain(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || strings.ContainsAny(s, " @/") {
		return false
	}
	tld := s[i+1:]
	if len(tld) < 2 || len(tld) > 4 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// splitNames cuts a credit like "Von Anna Berg und Tom Kern, dpa" into
// "Anna Berg", "Tom Kern", "dpa". A credit in parentheses is split off
// too ("Anna Berg (dpa)"); an agency joined by a slash stays whole
// ("dpa/lno").
func splitNames(s string) []string {
	s = trimBylinePrefix(collapse(s))
	lower := strings.ToLower(s)
	if len(lower) != len(s) { // a case change altered the length: match as written
		lower = s
	}
	var out []string
	add := func(p string) {
		p = strings.TrimFunc(trimBylinePrefix(strings.TrimSpace(p)), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' || r == '@'
		})
		if p != "" {
			out = append(out, p)
		}
	}
	start := 0
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; c == '(' || c == ')' {
			add(s[start:i])
			start = i + 1
			continue
		}
		if strings.IndexByte(" ,;/|\xc2\xe2", lower[i]) < 0 { // no separator starts here (· and • open with 0xc2, 0xe2)
			continue
		}
		for _, sep := range nameSeparators {
			if !strings.HasPrefix(lower[i:], sep) {
				continue
			}
			if sep == "/" && isDeskCredit(wordAround(s, i)) {
				break
			}
			add(s[start:i])
			start = i + len(sep)
			i = start - 1
			break
		}
	}
	add(s[start:])
	return out
}

// wordAround is the run of s without spaces, commas or semicolons around
// the byte at i.
func wordAround(s string, i int) string {
	from, to := i, i
	for from > 0 && !strings.ContainsRune(" ,;(", rune(s[from-1])) {
		from--
	}
	for to < len(s) && !strings.ContainsRune(" ,;)", rune(s[to])) {
		to++
	}
	return s[from:to]
}

// isDeskCredit tells an agency credit joined with a slash to another
// agency or to a desk's short sign ("dpa/lno", "APA/AP", "det/dpa"), which
// is one credit.
func isDeskCredit(s string) bool {
	s = strings.TrimSpace(s)
	a, b, ok := strings.Cut(s, "/")
	if !ok || strings.ContainsAny(s, " ") || strings.Contains(b, "/") {
		return false
	}
	short := func(x string) bool { return len(x) >= 2 && len(x) <= 4 && strings.ToLower(x) == x }
	return isAgency(a) && (isAgency(b) || short(b)) || isAgency(b) && short(a)
}

// cutAtCreditWord ends a byline where another credit starts ("Text von
// A. B. Illustration von C. D."), the date follows ("Updated …", "12. Mai",
// "Fr 10.07."), or a reading time or a role does.
func cutAtCreditWord(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if head, ok := gluedCreditWord(w); ok { // "ChevezActualizado", "HoeltmannFollow"
			words = append(words[:i:i], head)
			break
		}
		lw := strings.ToLower(strings.Trim(w, ":.,|()"))
		if i == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if (creditWords[lw] || roleWords[lw]) && i >= 2 || placeWords[lw] || monthNames[lw] > 0 && besideNumber(words, i) || unicode.IsDigit(r) ||
			weekdays[lw] && endsDateWord(words, i) {
			words = words[:i]
			break
		}
		if strings.HasSuffix(w, ":") && i < len(words)-1 { // "Anna Berg: Übersetzung …", "Anna Berg; Foto: …"
			if prev := words[i-1]; strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ",") {
				words = words[:i]
			} else {
				words = append(words[:i:i], strings.TrimSuffix(w, ":"))
			}
			break
		}
	}
	for len(words) > 1 && trailingWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,|–-·•")
}

// gluedCreditWord splits a word that runs a name into a credit word
// because the markup put no space between them ("HoeltmannFollow").
func gluedCreditWord(w string) (head string, ok bool) {
	prev := rune(0)
	for i, r := range w {
		if i > 0 && unicode.IsLower(prev) && unicode.IsUpper(r) && creditWords[strings.ToLower(strings.Trim(w[i:], ":.,"))] {
			return w[:i], true
		}
		prev = r
	}
	return "", false
}

// besideNumber tells whether a word next to words[i] starts with a digit
// (a month name in a date, not in a name: "Jan Berg", "12. Mai").
func besideNumber(words []string, i int) bool {
	for _, j := range [...]int{i - 1, i + 1} {
		if j >= 0 && j < len(words) {
			if r, _ := utf8.DecodeRuneInString(words[j]); unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// endsDateWord tells whether the weekday words[i] starts a date: a full
// weekday name does, an abbreviation ("Do", "Di", also name particles)
// only with punctuation, at the end or before a number.
func endsDateWord(words []string, i int) bool {
	w := words[i]
	if utf8.RuneCountInString(strings.Trim(w, ":.,|()")) > 3 || i == len(words)-1 || strings.ContainsAny(w, ".,") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(words[i+1])
	return unicode.IsDigit(r)
}

// looksLikeName tells a credit that can be a person's name: one to six
// words, each capitalised except name particles ("von", "de"), no digits,
// no address or handle, no word that ends a sentence.
func looksLikeName(s string) bool {
	if len(s) > 80 || isURLish(s) || strings.ContainsAny(s, "@<>{}=0123456789!?:") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || nameParticles[strings.ToLower(words[len(words)-1])] {
		return false
	}
	if len(words) == 1 && (strings.HasSuffix(s, ".") && utf8.RuneCountInString(s) <= 4 || monthOf(s) > 0) {
		return false // an initial ("S.", "D.E."), a month
	}
	upper := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		upper = upper || unicode.IsUpper(r)
		lw := strings.ToLower(strings.TrimRight(w, ":."))
		if creditWords[lw] || longWeekday(lw) || roleWords[lw] {
			return false
		}
		// a word that ends with a full stop is an initial or a title
		// ("J.", "Dr.", "Prof."), unless it ends the sentence before more words
		if i < len(words)-1 && strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 4 && !degrees[lw] {
			return false
		}
	}
	return upper
}

// plainName tells a name a machine-readable source declares that
// looksLikeName refuses only for its case ("Mobasir hassan", "JANE DOE"
// passes anyway): two to five letter words.
func plainName(s string) bool {
	words := strings.Fields(s)
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	if len(words) < 2 || len(words) > 5 || len(s) > 60 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		lw := strings.ToLower(w)
		if creditWords[lw] || longWeekday(lw) || roleWords[lw] || accountNames[lw] {
			return false
		}
	}
	return true
}

// isHandle tells a user name as blogs and forums credit it ("gizzmo",
// "karstenruppert", "fri.juli"): one token of letters and digits, perhaps
// with "." "_" "-", at least three letters long.
func isHandle(s string) bool {
	if strings.Contains(strings.ToLower(s), "admin") {
		return false
	}
	if len(s) < 3 || len(s) > 30 || nameParticles[s] || creditWords[strings.ToLower(s)] || longWeekday(strings.ToLower(s)) ||
		monthOf(s) > 0 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r) || r == '.' || r == '_' || r == '-':
		default:
			return false
		}
	}
	return letters >= 3
}

// longWeekday tells a weekday's full name; the abbreviations are name
// particles too ("di", "do").
func longWeekday(w string) bool { return weekdays[w] && utf8.RuneCountInString(w) > 3 }

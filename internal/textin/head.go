package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/content"
	"github.com/lede-news/lede/internal/meta"
)

// headWindow is how many lines before the body are read as the article's
// head (kicker, headline, teaser, byline, date, credit, highlights).
const headWindow = 12

// leadWindow is how many lines at the start of the body region may still
// belong to the head: a teaser and the byline that follows it.
const leadWindow = 10

// readHead fills the head fields of r from the lines before and at the
// start of the body region [start, end) and returns where the body begins.
func (r *Result) readHead(lines []line, start, end int) int {
	bodyStart := leadEnd(lines, start, end)
	if i := r.repeatedTeaser(lines, start, bodyStart, end); i > bodyStart {
		bodyStart = i
	}
	var highlights []string
	unknown := 0
	for i := bodyStart - 1; i >= 0 && i >= start-headWindow; i-- {
		l := lines[i]
		switch {
		case r.readByline(lines, i):
		case r.readDate(l):
		case r.readCredit(l):
		case r.Headline == "" && r.Teaser == "" && isHighlight(l):
			highlights = append(highlights, l.item)
		case r.Teaser != "" && sameTeaser(l.text, r.Teaser) != "":
			r.Teaser = sameTeaser(l.text, r.Teaser) // the teaser again: keep it without the kicker
		case isProse(l) && !isHeadlineSentence(l) && r.Teaser == "" && r.Headline == "":
			r.Teaser = l.text
		case isTitleLike(l) && !l.furniture:
			if r.Teaser == "" && i > 0 && isStandfirst(l, lines[i-1]) {
				// a standfirst without a final stop under the headline
				r.Teaser = l.text
				i--
			}
			i = pickHeadline(lines, i, openingWords(r.Teaser, lines[bodyStart:min(end, bodyStart+20)]))
			r.Headline = lines[i].text
			if i > 0 && isKicker(lines[i-1]) && (i == 1 || !isMenuEntry(lines[i-2])) {
				r.Kicker = lines[i-1].text
			}
			r.splitFusedKicker()
			i = -1 // done
		default:
			if unknown++; unknown > 4 {
				i = -1
			}
			continue
		}
		unknown = 0
	}
	for i := len(highlights) - 1; i >= 0; i-- {
		r.Highlights = append(r.Highlights, highlights[i])
	}
	if r.Published == "" {
		r.Published = nearestDate(lines, bodyStart)
	}
	return bodyStart
}

// dateReach is how far above the body a date line is looked for when the
// head holds none.
const dateReach = 30

// nearestDate returns the date of the nearest date line above the body
// (above the headline too: many pages put the date there), or "".
func nearestDate(lines []line, bodyStart int) string {
	for i := bodyStart - 1; i >= 0 && i >= bodyStart-dateReach; i-- {
		if isDateLine(lines[i]) {
			return meta.DateInLine(lines[i].text)
		}
	}
	return ""
}

// leadEnd returns where the body begins inside the region: after a byline,
// date or credit line among its first lines, when at most a teaser (one
// prose line, or one written twice) and bullet highlights come before it;
// also after bullet highlights that open the region, and after title-like
// lines that open it.
func leadEnd(lines []line, start, end int) int {
	// a body does not open with a title: a long headline (it has the
	// value of prose) stays in the head
	for start+1 < end && (isTitleLike(lines[start]) && !lines[start].sentence || isHeadlineSentence(lines[start])) && lines[start].item == "" {
		start++
	}
	bodyStart := start
	var prose []string
	for i := start; i < end && i < start+leadWindow; i++ {
		l := lines[i]
		switch {
		case isHeadFurniture(l):
			// one teaser, or one written twice, may stand before it
			if len(prose) <= 1 || len(prose) == 2 && sameTeaser(prose[0], prose[1]) != "" {
				bodyStart = i + 1
			}
		case l.item != "", isHeadlineSentence(l):
			// highlights, a headline that asks or exclaims
		case isProse(l):
			if prose = append(prose, l.text); len(prose) > 2 {
				i = end
			}
		}
	}
	// highlights opening the region: bullets, then prose
	i := bodyStart
	for i < end && isHighlight(lines[i]) {
		i++
	}
	if i-bodyStart >= 2 && i < end && isProse(lines[i]) {
		return i
	}
	return bodyStart
}

// isHeadFurniture reports whether a line is a byline, a date line or a
// photo credit.
func isHeadFurniture(l line) bool {
	if l.words > 20 {
		return false
	}
	if _, _, _, ok := bylineCredits(l); ok {
		return true
	}
	return isDateLine(l) || isCreditLine(l)
}

// isDateLine reports whether a short line is mostly a date ("12. Mai 2015,
// 14:30 Uhr", "Updated May 12, 2015").
func isDateLine(l line) bool {
	return l.words <= 10 && !l.sentence && meta.DateInLine(l.text) != ""
}

// isCreditLine reports whether a short line credits a photo ("Foto: dpa",
// "(Foto: AFP)", "© Getty Images").
func isCreditLine(l line) bool {
	return l.words <= 30 && content.IsCaptionLine(frenchColon(l.text))
}

// frenchColon closes up the space French typography sets before a colon
// ("Photo : AFP" → "Photo: AFP").
func frenchColon(s string) string {
	s = strings.ReplaceAll(s, "\u00a0:", ":")
	s = strings.ReplaceAll(s, "\u202f:", ":")
	return strings.ReplaceAll(s, " :", ":")
}

// isHighlight reports whether a bullet line reads as a key point: a few
// words at least, more than a figure or a label ("- 5 Grad" is not).
func isHighlight(l line) bool {
	return l.item != "" && content.CountWords(l.item) >= 4
}

// isKicker reports whether a line can be the kicker above a headline: one
// to five words, no sentence, no byline, date or furniture.
func isKicker(l line) bool {
	return l.words >= 1 && l.words <= 5 && !l.sentence && l.item == "" &&
		!strings.HasSuffix(l.text, ",") && !l.furniture && !isHeadFurniture(l)
}

// readByline takes the credits of the byline at lines[i] into r. A line
// with only a byline's opening word above ("Von" over "Anna Berg") is read
// with it.
func (r *Result) readByline(lines []line, i int) bool {
	l := lines[i]
	authors, agencies, dateline, ok := bylineCredits(l)
	if !ok && i > 0 && isBylineWord(lines[i-1]) {
		authors, agencies, dateline, ok = bylineCredits(newLine(lines[i-1].text + " " + l.text))
	}
	if !ok {
		return isBylineWord(l) // the opening word of the byline below
	}
	if len(r.Authors) == 0 && len(r.Agencies) == 0 {
		r.Authors, r.Agencies, r.Dateline = authors, agencies, dateline
	}
	if r.Published == "" {
		r.Published = meta.DateInLine(l.text)
	}
	return true
}

// bylineCredits reads a line as a byline: one that opens as a byline does
// ("Von Anna Berg, Moskau"), also with a date after the names ("Von Anna
// Berg 19. Oktober 2019"), or one that holds a date and a byline after it
// ("22. Dezember 2019 von Peter Addor").
func bylineCredits(l line) (authors, agencies []string, dateline string, ok bool) {
	if l.words > 20 {
		return nil, nil, "", false
	}
	opening := meta.IsBylineOpening(l.text)
	if !opening && meta.DateInLine(l.text) == "" {
		return nil, nil, "", false
	}
	if authors, agencies, dateline, ok = meta.BylineLine(l.text); ok || !opening {
		if !opening && !allCapitalised(authors) {
			return nil, nil, "", false // "12. Mai 2015 von der Stadtverwaltung"
		}
		return authors, agencies, dateline, ok
	}
	// the names end where the date begins
	if cut := strings.IndexAny(l.text, "0123456789"); cut > 0 {
		return meta.BylineLine(strings.TrimRight(l.text[:cut], " ,|·/-–"))
	}
	return nil, nil, "", false
}

// isBylineWord reports whether a line is only a byline's opening word
// ("Von", "By", "Text:").
func isBylineWord(l line) bool {
	if l.words > 2 || !meta.IsBylineOpening(l.text) || strings.ContainsAny(l.text, "0123456789") {
		return false
	}
	_, _, _, ok := meta.BylineLine(l.text)
	return !ok
}

// readDate takes a date line's date into r.
func (r *Result) readDate(l line) bool {
	if !isDateLine(l) {
		return false
	}
	if r.Published == "" {
		r.Published = meta.DateInLine(l.text)
	}
	return true
}

// readCredit takes a photo credit or caption line into r.
func (r *Result) readCredit(l line) bool {
	if !isCreditLine(l) {
		return false
	}
	if r.ImageCredit == "" && r.ImageCaption == "" {
		r.ImageCaption, r.ImageCredit = splitCredit(l.text)
	}
	return true
}

// repeatedTeaser finds a teaser written twice at the head of the body
// region (the second time perhaps with the kicker before it, "Kicker:
// Teaser"), sets it as r's teaser and returns the line after the repeat,
// or 0.
func (r *Result) repeatedTeaser(lines []line, start, bodyStart, end int) int {
	from := max(0, start-3)
	for j := bodyStart; j < end && j < bodyStart+3; j++ {
		for i := from; i < j; i++ {
			if t := sameTeaser(lines[i].text, lines[j].text); t != "" && lines[j].words >= 5 {
				r.Teaser = t
				return j + 1
			}
		}
	}
	return 0
}

// sameTeaser returns the teaser when a and b are the same text, or one is
// the other with a kicker and a colon before it; else "".
func sameTeaser(a, b string) string {
	switch {
	case a == b:
		return a
	case strings.HasSuffix(a, b) && isKickerPrefix(a[:len(a)-len(b)]):
		return b
	case strings.HasSuffix(b, a) && isKickerPrefix(b[:len(b)-len(a)]):
		return a
	}
	return ""
}

// isKickerPrefix reports whether p is a kicker and a colon ("Kerry in
// Moskau: ", "Kerry in Moskau:").
func isKickerPrefix(p string) bool {
	p = strings.TrimSpace(p)
	if !strings.HasSuffix(p, ":") {
		return false
	}
	n := len(strings.Fields(p))
	return n >= 1 && n <= 6
}

// splitFusedKicker cuts a kicker fused to the headline without a space
// ("Kerry in Moskau:USA und Russland …") into r.Kicker and r.Headline.
func (r *Result) splitFusedKicker() {
	h := r.Headline
	i := strings.IndexByte(h, ':')
	if i <= 0 || i+1 >= len(h) {
		return
	}
	before, _ := utf8.DecodeLastRuneInString(h[:i])
	after, _ := utf8.DecodeRuneInString(h[i+1:])
	if !unicode.IsLetter(before) || !unicode.IsUpper(after) && !unicode.IsDigit(after) && !strings.ContainsRune(`"„“«`, after) {
		return // "10:30", "Anmerkung: …", "Re:post" are no kicker and headline
	}
	kicker := h[:i]
	if n := len(strings.Fields(kicker)); n > 6 || strings.Contains(kicker, "://") {
		return
	}
	if r.Kicker == "" {
		r.Kicker = kicker
	}
	r.Headline = h[i+1:]
}

// splitCredit cuts a caption line into its caption and its credit: the
// text after the last credit mark ("Foto:", "©", "Photo:") is the credit.
func splitCredit(s string) (caption, credit string) {
	s = frenchColon(s)
	lower := strings.ToLower(s)
	at, size := -1, 0
	for _, m := range []string{"©", "(foto:", "(photo:", "(bild:", "(credit:", "foto:", "fotos:", "photo:", "photos:", "bild:", "credit:", "bildquelle:"} {
		if i := strings.LastIndex(lower, m); i > at {
			at, size = i, len(m)
		}
	}
	if at < 0 {
		return s, ""
	}
	credit = strings.Trim(strings.TrimSpace(s[at+size:]), "() ")
	caption = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[:at]), "(|/-–"))
	return caption, credit
}

// isStandfirst reports whether a title-like line l under another, above,
// is the standfirst and above the headline: l is long (ten words or more)
// and longer than a headline-like line of at least four words above it.
func isStandfirst(l, above line) bool {
	return l.words >= 10 && above.words >= 4 && l.words > above.words &&
		isTitleLike(above) && !above.furniture && !isHeadFurniture(above)
}

// isMenuEntry reports whether a line can be an entry of a menu: a short
// line (one to three words) that is no sentence. A short line under such a
// line is taken for the menu's last entry, not a kicker.
func isMenuEntry(l line) bool {
	return l.words <= 3 && !l.sentence
}

// allCapitalised reports whether every name opens with a capital letter.
func allCapitalised(names []string) bool {
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

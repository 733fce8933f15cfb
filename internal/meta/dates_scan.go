package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of the scan for dates written in the page.
const (
	maxTextDates = 128     // dates kept
	maxDateText  = 1 << 21 // bytes of page text looked at
	maxDateLine  = 48      // bytes besides the date that a dateline may hold on either side
	maxDateWords = 64      // bytes before a date read for what it is
	maxShortDate = 32      // bytes of a text that may be a date with a two-digit year

	maxDateParagraph = 160 // bytes of a <p> that holds a dateline rather than prose
)

// dateKind is what the words written before a date say it is.
type dateKind uint8

const (
	dateUnsaid    dateKind = iota
	datePublished          // "Veröffentlicht am", "Published", "Publié le"
	dateModified           // "Aktualisiert", "Updated", "mis à jour"
	dateOther              // a date that is not the article's: "bis", "seit", "Deadline", "joined"
)

// dateWords name what a date is, by the (lower-case) words before it, in
// the languages lede reads first. A word ending in "*" is a stem that
// matches its forms ("aktualisiert", "aktualisierung"); the others match
// whole words only ("seit", not "Seite").
var dateWords = [...]struct {
	word string
	kind dateKind
}{
	{"veröffentlicht*", datePublished}, {"publiziert", datePublished}, {"erschienen", datePublished},
	{"erstellt", datePublished}, {"created", datePublished}, {"published", datePublished}, {"posted", datePublished},
	{"publié*", datePublished}, {"publicado", datePublished}, {"publicada", datePublished},
	{"pubblicato", datePublished}, {"gepubliceerd", datePublished}, {"geplaatst", datePublished},
	{"opublikowano", datePublished}, {"dodano", datePublished},

	{"aktualisier*", dateModified}, {"geändert", dateModified}, {"änderung", dateModified},
	{"update*", dateModified}, {"modified", dateModified}, {"edited", dateModified}, {"editiert", dateModified},
	{"mis à jour", dateModified}, {"modifié*", dateModified}, {"actualiza*", dateModified},
	{"aggiornat*", dateModified}, {"bijgewerkt", dateModified}, {"gewijzigd", dateModified},
	{"zaktualizowan*", dateModified}, {"aktualizac*", dateModified},

	{"bis", dateOther}, {"seit", dateOther}, {"until", dateOther}, {"since", dateOther},
	{"release*", dateOther}, {"kinostart", dateOther}, {"erscheinungstermin", dateOther},
	{"press release", datePublished}, {"news release", datePublished},
	{"deadline", dateOther}, {"frist", dateOther}, {"joined", dateOther}, {"registriert", dateOther},
	{"mitglied", dateOther}, {"geboren", dateOther}, {"born", dateOther}, {"jusqu", dateOther},
	{"hasta", dateOther}, {"fino", dateOther}, {"version", dateOther}, {"©", dateOther},
	{"(c)", dateOther}, {"copyright", dateOther}, {"cookie*", dateOther},
}

// kindOf reads what the words before a date (lower case) say it is: the
// word that ends nearest the date counts, and of two that end together the
// longer ("press release" rather than "release").
func kindOf(before string) dateKind {
	best, end, size := dateUnsaid, -1, 0
	for _, w := range dateWords {
		i := lastWordIndex(before, w.word)
		if i < 0 {
			continue
		}
		n := len(strings.TrimSuffix(w.word, "*"))
		if i+n > end || i+n == end && n > size {
			best, end, size = w.kind, i+n, n
		}
	}
	return best
}

// lastWordIndex is the last index in s where word stands as a word (or,
// ending in "*", starts one), or -1.
func lastWordIndex(s, word string) int {
	stem := strings.HasSuffix(word, "*")
	word = strings.TrimSuffix(word, "*")
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], word)
		if i < 0 {
			return -1
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(word):])
		if (i == 0 || !unicode.IsLetter(before)) && (stem || !unicode.IsLetter(after)) {
			return i
		}
		end = i
	}
}

// dateContext is what the elements around the text being walked say
// about its dates.
type dateContext struct {
	aside     bool       // inside the comments (class or id naming them) or a <blockquote>
	paragraph *html.Node // the <p> around, whose length tells a dateline from prose
	parent    *html.Node // the element around
}

// enterDates is the context inside element n, given the context around it.
func enterDates(n *html.Node, around dateContext) dateContext {
	around.parent = n
	switch n.DataAtom {
	case atom.P:
		around.paragraph = n
	case atom.Blockquote: // a quotation or an embedded post: its dates are not the article's
		around.aside = true
	}
	if around.aside || n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Span || isInline(n) {
		return around // a link or span named for comments ("entry-comments-link") often wraps the byline's date
	}
	for _, k := range [...]string{"class", "id"} {
		if v := attr(n, k); len(v) >= 7 && containsFold(v, "comment") {
			around.aside = true
		}
	}
	return around
}

// timeDate is the datetime of a <time> element.
type timeDate struct {
	value string // as normalizeDate writes it
	pos   int    // bytes of page text before it
	aside bool   // in the comments
}

// addTime records the datetime of a <time> element.
func (p *page) addTime(n *html.Node) {
	if len(p.times) >= maxTimes {
		return
	}
	if v := normalizeDate(attr(n, "datetime")); v != "" {
		p.times = append(p.times, timeDate{value: v, pos: p.textBytes, aside: p.dateCtx.aside})
	}
}

// addTextDates records the dates written in the text s, a text node of the
// page; prev is the text of the text node before it.
func (p *page) addTextDates(s string) {
	pos := p.textBytes
	p.textBytes += len(s)
	prev := p.prevText
	p.keepWordsBefore(s)
	if len(p.dates) >= maxTextDates || pos > maxDateText {
		return
	}
	found := len(p.dates)
	if len(s) >= 6 && (hasYear(s) || len(s) <= maxShortDate) {
		p.scanTextDates(s, prev, pos)
	}
	p.addDatePiece(s, prev, pos, len(p.dates) > found)
}

// joinPieces is the text of the pieces and then last, blank-separated.
func joinPieces(pieces []datePiece, last string) string {
	var b strings.Builder
	for _, piece := range pieces {
		b.WriteString(piece.text)
		b.WriteByte(' ')
	}
	b.WriteString(last)
	return b.String()
}

// holdsDate tells whether scanDates reads a date in s.
func holdsDate(s string) bool {
	found := false
	scanDates(s, func(textDate) bool { found = true; return false })
	return found
}

// maxDatePiece is the length of a text that may be one part of a date
// written across elements: a day, a month's name, a month and a year.
const maxDatePiece = 16

// datePieces are the short texts just read, which may be the parts of a
// date whose day, month and year stand in elements of their own, as blog
// themes write a calendar leaf: "<div class=date><span>Feb</span>
// <span>18</span><span>2009</span></div>", "<span>26</span> Okt 2018".
type datePieces struct {
	last [2]datePiece // oldest first
	n    int
}

// datePiece is one short text, the words before it, where it is, and the
// block element it stands in.
type datePiece struct {
	text, prev string
	pos        int
	block      *html.Node
}

// addDatePiece reads a date written in pieces: when the text s ends with
// a year and the short texts just before it in the same block complete
// it, they are read together as one dateline. A longer text, or one that
// holds a date, starts over. Pieces in different blocks (the cells of a
// table, the boxes of a widget) are not joined.
func (p *page) addDatePiece(s, prev string, pos int, found bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return // the blank between two spans
	}
	q := &p.pieces
	if found || len(t) > maxDatePiece {
		q.n = 0
		return
	}
	block := p.dateCtx.parent
	for block != nil && (block.DataAtom == atom.Span || isInline(block)) {
		block = block.Parent
	}
	if q.n > 0 && q.last[q.n-1].block != block {
		q.n = 0
	}
	if len(t) >= 4 && isDigits(t[len(t)-4:]) && q.n > 0 {
		for i := q.n - 1; i >= 0; i-- { // the last piece and the year, else the last two
			if joined := joinPieces(q.last[i:q.n], t); holdsDate(joined) {
				q.n = 0
				p.scanTextDates(joined, q.last[i].prev, q.last[i].pos)
				return
			}
		}
		q.n = 0
		return
	}
	if q.n == len(q.last) {
		q.last[0], q.n = q.last[1], 1
	}
	q.last[q.n] = datePiece{t, prev, pos, block}
	q.n++
}

// keepWordsBefore keeps the end of the text s, which the page shows
// before whatever comes next, for the words before a date. A heading
// clears them (see scanHeadingDates), so what stands above a headline
// ("© Name") is not read as the words before the dateline under it.
func (p *page) keepWordsBefore(s string) {
	if t := strings.TrimSpace(s); t != "" {
		p.prevText = t
		if len(t) > maxDateWords {
			p.prevText = t[len(t)-maxDateWords:]
		}
	}
}

// scanTextDates records the dates of one text node at pos.
func (p *page) scanTextDates(s, prev string, pos int) {
	prose := -1 // whether s is part of a paragraph of running text; -1 until known
	add := func(d textDate) bool {
		d.pos, d.aside = pos, p.dateCtx.aside
		before, after := s[:d.start], strings.TrimSpace(s[d.end:])
		d.line = len(strings.TrimSpace(before)) <= maxDateLine && (len(after) <= maxDateLine || opensWithDash(after))
		d.opens = strings.TrimSpace(before) == ""
		if d.line && p.dateCtx.paragraph != nil && !opensWithDash(after) && !p.setApart() {
			if prose < 0 {
				prose = 0
				if len(collapse(textUpTo(p.dateCtx.paragraph, maxDateParagraph))) > maxDateParagraph {
					prose = 1
				}
			}
			d.line = prose == 0
		}
		if len(strings.TrimSpace(before)) < 3 {
			before = prev + " " + before
		}
		if len(before) > maxDateWords {
			before = before[len(before)-maxDateWords:]
		}
		d.kind = kindOf(strings.ToLower(before))
		if endsRange(s[:d.start]) || startsRange(after) {
			d.kind = dateOther // "9.-23. Februar 2017", "14. - 20. Januar 2022": the end of a span of days
		}
		if d.kind == dateUnsaid && len(after) <= maxDateLine && kindOf(strings.ToLower(after)) == dateModified {
			d.kind = dateModified // "am 02.12.2022 aktualisiert"
		}
		p.dates = append(p.dates, d)
		return len(p.dates) < maxTextDates
	}
	found := len(p.dates)
	scanDates(s, add)
	scanISO(s, add)
	if len(p.dates) == found && len(s) <= maxShortDate {
		if d, ok := shortYearLine(s); ok {
			add(d)
		} else if ago, ok := relativeAgo(s); ok {
			add(textDate{relative: true, ago: ago, end: len(s)})
		}
	}
}

// opensWithDash tells text that goes on after a dash: "29.11.2022 – Text"
// is a dateline.
func opensWithDash(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "|")
}

// shortYearLine reads a text that is only a date with a two-digit year,
// "23.09.22", perhaps with a time after it ("28.09.19 12:44") or a
// section's name before it ("Kultur, 2.11.22"). A short year
// is read nowhere else: in running text it is as often a version or a
// score.
func shortYearLine(s string) (textDate, bool) {
	t := cutLabel(strings.TrimSpace(s))
	if clock := strings.IndexByte(t, ' '); clock > 0 {
		rest := strings.TrimSpace(t[clock:])
		if len(rest) > 8 || !strings.Contains(rest, ":") {
			return textDate{}, false
		}
		t = t[:clock]
	}
	day, rest, ok := smallNumber(t, '.')
	if !ok {
		return textDate{}, false
	}
	month, rest, ok := smallNumber(rest, '.')
	if !ok || len(rest) != 2 || !isDigits(rest) {
		return textDate{}, false
	}
	year := 2000 + atoi(rest)
	if year >= 2050 {
		year -= 100
	}
	d, _, ok := makeDate(year, month, day, false, 0)
	d.start, d.end = max(strings.Index(s, t), 0), len(s) // the words of a label before the date name it
	return d, ok && plausibleYear(year)
}

// cutLabel drops a label without digits written before a date and set
// off by a comma, a bar or a middle dot: "Kultur, 2.11.22" → "2.11.22".
func cutLabel(t string) string {
	for _, sep := range [...]string{", ", " | ", " · "} {
		if i := strings.Index(t, sep); i > 0 && !strings.ContainsAny(t[:i], "0123456789") {
			return strings.TrimSpace(t[i+len(sep):])
		}
	}
	return t
}

// scanHeadingDates records the dates written in a heading, which the walk
// does not enter: blogs put the date header in an <h2>, some sites the date
// in the <h1>.
func (p *page) scanHeadingDates(n *html.Node, depth int) {
	if depth > 8 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if len(p.dates) < maxTextDates && len(c.Data) >= 6 && (hasYear(c.Data) || len(c.Data) <= maxShortDate) {
				p.scanTextDates(c.Data, "", p.textBytes)
			}
			if strings.TrimSpace(c.Data) != "" {
				p.prevText = "" // neither the words of a headline nor those above it name the date below it
			}
		case c.Type == html.ElementNode && !skipText(c):
			if c.DataAtom == atom.Time {
				p.addTime(c)
			}
			p.scanHeadingDates(c, depth+1)
		}
	}
}

// hasYear tells whether s holds four digits in a row, which every date
// form scanDates reads has; most text has none and is not scanned.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// setApart tells a text node that is the only content of an element
// other than the paragraph around it: "<span class=date>31. Oktober
// 2023</span>" at the end of a paragraph is a dateline.
func (p *page) setApart() bool {
	e := p.dateCtx.parent
	return e != nil && e != p.dateCtx.paragraph && e.DataAtom != atom.A && e.FirstChild != nil && e.FirstChild == e.LastChild
}

// endsRange tells whether the text before a date opens a span of days
// that the date ends: a number, then a dash.
func endsRange(before string) bool {
	t := strings.TrimRight(before, " .\u00a0")
	for _, dash := range [...]string{"-", "–", "—"} {
		if rest, ok := strings.CutSuffix(t, dash); ok {
			rest = strings.TrimRight(rest, " .\u00a0")
			return rest != "" && rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9'
		}
	}
	return false
}

// startsRange tells whether the text after a date goes on to the end of a
// span of days: a dash, then a day ("– 23.02.", "- 10 Aug 2017"), not a
// time of day or a count.
func startsRange(after string) bool {
	for _, dash := range [...]string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(after, dash); ok {
			rest = strings.TrimLeft(rest, " \u00a0")
			n := 0
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			if n == 0 || n > 2 || n == len(rest) {
				return false
			}
			switch rest[n] {
			case '.', '/':
				return true
			case ' ': // "14 Oct 2014 - 10 Aug 2017"
				word, _, _ := strings.Cut(rest[n+1:], " ")
				return monthOf(strings.TrimRight(word, ".,")) > 0
			}
			return false
		}
	}
	return false
}

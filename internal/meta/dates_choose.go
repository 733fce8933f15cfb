package meta

import (
	"strings"
	"time"
)

// Where a written date counts as the article's own, in bytes of page text
// from the headline: the first dateline within dateAfterHeadline after it,
// else the last within dateBeforeHeadline before it (bylines and datelines
// sit there).
//
// The declared date counts as shown when the page writes its day around
// the article: from dateShownBefore before the headline to dateShownAfter
// after it; further down, the day is more often a related article's.
//
// A <time datetime> element marks its date for machines as well, and
// counts as far as timeAfterHeadline below the headline.
const (
	dateAfterHeadline  = 2000
	timeAfterHeadline  = 4000
	dateBeforeHeadline = 300
	dateShownBefore    = 1000
	dateShownAfter     = 5000
)

// dateChoice is a page whose dates are being chosen, and the latest day
// (YYYY-MM-DD) a date of it may have, "" when there is no limit.
type dateChoice struct {
	*page
	latest string
}

// notLater is date (a date as normalizeDate writes it, or a day), or ""
// when its day comes after the latest day the page may have.
func (p dateChoice) notLater(date string) string {
	if p.latest != "" && len(date) >= 10 && date[:10] > p.latest {
		return ""
	}
	return date
}

// seenDate is a date the page shows: written in its text or given by a
// <time> element.
type seenDate struct {
	day   string // YYYY-MM-DD
	value string // the <time> datetime as normalizeDate writes it, else day
	pos   int
	line  bool // a dateline, or a <time>
	kind  dateKind
	aside bool
	index int // in p.dates, -1 for a <time>
}

// eachSeen calls fn for each date the page shows, in document order, until
// fn returns false.
func (p *page) eachSeen(fn func(seenDate) bool) {
	i, j := 0, 0
	for i < len(p.dates) || j < len(p.times) {
		var d seenDate
		if j == len(p.times) || i < len(p.dates) && p.dates[i].pos < p.times[j].pos {
			t := p.dates[i]
			d = seenDate{day: t.day, value: t.value(t.day), pos: t.pos, line: t.line, kind: t.kind, aside: t.aside, index: i}
			if t.ambiguous && p.monthFirst() {
				d.day = t.swapped()
				d.value = t.value(d.day)
			}
			i++
		} else {
			t := p.times[j]
			d = seenDate{day: t.value[:10], value: t.value, pos: t.pos, line: true, aside: t.aside, index: -1}
			j++
		}
		if !fn(d) {
			return
		}
	}
}

// chooseDates picks the publication and modification dates.
//
// The declared date (JSON-LD, then the <meta> keys in publishedMetas, then
// microdata) stands when the page shows no date near the headline, or
// shows the same day around the article. When the page shows another day
// there, the visible page wins, unless its date is one of a list of
// dated teasers (see inList): a date the words before call the
// publication date ("Veröffentlicht am", "Published"), else the first
// dateline after the headline, else the last just before it, else an
// update line ("Updated …"). Dates in the comments, in running prose, and
// dates called deadlines, copyrights or versions are not the article's.
// The day in the page's address breaks ties, and beside a declared time
// given in UTC the page's own day (the next or the day before) wins.
// Without any of these, the one day a page writes counts. Dates are kept
// as written (see normalizeDate); a date shown only as text is a day.
func chooseDates(pg *page, ld jsonLD, pageURL string, ref time.Time) (published, modified string) {
	p := dateChoice{page: pg}
	if !ref.IsZero() {
		p.latest = ref.AddDate(0, 0, 1).Format(time.DateOnly) // a day's grace for the time zones
		p.resolveRelative(ref)
	}
	published, modified = declaredDates(pg, ld)
	published, modified = p.notLater(published), p.notLater(modified)
	seen, ok := p.seenNearHeadline()
	inURL := p.notLater(pg.urlDay(pageURL))
	switch {
	case inURL == "":
	case published != "" && published[:10] == inURL:
		return published, modified
	case ok && seen.day == inURL:
		return seen.value, modified
	case published != "" && isUTC(published) && nextDays(published[:10], inURL):
		return inURL, modified // the day where the page is, where the declared time is given in UTC
	}
	switch {
	case !ok:
	case published == "":
		return seen.value, modified
	case seen.day == published[:10]:
	case isUTC(published) && nextDays(published[:10], seen.day):
		return seen.value, modified // the page's own day, where the declared time is in UTC
	case p.showsDay(published[:10]):
	case seen.index >= 0 && p.inList(seen.index):
	default:
		return seen.value, modified
	}
	if published == "" && inURL != "" {
		return inURL, modified
	}
	if published == "" {
		published = p.onlyDate()
	}
	return published, modified
}

// declaredDates are the dates the page declares in JSON-LD, <meta> and
// microdata.
func declaredDates(p *page, ld jsonLD) (published, modified string) {
	if a := ld.article; a != nil {
		published, modified = normalizeDate(a.published), normalizeDate(a.modified)
	}
	for _, k := range publishedMetas {
		if published != "" {
			break
		}
		published = normalizeDate(p.meta(k))
	}
	for _, k := range modifiedMetas {
		if modified != "" {
			break
		}
		modified = normalizeDate(p.meta(k))
	}
	if published == "" {
		published = firstNonEmpty(normalizeDate(p.props["datePublished"]), normalizeDate(p.props["dateCreated"]))
	}
	if modified == "" {
		modified = normalizeDate(p.props["dateModified"])
	}
	return published, modified
}

// seenNearHeadline is the date the page shows as the article's: the first
// one the words before call a publication date, from just before the
// headline down; else the first dateline within dateAfterHeadline after
// the headline; else the last within dateBeforeHeadline before it; else
// the first update line near it. Without a known headline, the first of
// each on the page counts.
func (p dateChoice) seenNearHeadline() (seenDate, bool) {
	var best, before, said, update seenDate
	p.eachSeen(func(d seenDate) bool {
		if d.day == "" || d.aside || !d.line || d.kind == dateOther || p.notLater(d.day) == "" {
			return true
		}
		after := dateAfterHeadline
		if d.index < 0 {
			after = timeAfterHeadline
		}
		near := p.anchor < 0 || d.pos >= p.anchor-dateBeforeHeadline && d.pos-p.anchor <= after
		if d.kind == dateModified {
			if near && update.day == "" {
				update = d
			}
			return true
		}
		if d.kind == datePublished && (p.anchor < 0 || d.pos >= p.anchor-dateBeforeHeadline) && said.day == "" {
			said = d
		}
		switch {
		case p.anchor >= 0 && d.pos < p.anchor:
			if p.anchor-d.pos <= dateBeforeHeadline {
				before = d
			}
		case near && best.day == "":
			best = d
		}
		return said.day == "" || best.day == ""
	})
	for _, d := range [...]seenDate{said, best, before, update} {
		if d.day != "" {
			return d, true
		}
	}
	return seenDate{}, false
}

// Dates in a list: a date with at least listDays others of other days
// within listSpan bytes of page text around it.
const (
	listSpan = 400
	listDays = 2
)

// inList tells whether the text date p.dates[i] is one of a list of
// dated teasers (related articles, a news ticker), not a dateline.
func (p dateChoice) inList(i int) bool {
	d, others := p.dates[i], 0
	for j := max(i-4, 0); j < min(i+5, len(p.dates)); j++ {
		e := p.dates[j]
		if e.day != d.day && e.day != "" && e.pos-d.pos <= listSpan && d.pos-e.pos <= listSpan {
			others++
		}
	}
	return others >= listDays
}

// showsDay tells whether the page shows the day (YYYY-MM-DD) around the
// article, outside the comments. A day the page calls an update
// ("Aktualisiert am …") does not count: it does not confirm a declared
// publication date.
func (p dateChoice) showsDay(day string) bool {
	found := false
	p.eachSeen(func(d seenDate) bool {
		around := p.anchor < 0 || d.pos >= p.anchor-dateShownBefore && d.pos-p.anchor <= dateShownAfter
		same := d.day == day || d.index >= 0 && p.dates[d.index].ambiguous && p.dates[d.index].swapped() == day
		found = !d.aside && d.kind != dateModified && around && same
		return !found && (p.anchor < 0 || d.pos-p.anchor <= dateShownAfter)
	})
	return found
}

// onlyDate is the day a page writes when it writes no other, or "". A
// date inside running prose ("am 29. August 1992 gegründet") is seldom the
// page's own: it can stand against another day, but not be the one day,
// unless it opens its text, as a dateline does ("01.02.2022 Der Markt …").
func (p dateChoice) onlyDate() string {
	day, value, shown := "", "", false
	for _, d := range p.dates {
		switch {
		case d.day == "" || d.aside || d.kind == dateOther || p.notLater(d.day) == "":
		case d.ambiguous || day != "" && d.day != day:
			return ""
		default:
			if day == "" {
				day, value = d.day, d.value(d.day)
			}
			shown = shown || d.line || d.opens
		}
	}
	if !shown {
		return ""
	}
	return value
}

// isUTC tells a date-time given in UTC.
func isUTC(s string) bool { return strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "+00:00") }

// nextDays tells whether the days a and b (YYYY-MM-DD) follow each other.
func nextDays(a, b string) bool {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	d := ta.Sub(tb)
	return err1 == nil && err2 == nil && (d == 24*time.Hour || d == -24*time.Hour)
}

// monthFirst tells a page in American English, where "05/06/2019" is
// May 6th.
func (p *page) monthFirst() bool {
	lang := strings.ToLower(firstNonEmpty(p.htmlLang, p.meta("og:locale")))
	return strings.HasPrefix(lang, "en-us") || strings.HasPrefix(lang, "en_us")
}

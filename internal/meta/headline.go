package meta

import (
	"strings"
)

// chooseHeadline picks the kicker and headline. The declared titles
// (JSON-LD headline, og:title, twitter:title, <title>) say what the page is
// about but often carry the site's name or a section; the visible headings
// are what readers see, but a page may have several, one being the logo.
// So the headline is the visible heading that the declared titles confirm
// best, else the most trusted declared title with the site's name cut off.
func chooseHeadline(p *page, ld jsonLD, site string, hosts ...string) (kicker, headline string) {
	refs := declaredTitles(p, ld)
	t := newTitleSet(refs, siteKeys(site, hosts...))
	ldDesc := ""
	if ld.article != nil {
		ldDesc = ld.article.description
	}
	desc := wordSet(firstNonEmpty(ldDesc, p.meta("og:description"), p.meta("description"), p.meta("twitter:description")))
	keys := make([]string, len(p.headings))
	h1s := 0
	for i, h := range p.headings {
		keys[i] = normKey(h.text)
		if h.h1 && !t.isSite(keys[i]) {
			h1s++
		}
	}
	best, bestScore := -1, 0.0
	for i, h := range p.headings {
		if len(h.text) > maxTitleBytes {
			continue
		}
		key := keys[i]
		if key == "" || t.isSite(key) {
			continue
		}
		if cut := t.cutSiteTail(h.text); cut != h.text { // "Headline | Site" as the heading
			p.headings[i].text, p.headings[i].parts = cut, []string{cut}
			key = normKey(cut)
		}
		s := t.confirm(key)
		if h.h1 {
			s = max(s, 0.6*contained(wordSet(key), desc))
		}
		if !h.h1 {
			// Other headings count only when a title names them, or, on a
			// page without <h1>, when they hold more than a word.
			if s < 0.9 && (h1s > 0 || !strings.Contains(key, " ")) {
				continue
			}
			if h1s > 0 {
				s *= 0.97
			}
		}
		// The page's only <h1> is its headline even when the titles put
		// it otherwise, unless it is a single word a title does not hold.
		if h.h1 && h1s == 1 && (s > 0 || t.weak()) {
			s = max(s, 0.5)
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 && bestScore >= 0.5 {
		p.anchor = p.headings[best].pos
		return t.splitKicker(p.headings[best])
	}
	if p.datesAtH1 >= 0 {
		p.anchor = p.h1Pos
	}
	for i, r := range refs {
		if s := t.stripSite(r, r == p.title || i == len(refs)-1); s != "" {
			return "", s
		}
	}
	return "", ""
}

// declaredTitles lists the page's declared titles, most trusted first.
// maxTitleBytes bounds the titles and headings the headline choice looks
// at: real headlines are far shorter.
const maxTitleBytes = 400

func declaredTitles(p *page, ld jsonLD) []string {
	var refs []string
	add := func(s string) {
		// A title over maxTitleBytes is markup gone wrong (an unclosed
		// <title> swallowing the page); splitting it at every separator
		// would cost time growing with the cube of its length.
		if s == "" || len(s) > maxTitleBytes {
			return
		}
		for _, r := range refs {
			if r == s {
				return
			}
		}
		refs = append(refs, s)
	}
	if a := ld.article; a != nil {
		add(a.headline)
		add(a.name)
	}
	add(p.meta("og:title"))
	add(p.meta("twitter:title"))
	add(p.props["headline"])
	add(p.meta("dc.title"))
	add(p.title)
	add(ld.pageName)
	return refs
}

// splitKicker takes the kicker off the chosen heading, and anything after
// the headline proper (a date, a site name). A heading made of separate
// parts ("<span>Kicker</span> Headline") or joined by a separator
// ("Kicker: Headline", "Kicker / Headline") is cut where a declared title
// confirms the headline better than the whole; without that, a short first
// part is the kicker. The line just before the heading is the kicker when a
// title joins the two (once the title's site and section parts are cut:
// "Brexit: Parlament vertagt Votum - Politik - SZ.de"). A date in the kicker's place is dropped.
func (t *titleSet) splitKicker(h heading) (kicker, headline string) {
	parts := trimPunctParts(h.parts)
	key := normKey(h.text)
	whole := t.confirm(key)
	bestK, bestH, bestS := "", "", whole
	try := func(k, hl string) {
		if s := t.confirm(normKey(hl)); s >= 0.9 && s > bestS {
			bestK, bestH, bestS = k, hl, s
		}
	}
	// A heading a title states exactly is not cut; one that a title
	// states only with more around it ("Kicker: Headline | Site") is cut
	// when another title confirms a part of it better.
	if whole < 1 {
		for i := range parts {
			for j := i + 1; j <= len(parts); j++ {
				if i == 0 && j == len(parts) {
					continue
				}
				run := joinParts(parts[i:j])
				if j < len(parts) && !isTail(t, joinParts(parts[j:])) && !t.isRef(normKey(run)) {
					continue
				}
				k := ""
				if i > 0 {
					k = joinParts(parts[:i])
				}
				try(k, run)
			}
		}
		for _, p := range splitTitle(h.text) {
			try(p.left, p.right)
			if isStrong(p.sep) && isTail(t, p.right) {
				try("", p.left)
			}
		}
		if bestH == "" {
			bestK, bestH = t.refSuffix(h.text, key)
		}
	}
	if bestH != "" {
		return cleanKicker(bestK), bestH
	}
	for _, p := range splitTitle(h.text) {
		if looksLikeDate(p.left) { // "23.01.2022 - Headline"
			return "", p.right
		}
	}
	if len(parts) >= 2 {
		k, rest := parts[0], joinParts(parts[1:])
		if kw, rw := len(strings.Fields(k)), len(strings.Fields(rest)); kw <= 10 && kw < rw {
			return cleanKicker(k), rest
		}
	}
	if pk := normKey(h.prev); pk != "" {
		for _, ps := range t.parts {
			for _, p := range ps {
				if p.lk == pk && (p.rk == key || normKey(t.stripSite(p.right, true)) == key) {
					return cleanKicker(h.prev), h.text
				}
			}
		}
	}
	return "", h.text
}

// refSuffix finds a declared title that ends the heading after a few words
// of its own ("Holocaust-Gedenktag Erinnerung an die Opfer" when a title
// says "Erinnerung an die Opfer"); those words are the kicker.
func (t *titleSet) refSuffix(text, key string) (kicker, headline string) {
	found := false
	for _, k := range t.keys {
		if len(k) < len(key) && strings.HasSuffix(key, " "+k) {
			found = true
			break
		}
	}
	if !found {
		return "", ""
	}
	words := strings.Fields(text)
	for i := 1; i < len(words) && i <= 10; i++ {
		if t.isRef(normKey(strings.Join(words[i:], " "))) {
			return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		}
	}
	return "", ""
}

// isTail tells what may follow a headline in the same heading and is not
// part of it: a date, the site's name.
func isTail(t *titleSet, s string) bool {
	s = strings.TrimFunc(s, isPunctOrSpace)
	return looksLikeDate(s) || t.isSite(normKey(s))
}

// cleanKicker trims the punctuation that joined a kicker to the headline;
// a date is no kicker.
func cleanKicker(k string) string {
	k = strings.TrimRightFunc(k, isPunctOrSpace)
	if looksLikeDate(k) || len(k) > maxKickerLen {
		return ""
	}
	return k
}

// trimPunctParts drops parts that are only punctuation (a ":" between
// spans).
func trimPunctParts(parts []string) []string {
	out := parts[:0:0]
	for _, p := range parts {
		if strings.TrimFunc(p, isPunctOrSpace) != "" {
			out = append(out, p)
		}
	}
	return out
}

// trimDecoration takes separators and arrows off the ends of a headline
// ("[> Jens Weber", "Über André Loibl |"): what is left of a site
// template around the title, never part of it. Quotes, brackets that
// close inside and sentence punctuation stay.
func trimDecoration(h string) string {
	const deco = "|>»«•·–—-*#/\\:[]<" + " \t"
	t := strings.TrimRight(strings.TrimLeft(h, deco), deco+"[(")
	if t == "" {
		return h
	}
	// A bracket opened at the start and closed inside belongs to the title.
	if strings.HasPrefix(h, "[") && strings.Contains(h, "]") && !strings.HasPrefix(t, "[") && strings.Index(h, "]") > 1 && !strings.HasPrefix(h, "[>") {
		return h
	}
	return t
}

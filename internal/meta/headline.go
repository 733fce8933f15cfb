package meta

import (
	"strings"
	"unicode"
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
	desc := wordSet(firstNonEmpty(p.meta("og:description"), p.meta("description"), p.meta("twitter:description")))
	if ld.article != nil && ld.article.description != "" {
		desc = wordSet(ld.article.description)
	}
	h1s := 0
	for _, h := range p.headings {
		if h.h1 && !t.isSite(normKey(h.text)) {
			h1s++
		}
	}
	best, bestScore := -1, 0.0
	for i, h := range p.headings {
		key := normKey(h.text)
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
func declaredTitles(p *page, ld jsonLD) []string {
	var refs []string
	add := func(s string) {
		if s == "" {
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

// titleSet holds the declared titles, their parts, and which parts name
// the site rather than the article.
type titleSet struct {
	refs      []string
	keys      []string               // normalised titles, in trust order
	words     []map[string]bool      // their word sets
	partWords [][][2]map[string]bool // word sets of each split's left and right side
	parts     [][]titlePart          // each title's splits
	site      map[string]bool        // normalised parts that name the site
	names     []string               // the site's names as given (site name, host)
}

// titlePart is one way to cut a title in two at a separator.
type titlePart struct {
	left, right string // as written
	lk, rk      string // normalised
	sep         string
}

// strongSeparators split a title into the headline and the site's name or
// section; spaces around them are required, so "Baden-Baden" stays whole.
// A colon is weaker: it joins a kicker to a headline.
var strongSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " « ", " » ", " › ", " • ", " / ", " │ ", " : "}

var kickerSeparators = []string{": "}

// siteSeparator tells the separators that, at the end of a document
// <title>, set off the site's name rather than a second headline part.
func siteSeparator(sep string) bool {
	switch sep {
	case " | ", " · ", " :: ", " • ", " » ", " › ", " │ ", " « ":
		return true
	}
	return false
}

func newTitleSet(refs, names []string) *titleSet {
	t := &titleSet{refs: refs, names: names, site: map[string]bool{}}
	for _, r := range refs {
		t.keys = append(t.keys, normKey(r))
		t.words = append(t.words, wordSet(r))
		ps := splitTitle(r)
		t.parts = append(t.parts, ps)
		pw := make([][2]map[string]bool, len(ps))
		for j, p := range ps {
			pw[j] = [2]map[string]bool{wordSet(p.lk), wordSet(p.rk)}
		}
		t.partWords = append(t.partWords, pw)
	}
	for _, n := range names {
		t.site[n] = true
	}
	// A part is the site's name when it says so (the site name, the host),
	// or when it is the side of a split whose other side is a title
	// elsewhere, or the shorter, trailing side.
	for _, ps := range t.parts {
		for _, p := range ps {
			if !isStrong(p.sep) || p.sep == " / " {
				continue
			}
			switch {
			case t.namesSite(p.rk, false):
				t.site[p.rk] = true
			case t.namesSite(p.lk, false):
				t.site[p.lk] = true
			case t.mentionsHost(p.rk) && !t.mentionsHost(p.lk):
				t.site[p.rk] = true
			case t.mentionsHost(p.lk) && !t.mentionsHost(p.rk) && len(strings.Fields(p.lk)) <= 4:
				t.site[p.lk] = true
			case t.isRef(p.lk):
				t.site[shortSide(p.rk, p.lk)] = true
			case t.isRef(p.rk):
				t.site[shortSide(p.lk, p.rk)] = true
			}
		}
	}
	return t
}

// shortSide picks the side of "A | B" that names the site when the other
// side, ref, is itself a declared title: the other one, unless the
// declared title is the much shorter side (og:title holding the site's
// name, the <title> holding "Headline | Site").
func shortSide(other, ref string) string {
	r, o := len(strings.Fields(ref)), len(strings.Fields(other))
	if r <= 3 && o >= 2*r {
		return ref
	}
	return other
}

func isStrong(sep string) bool {
	for _, s := range strongSeparators {
		if s == sep {
			return true
		}
	}
	return false
}

// splitTitle lists every cut of t at a separator.
func splitTitle(t string) []titlePart {
	var out []titlePart
	for _, sep := range append(strongSeparators[:len(strongSeparators):len(strongSeparators)], kickerSeparators...) {
		for i := 0; ; {
			j := strings.Index(t[i:], sep)
			if j < 0 {
				break
			}
			cut := i + j
			l, r := t[:cut], t[cut+len(sep):]
			if lk, rk := normKey(l), normKey(r); lk != "" && rk != "" {
				out = append(out, titlePart{left: strings.TrimSpace(l), right: strings.TrimSpace(r), lk: lk, rk: rk, sep: sep})
			}
			i = cut + len(sep)
		}
	}
	return out
}

func (t *titleSet) isRef(key string) bool {
	for _, k := range t.keys {
		if k == key {
			return true
		}
	}
	return false
}

// isSite tells whether a normalised title part names the site. A part that
// a declared title states whole is held to the stricter test: "15 Jahre
// example.net" is a headline even on example.net.
func (t *titleSet) isSite(key string) bool {
	return t.site[key] || t.namesSite(key, t.isRef(key))
}

// namesSite tells whether a normalised title part is the site's name: it
// is one of the names, or a short part that holds one (a host label like
// "dimido" in "DimidoBlog") or is held by one.
func (t *titleSet) namesSite(key string, strict bool) bool {
	if key == "" {
		return false
	}
	compact := compactKey(key)
	for _, n := range t.names {
		c := compactKey(n)
		switch {
		case key == n || compact == c:
			return true
		case len(compact) >= 4 && strings.Contains(c, compact) && len(compact)*2 >= len(c):
			return true
		case !strict && len(c) >= 5 && strings.Contains(compact, c) && len(compact) <= 2*len(c) && len(strings.Fields(key)) <= 4:
			return true
		}
	}
	return false
}

// weak tells titles that say too little to overrule the page's only
// heading: none at all, or only names of one or two words ("Home",
// "Anwalt Niemeyer").
func (t *titleSet) weak() bool {
	for _, r := range t.refs {
		if len(strings.Fields(t.stripSite(r, false))) > 2 {
			return false
		}
	}
	return true
}

// mentionsHost tells whether a normalised part holds a label of the
// site's host name ("talent" in "TALENT Schweiz" on talent.ch).
func (t *titleSet) mentionsHost(key string) bool {
	compact := compactKey(key)
	for _, n := range t.names {
		if !strings.Contains(n, " ") && len(n) >= 4 && strings.Contains(compact, compactKey(n)) {
			return true
		}
	}
	return false
}

// confirm scores how well the declared titles confirm a heading: 1 for a
// title equal to it, a little less for a title that is it plus a site
// name or a kicker, and the word overlap otherwise.
func (t *titleSet) confirm(key string) float64 {
	best := 0.0
	words := wordSet(key)
	for i, k := range t.keys {
		trust := 1 - 0.02*float64(i)
		if k == key {
			return trust
		}
		for j, p := range t.parts[i] {
			if !t.site[p.lk] && isStrong(p.sep) { // before a colon stands a kicker
				if p.lk == key {
					best = max(best, 0.96*trust)
				}
				best = max(best, 0.8*trust*dice(words, t.partWords[i][j][0]))
			}
			if !t.site[p.rk] {
				if p.rk == key {
					best = max(best, 0.9*trust)
				}
				best = max(best, 0.8*trust*dice(words, t.partWords[i][j][1]))
			}
		}
		best = max(best, 0.8*trust*dice(words, t.words[i]))
	}
	return best
}

// splitKicker takes the kicker off the chosen heading, and anything after
// the headline proper (a date, a site name). A heading made of separate
// parts ("<span>Kicker</span> Headline") or joined by a separator
// ("Kicker: Headline", "Kicker / Headline") is cut where a declared title
// confirms the headline better than the whole; without that, a short first
// part is the kicker. The line just before the heading is the kicker when a
// title joins the two. A date in the kicker's place is dropped.
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
	if whole < 0.9 { // a heading a title states whole is not cut
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
				if p.rk == key && p.lk == pk {
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

// stripSite cuts the parts that name the site, and a short section or
// archive part next to them, from a title: "Headline - Politik - SZ.de" →
// "Headline", "Site » Blog Archive » Headline" → "Headline". A document
// <title> (isDocTitle) also loses a short last part after " | " and the
// like, the place where sites put their names.
func (t *titleSet) stripSite(title string, isDocTitle bool) string {
	for range 4 {
		cut := false
		for _, p := range splitTitle(title) {
			switch {
			case t.isSite(p.rk) || t.isSiteStart(p.rk):
				title, cut = p.left, true
			case isStrong(p.sep) && t.isSite(p.lk):
				title, cut = p.right, true
				if q := splitTitle(title); len(q) > 0 && isStrong(q[0].sep) && len(strings.Fields(q[0].left)) <= 2 &&
					len(strings.Fields(q[0].right)) > 2 {
					title = q[0].right
				}
			}
			if cut {
				break
			}
		}
		if !cut {
			break
		}
	}
	if isDocTitle {
		var last *titlePart
		ps := splitTitle(title)
		for i, p := range ps {
			if siteSeparator(p.sep) && (last == nil || len(p.right) < len(last.right)) {
				last = &ps[i]
			}
		}
		if last != nil && len(strings.Fields(last.right)) <= 4 && len(strings.Fields(last.left)) >= 2 {
			title = last.left
		}
	}
	return title
}

// cutSiteTail cuts a part from the end of a heading that names the site
// by its name or host ("Headline | Example News" on example.com).
func (t *titleSet) cutSiteTail(text string) string {
	for _, p := range splitTitle(text) {
		if isStrong(p.sep) && p.sep != " / " && (t.namesSite(p.rk, false) || t.mentionsHost(p.rk) && !t.mentionsHost(p.lk)) {
			return p.left
		}
	}
	return text
}

// isSiteStart tells a tail like "Politik - SZ.de" whose last part names the site.
func (t *titleSet) isSiteStart(key string) bool {
	for _, p := range splitTitle(key) {
		if isStrong(p.sep) && (t.isSite(p.rk) && len(strings.Fields(p.lk)) <= 3 || t.isSite(p.lk)) {
			return true
		}
	}
	return false
}

// siteKeys are normalised names the site goes by: its stated name, its
// host name and the host's main label.
func siteKeys(site string, hosts ...string) []string {
	var keys []string
	if k := normKey(site); k != "" {
		keys = append(keys, k)
	}
	for _, host := range hosts {
		if host == "" {
			continue
		}
		keys = append(keys, host)
		labels := strings.Split(host, ".")
		for _, l := range labels[:len(labels)-1] {
			if len(l) >= 4 && !genericHostLabel[l] {
				keys = append(keys, l)
			}
		}
	}
	return keys
}

// genericHostLabel are host labels that name a hosting service or a
// subdomain role, not a site.
var genericHostLabel = map[string]bool{
	"www": true, "blog": true, "blogs": true, "news": true, "wordpress": true, "blogspot": true,
	"hypotheses": true, "archive": true, "amp": true, "mobile": true, "online": true,
}

func compactKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// wordSet is the set of lower-case words of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	s = strings.Map(foldPunct, strings.ToLower(s))
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		set[w] = true
	}
	return set
}

// contained is the share of a's words that b holds, for a of three words
// or more (a heading that the description repeats).
func contained(a, b map[string]bool) float64 {
	if len(a) < 3 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// dice is the Dice coefficient of two word sets.
func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	return 2 * float64(both) / float64(len(a)+len(b))
}

// normKey is s lower case with white space collapsed, typographic quotes
// and dashes made plain and punctuation at both ends trimmed, for
// comparing titles.
func normKey(s string) string {
	s = strings.TrimFunc(collapse(s), isPunctOrSpace)
	return strings.Map(foldPunct, strings.ToLower(s))
}

func foldPunct(r rune) rune {
	if invisible(r) {
		return -1
	}
	switch r {
	case '‘', '’', '‚', '‛', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '«', '»':
		return '"'
	case '–', '—', '‒', '―':
		return '-'
	case '\u00a0':
		return ' '
	}
	return r
}

func isPunctOrSpace(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }

package meta

// title_set.go: the declared titles of a page cut at their separators, and
// which of their parts name the site rather than the article.

import (
	"strings"
	"unicode"
)

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

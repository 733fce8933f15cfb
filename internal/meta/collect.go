package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of the one walk over the tree. Metadata sits near the top of a
// page; deeper nesting than maxDepth is not looked into.
const (
	maxDepth     = 512
	maxHeadings  = 12 // <h1> and itemprop=headline elements
	maxSubheads  = 24 // <h2> elements
	maxScripts   = 32
	maxTimes     = 32
	maxKickerLen = 120 // bytes of a line that may be a kicker
)

// page holds what the walk found, before any choice is made.
type page struct {
	metas     map[string]string // <meta> by lower-case name, property or itemprop: first non-empty content
	metaTags  []string          // every article:tag
	title     string            // the document <title>
	htmlLang  string            // lang or xml:lang of <html>
	canonical string            // href of <link rel=canonical>
	headings  []heading         // <h1>, <h2> and itemprop=headline elements, in document order
	subheads  int               // how many of the headings are <h2>
	scripts   []string          // JSON-LD script bodies
	times     []timeDate        // datetime attributes of <time>
	props     map[string]string // itemprop values of elements other than <meta>: first one

	dates     []textDate  // dates written in the page's text, in order
	dateCtx   dateContext // what the elements around the walk say about dates (comments)
	prevText  string      // the end of the last text node, for the words before a date
	pieces    datePieces  // the last short texts, for a date written in pieces
	datesAtH1 int         // how many of them come before the first <h1>; -1 before it is met
	h1Pos     int         // bytes of text before the first <h1>

	lead      []string     // text nodes around the first <h1>: a few before, then up to maxLeadText bytes after
	leadLen   int          // bytes of lead after the first <h1>
	bylines   []bylineText // texts of elements marked as author or byline (class, id, rel, itemprop)
	credits   []bylineText // short texts that open like a byline ("Von …", "By …")
	pending   string       // a bare "By" waiting for the name in the next text
	anchor    int          // text position of the chosen headline, -1 when unknown (set by chooseHeadline)
	root      *html.Node   // the document, for the rare second look at its whole text
	textBytes int          // bytes of text scanned for dates
}

// heading is one headline candidate in the visible page.
type heading struct {
	text  string   // its text, whitespace collapsed
	parts []string // its text split where child elements start and end
	prev  string   // text of the element just before it, when short (a kicker candidate)
	pos   int      // bytes of page text before it
	h1    bool
}

func (p *page) meta(key string) string { return p.metas[key] }

func (p *page) tags() []string {
	if len(p.metaTags) > 0 {
		return p.metaTags
	}
	return splitList(firstNonEmpty(p.meta("news_keywords"), p.meta("parsely-tags"), p.meta("sailthru.tags"), p.meta("keywords")))
}

// collect walks the tree once and records every metadata source.
func collect(doc *html.Node) *page {
	p := &page{metas: make(map[string]string, 32), props: map[string]string{}, datesAtH1: -1, anchor: -1, root: doc}
	p.walk(doc, 0)
	return p
}

func (p *page) walk(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			p.scanText(c.Data)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if c.Namespace != "" { // svg and math: their <title> is not the page's
			continue
		}
		if p.visit(c) {
			around := p.dateCtx
			p.dateCtx = enterDates(c, around)
			p.walk(c, depth+1)
			p.dateCtx = around
		}
	}
}

// visit records what element n says and reports whether to look inside it.
func (p *page) visit(n *html.Node) bool {
	if prop := attr(n, "itemprop"); prop != "" && n.DataAtom != atom.Meta {
		p.addProp(n, prop)
	}
	if len(p.bylines) < maxBylines && n.DataAtom != atom.Meta && n.DataAtom != atom.Link && n.DataAtom != atom.Body &&
		n.DataAtom != atom.Html && marksByline(n) {
		if t := textUpTo(n, maxBylineLen); len(t) <= maxBylineLen {
			if t = collapse(t); t != "" {
				p.bylines = append(p.bylines, bylineText{t, p.textBytes})
			}
		}
	}
	switch n.DataAtom {
	case atom.Html:
		p.htmlLang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
	case atom.Meta:
		p.addMeta(n)
		return false
	case atom.Link:
		if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			p.canonical = attr(n, "href")
		}
		return false
	case atom.Title:
		if p.title == "" {
			p.title = collapse(textOf(n))
		}
		return false
	case atom.Script:
		if len(p.scripts) < maxScripts && isJSONLD(attr(n, "type")) && n.FirstChild != nil {
			p.scripts = append(p.scripts, n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Template, atom.Noscript, atom.Iframe:
		return false
	case atom.Time:
		p.addTime(n)
	case atom.H1:
		if p.datesAtH1 < 0 {
			p.datesAtH1, p.h1Pos = len(p.dates), p.textBytes
		}
		p.addHeading(n, true)
		p.scanHeadingDates(n, 0)
		return false
	case atom.H2:
		if p.subheads < maxSubheads {
			p.subheads++
			p.addHeading(n, false)
		}
		p.scanHeadingDates(n, 0)
		return false
	}
	return true
}

// Limits of the text kept for finding bylines.
const (
	maxLeadBefore = 6    // text nodes kept before the first <h1>
	maxLeadText   = 4000 // bytes of text kept after it
	maxBylines    = 16
	maxBylineLen  = 200
)

// scanText records the dates written in a text node of the page, and the
// text around the first <h1>, where bylines are.
func (p *page) scanText(s string) {
	t := strings.TrimSpace(s)
	if t != "" && len(p.credits) < maxBylines {
		switch {
		case p.pending != "":
			p.credits = append(p.credits, bylineText{p.pending + " " + t, p.textBytes})
			p.pending = ""
		case isBylinePrefix(t):
			p.pending = strings.TrimLeft(t, "|·•-–— ") // "| By " before the name's own element
		case len(t) <= maxBylineLen && trimBylinePrefix(t) != t:
			p.credits = append(p.credits, bylineText{t, p.textBytes})
		}
	}
	if t != "" && len(t) <= maxBylineLen*4 {
		switch {
		case p.datesAtH1 < 0:
			if len(p.lead) == maxLeadBefore {
				copy(p.lead, p.lead[1:])
				p.lead = p.lead[:maxLeadBefore-1]
			}
			p.lead = append(p.lead, t)
		case p.leadLen < maxLeadText:
			p.lead = append(p.lead, t)
			p.leadLen += len(t)
		}
	}
	p.addTextDates(s)
}

func (p *page) addMeta(n *html.Node) {
	content := collapse(attr(n, "content"))
	if content == "" {
		return
	}
	if eq := strings.ToLower(attr(n, "http-equiv")); eq == "content-language" {
		p.setMeta("content-language", content)
	}
	for _, k := range [...]string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if key == "article:tag" {
			p.metaTags = append(p.metaTags, content)
		}
		p.setMeta(key, content)
	}
}

func (p *page) setMeta(key, value string) {
	if _, ok := p.metas[key]; !ok {
		p.metas[key] = value
	}
}

// findProp finds the first element below n with the itemprop prop.
func findProp(n *html.Node, prop string, depth int) *html.Node {
	if depth > 8 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasToken(attr(c, "itemprop"), prop) {
			return c
		}
		if f := findProp(c, prop, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// addProp records a microdata property of a visible element: its
// machine-readable value where HTML gives one, else its text.
func (p *page) addProp(n *html.Node, props string) {
	for _, prop := range strings.Fields(props) {
		if prop == "headline" {
			p.addHeading(n, false)
		}
		if _, ok := p.props[prop]; ok {
			continue
		}
		var v string
		switch n.DataAtom {
		case atom.Time:
			v = attr(n, "datetime")
		case atom.A, atom.Link:
			v = attr(n, "href")
		case atom.Img:
			v = attr(n, "src")
		}
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" && prop == "author" {
			if name := findProp(n, "name", 0); name != nil {
				v = firstNonEmpty(attr(name, "content"), collapse(textUpTo(name, maxBylineLen)))
			}
		}
		if v == "" {
			v = collapse(textUpTo(n, maxText))
		}
		if v != "" {
			p.props[prop] = v
		}
	}
}

func (p *page) addHeading(n *html.Node, h1 bool) {
	if len(p.headings)-p.subheads >= maxHeadings && n.DataAtom != atom.H2 {
		return
	}
	var parts []string
	var b strings.Builder
	headingParts(n, &b, &parts, 0)
	if s := collapse(b.String()); s != "" {
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return
	}
	h := heading{text: joinParts(parts), parts: parts, h1: h1, pos: p.textBytes}
	if prev := previousElement(n); prev != nil {
		if s := textUpTo(prev, 2*maxKickerLen); len(s) <= 2*maxKickerLen {
			if s = collapse(s); len(s) <= maxKickerLen {
				h.prev = s
			}
		}
	}
	for _, old := range p.headings { // an h1 with itemprop=headline is seen twice
		if old.text == h.text {
			return
		}
	}
	p.headings = append(p.headings, h)
}

// headingParts splits the text of a heading where block-like children or
// <br> start and end, so "<span>Kicker</span> Headline" gives two parts.
func headingParts(n *html.Node, b *strings.Builder, parts *[]string, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if skipText(c) {
				continue
			}
			if isInline(c) {
				headingParts(c, b, parts, depth+1)
				continue
			}
			flush := func() {
				if s := collapse(b.String()); s != "" {
					*parts = append(*parts, s)
				}
				b.Reset()
			}
			flush()
			headingParts(c, b, parts, depth+1)
			flush()
		}
	}
}

// isInline tells elements that run on inside a heading's text from those
// that set a part apart (a <span> or <div> wrapper usually does).
func isInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Em, atom.I, atom.B, atom.Strong, atom.Q, atom.Abbr, atom.Sup, atom.Sub,
		atom.Small, atom.Mark, atom.U, atom.S, atom.Cite, atom.Font, atom.Wbr, atom.Nobr,
		atom.Ruby, atom.Rb, atom.Code, atom.Kbd, atom.Var, atom.Dfn, atom.Bdi, atom.Bdo,
		atom.Del, atom.Ins, atom.Data:
		return true
	}
	return false
}

// previousElement is the element just before n: its previous element
// sibling, or its parent's when n comes first.
func previousElement(n *html.Node) *html.Node {
	for up := 0; n != nil && up < 2; up, n = up+1, n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && !skipText(s) {
				return s
			}
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil
			}
		}
	}
	return nil
}

// skipText tells elements whose content is not visible text.
func skipText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Iframe, atom.Button, atom.Select,
		atom.Rt, atom.Rp:
		return true
	}
	_, hidden := attrOK(n, "hidden")
	return hidden || attr(n, "aria-hidden") == "true"
}

// maxText bounds the text read from one element.
const maxText = 1 << 16

// textOf is the visible text below n, not collapsed.
func textOf(n *html.Node) string { return textUpTo(n, maxText) }

// textUpTo is textOf that stops reading once it has more than limit bytes.
func textUpTo(n *html.Node, limit int) string {
	var b strings.Builder
	appendText(&b, n, 0, limit)
	return b.String()
}

func appendText(b *strings.Builder, n *html.Node, depth, limit int) {
	if depth > maxDepth || b.Len() > limit {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if skipText(c) && n.DataAtom != atom.Title {
				continue
			}
			if c.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
			appendText(b, c, depth+1, limit)
			if !isInline(c) {
				b.WriteByte(' ')
			}
		}
	}
}

func isJSONLD(typ string) bool {
	typ, _, _ = strings.Cut(typ, ";")
	return strings.EqualFold(strings.TrimSpace(typ), "application/ld+json")
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasToken reports whether the space-separated list s holds tok (ASCII case-insensitive).
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// bylineText is the text of an element marked as byline, and the bytes of
// page text before it.
type bylineText struct {
	text string
	pos  int
}

// nearHeadline tells whether a text at pos is near the headline: in the
// kilobyte before it or the first few kilobytes after it. Without a known
// headline position everything is.
func (p *page) nearHeadline(pos int) bool {
	return p.anchor < 0 || pos >= p.anchor-1000 && pos <= p.anchor+maxLeadText
}

// marksByline tells an element its markup calls an author credit: a
// class or id naming the author or byline (in English, German, French,
// Italian or Spanish) and not a comment, rel=author, itemprop=author, or
// a link to an author's page. It reads the attributes once.
func marksByline(n *html.Node) bool {
	named, comment := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "rel", "itemprop":
			if hasToken(a.Val, "author") {
				return true
			}
		case "href":
			if n.DataAtom == atom.A && isAuthorPage(a.Val) {
				return true
			}
		case "class", "id":
			if len(a.Val) >= 5 {
				b, c := bylineWords(a.Val)
				named, comment = named || b, comment || c
			}
		}
	}
	return named && !comment
}

// bylineWords tells whether a class or id names a byline or an author
// ("byline", "author", "autor", "autore", "auteur", "verfasser") and
// whether it names a comment, in one pass.
func bylineWords(v string) (byline, comment bool) {
	for i := 0; i < len(v); i++ {
		switch v[i] | 0x20 {
		case 'a':
			byline = byline || hasFoldPrefix(v[i:], "author") || hasFoldPrefix(v[i:], "autor") || hasFoldPrefix(v[i:], "auteur")
		case 'b':
			byline = byline || hasFoldPrefix(v[i:], "byline")
		case 'v':
			byline = byline || hasFoldPrefix(v[i:], "verfasser")
		case 'c':
			comment = comment || hasFoldPrefix(v[i:], "comment")
		}
	}
	return byline, comment
}

// hasFoldPrefix reports whether s opens with the lower-case ASCII word
// prefix, in any case.
func hasFoldPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether s holds the lower-case ASCII word sub in
// any case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// authorDirs are the path segments under which sites keep their authors'
// pages ("/author/anna-berg/", "/autoren/anna-berg").
var authorDirs = []string{"author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autores", "autori", "auteurs", "autorzy"}

// isAuthorPage tells a link to an author's page: a path with an author
// directory followed by a name ("/author/anna-berg/", "/team/autoren/anna-berg.html").
func isAuthorPage(href string) bool {
	if !containsFold(href, "/aut") {
		return false // most links: no author directory
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			return false
		}
	}
	segs := strings.Split(strings.Trim(href, "/"), "/")
	for i, s := range segs[:max(len(segs)-1, 0)] {
		for _, d := range authorDirs {
			if strings.EqualFold(s, d) && segs[i+1] != "" {
				return true
			}
		}
	}
	return false
}

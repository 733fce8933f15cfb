package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// authorMetas name the <meta> keys (lower case) that carry authors, most
// trusted first.
var authorMetas = []string{
	"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
	"byl", "og:article:author", "citation_author",
}

// agencyNames are news agencies and desk credits, lower case. A credit of
// one of these goes to Agencies, not Authors.
var agencyNames = map[string]bool{
	"dpa": true, "afp": true, "reuters": true, "ap": true, "apa": true, "kna": true, "epd": true, "sid": true,
	"dts": true, "ddp": true, "dapd": true, "idea": true, "sda": true, "keystone-sda": true, "ats": true,
	"ansa": true, "efe": true, "europa press": true, "anp": true, "belga": true, "pap": true, "ctk": true,
	"aap": true, "upi": true, "xinhua": true, "tass": true, "ria novosti": true, "kyodo": true, "bloomberg": true,
	"associated press": true, "agence france-presse": true, "deutsche presse-agentur": true, "red": true,
	"redaktion": true, "agenturen": true, "agentur": true, "ots": true, "staff": true, "newsroom": true,
	"editorial": true, "rédaction": true, "redacción": true, "redazione": true, "redactie": true, "redakcja": true,
	"agencia": true, "agence": true, "agenzia": true, "agencja": true, "kathpress": true, "jiji": true, "ips": true,
	"evangelischer pressedienst": true, "katholische nachrichten-agentur": true, "sport-informations-dienst": true,
}

// chooseAuthors picks the article's authors, the agencies credited and
// the dateline's place, from the most telling source the page has:
//
//  1. the machine-readable credits (JSON-LD, else the author metas, else
//     microdata) that the page also shows near the headline, in a byline
//     when it has one;
//  2. else a byline the page shows near the headline;
//  3. else the machine credits the page shows in any byline;
//  4. else a line anywhere that can only be a byline ("Autor: …").
//
// Credits the page declares but never shows are left out: they are most
// often a site-wide default (the CMS account, the editor in chief), and
// no credit is better than a wrong one.
func chooseAuthors(p *page, ld jsonLD, siteKeys []string) (authors, agencies []string, dateline string) {
	machine := machineCredits(p, ld, siteKeys)
	var near, nearLines, all string
	if len(machine) > 0 {
		near, nearLines, all = p.creditTexts()
	}
	byline, place := p.visibleByline(siteKeys, true)
	chosen := shownIn(machine, near)
	if len(byline) > 0 && len(chosen) > 0 && len(shownIn(chosen, nearLines)) == 0 {
		chosen = nil // declared credits the page mentions only in its text yield to its byline
	}
	if len(chosen) == 0 || people(byline) > people(chosen) && len(shownIn(chosen, creditNames(byline))) == len(chosen) {
		chosen = byline // the byline names all the declared credits and more people
	}
	if len(chosen) == 0 {
		chosen = shownIn(machine, all)
	}
	if len(chosen) == 0 && len(machine) > 0 && len(machine) <= maxDeclared && allPeople(machine) {
		chosen = shownIn(machine, p.bodyText()) // in an author box or a signature
	}
	if len(chosen) == 0 {
		byline, place = p.visibleByline(siteKeys, false)
		chosen = byline
	}
	if lead, leadPlace := p.agencyLead(); lead.name != "" {
		if len(chosen) == 0 {
			chosen = []credit{lead}
		}
		if place == "" {
			place = leadPlace
		}
	}
	if len(chosen) == 1 && !chosen[0].agency && !strings.Contains(chosen[0].name, " ") {
		machine = append(machine, p.nearCredits(siteKeys)...) // where the full name may be
	}
	for _, c := range chosen {
		c = fullName(c, machine)
		if !c.agency && !strings.Contains(c.name, " ") {
			c = p.writtenOut(c)
		}
		if c.agency {
			agencies = append(agencies, c.name)
		} else {
			authors = append(authors, c.name)
		}
	}
	return authors, agencies, place
}

// agencyLead reads the opening of an agency report: "Hamburg (dpa/lno) –
// …", "BERLIN (AP) — …" gives the agency and the dateline's place.
func (p *page) agencyLead() (credit, string) {
	for _, l := range p.lead {
		open := strings.Index(l, " (")
		if open <= 0 || open > 40 {
			continue
		}
		end := strings.IndexByte(l[open:], ')')
		if end < 0 {
			continue
		}
		agency, rest := l[open+2:open+end], strings.TrimSpace(strings.TrimPrefix(l[open+end+1:], ".")) // "MADRID (EFE).- …"
		place := l[:open]
		if !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "-") &&
			!strings.HasPrefix(rest, ":") {
			continue
		}
		if !isAgency(agency) || len(strings.Fields(place)) > 3 || strings.ContainsAny(place, "0123456789.:;!?") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(place); !unicode.IsUpper(r) {
			continue
		}
		return credit{agency, true}, place
	}
	return credit{}, ""
}

// nearCredits are the credits of every line near the headline that opens
// like a byline.
func (p *page) nearCredits(siteKeys []string) []credit {
	var cs []credit
	for _, c := range p.credits {
		if p.nearHeadline(c.pos) {
			more, _ := parseByline(c.text, false, siteKeys)
			cs = append(cs, more...)
		}
	}
	return cs
}

// fullName is the declared or written-out name a byline gives by its
// first name only ("By Pamela" for "Pamela Anderson"), else c.
func fullName(c credit, declared []credit) credit {
	if c.agency || strings.Contains(c.name, " ") {
		return c
	}
	for _, d := range declared {
		if first, _, ok := strings.Cut(d.name, " "); ok && !d.agency && strings.EqualFold(first, c.name) {
			return d
		}
	}
	return c
}

// writtenOut is the full name the text near the headline writes for a
// credit given by its first name only ("Nils" where the page says "Eine
// Kolumne von Nils Pickert"), else c.
func (p *page) writtenOut(c credit) credit {
	for _, l := range p.lead {
		i := strings.Index(l, c.name+" ")
		if i < 0 || i > 0 && unicode.IsLetter(rune(l[i-1])) {
			continue
		}
		rest := strings.Fields(l[i+len(c.name)+1:])
		if len(rest) == 0 {
			continue
		}
		next := strings.TrimRight(rest[0], ",.;:")
		if name := c.name + " " + next; utf8.RuneCountInString(next) >= 2 && looksLikeName(name) && !isOrganization(strings.ToLower(name)) {
			return credit{name, false}
		}
	}
	return c
}

// maxDeclared is the most declared authors taken on the strength of the
// page's text naming them somewhere.
const maxDeclared = 4

// allPeople tells credits that all name a person by at least two words.
func allPeople(cs []credit) bool {
	for _, c := range cs {
		if c.agency || !strings.Contains(c.name, " ") {
			return false
		}
	}
	return true
}

// bodyText is the text of the page's <body>, up to maxBodyText bytes.
func (p *page) bodyText() string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth || b.Len() > maxBodyText {
			return
		}
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head ||
			n.DataAtom == atom.Template || n.DataAtom == atom.Noscript):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	if p.root != nil {
		walk(p.root, 0)
	}
	return collapse(b.String())
}

// maxBodyText bounds the text bodyText reads.
const maxBodyText = 1 << 20

// people counts the credits that are not agencies.
func people(cs []credit) int {
	n := 0
	for _, c := range cs {
		if !c.agency {
			n++
		}
	}
	return n
}

// creditNames is the lower-case names of cs, one per line.
func creditNames(cs []credit) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(strings.ToLower(c.name))
		b.WriteByte('\n')
	}
	return b.String()
}

// creditTexts are the text near the headline (lead, bylines and credit
// lines), the byline and credit lines near it, and every byline and credit
// line of the page.
func (p *page) creditTexts() (near, nearLines, all string) {
	var b strings.Builder
	for _, l := range p.lead {
		b.WriteString(l)
		b.WriteByte(' ')
	}
	leadLen := b.Len()
	var far strings.Builder
	for _, lines := range [...][]bylineText{p.bylines, p.credits} {
		for _, l := range lines {
			if p.nearHeadline(l.pos) {
				b.WriteString(l.text)
				b.WriteByte('\n')
			} else {
				far.WriteString(l.text)
				far.WriteByte('\n')
			}
		}
	}
	text := b.String()
	return text, text[leadLen:], text[leadLen:] + far.String()
}

// shownIn are the credits whose names the text holds, in any case.
func shownIn(cs []credit, text string) []credit {
	var out []credit
	for _, c := range cs {
		if hasFold(text, c.name) {
			out = append(out, c)
		}
	}
	return out
}

// hasFold reports whether s holds sub under Unicode case folding, without
// lowering s (which is long) first.
func hasFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(sub)
	for i := 0; i+len(sub) <= len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && first < utf8.RuneSelf && c|0x20 != byte(first)|0x20 {
			continue
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// machineCredits are the credits the page declares for machines: JSON-LD
// author objects, else the first author meta that is not a URL, else the
// microdata author.
func machineCredits(p *page, ld jsonLD, siteKeys []string) []credit {
	var cs []credit
	if a := ld.article; a != nil {
		for _, au := range a.authors {
			cs = appendCredits(cs, au.name, au.org, siteKeys)
		}
	}
	if len(cs) > 0 {
		return cs
	}
	for _, k := range authorMetas {
		if v := p.meta(k); v != "" && !isURLish(v) {
			cs = appendCredits(cs, v, false, siteKeys)
			break
		}
	}
	if len(cs) == 0 {
		if v := p.props["author"]; v != "" && !isURLish(v) {
			cs = appendCredits(cs, v, false, siteKeys)
		}
	}
	return cs
}

// credit is one name credited with the article.
type credit struct {
	name   string
	agency bool
}

// appendCredits adds the names of a declared credit, skipping repeats, the
// site's own name, account names and what is not a name. org marks a
// credit the source declares an organisation.
func appendCredits(cs []credit, s string, org bool, siteKeys []string) []credit {
	s = cleanCredit(trimBylinePrefix(collapse(s)))
	if isOrganization(strings.ToLower(s)) && !isAgency(s) {
		return cs
	}
	names := splitNames(s)
	if singleWords(names) && !org {
		return cs
	}
	for _, name := range names {
		key := strings.ToLower(name)
		switch {
		case isAgency(name):
			cs = appendCredit(cs, credit{name, true})
		case namesAnySite(key, siteKeys) || isDomain(name) || accountNames[key] ||
			isOrganization(key) || degrees[strings.Trim(key, ".")]:
			// a site, a CMS account or an organisation is no author
		case org:
			cs = appendCredit(cs, credit{name, true})
		case looksLikeName(name) || isHandle(name) || plainName(name):
			cs = appendCredit(cs, credit{name, false})
		}
	}
	return cs
}

// visibleByline reads the credits the page shows. Near the headline
// (near set) that is an element marked as byline, else a line that opens
// like a byline ("Von …", "By …"); elsewhere only a line that opens like
// nothing but a byline ("Autor: …", "Posted by …").
func (p *page) visibleByline(siteKeys []string, near bool) ([]credit, string) {
	if !near {
		for _, c := range p.credits {
			if hasPrefixFold(c.text, strongPrefixes) {
				if cs, place := parseByline(c.text, true, siteKeys); len(cs) > 0 {
					return cs, place
				}
			}
		}
		return nil, ""
	}
	for _, b := range p.bylines {
		if p.nearHeadline(b.pos) {
			if cs, place := parseByline(b.text, true, siteKeys); len(cs) > 0 {
				return cs, place
			}
		}
	}
	for _, c := range p.credits {
		if p.nearHeadline(c.pos) {
			if cs, place := parseByline(c.text, true, siteKeys); len(cs) > 0 {
				return cs, place
			}
		}
	}
	return nil, ""
}

// accountNames are CMS account names that sites leave as author.
var accountNames = map[string]bool{
	"admin": true, "administrator": true, "publisher": true, "editor": true, "super user": true, "user": true,
	"webmaster": true, "unknown": true, "anonymous": true, "gast": true, "guest": true, "root": true, "author": true,
	"autor": true, "redakteur": true, "wordpress": true, "system": true, "name": true, "e-mail": true,
	"website": true, "anónimo": true, "anonym": true, "anonyme": true, "auteur": true, "auteurs": true, "autoren": true, "authors": true,
}

// organizationParts mark a credit that names an organisation, not a
// person, wherever they stand in a word ("Beispielverlag").
var organizationParts = []string{
	"verlag", "ministerium", "institut", "verband", "gesellschaft", "stiftung", "universität", "university",
	"department", "departement", "département", "agency", "anstalt", "landesamt", "bundesamt", "fraktion", "pressestelle", "abteilung", "feuerwehr", "behörde", "kreuz",
}

// organizationWords are whole words that mark an organisation, or an
// address, which only organisations give as author ("…, Frankfurt,
// Germany").
var organizationWords = map[string]bool{
	"gmbh": true, "ag": true, "e.v": true, "ev": true, "inc": true, "ltd": true, "llc": true, "corp": true,
	"kg": true, "ohg": true, "plc": true, "foundation": true, "partei": true, "germany": true, "deutschland": true,
	"österreich": true, "austria": true, "schweiz": true, "switzerland": true, "club": true,
}

func isOrganization(key string) bool {
	for _, w := range organizationParts {
		if strings.Contains(key, w) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if organizationWords[strings.Trim(w, ".")] {
			return true
		}
	}
	return strings.HasPrefix(key, "bundes")
}

// isAgency tells a credit that names a news agency or a desk: a known
// agency ("dpa", "AFP/dpa"), or a newsroom credit ("SZ-Redaktion", "red").
func isAgency(name string) bool {
	key := strings.ToLower(strings.TrimSpace(name))
	for _, article := range [...]string{"die ", "the ", "la ", "le ", "il ", "el ", "de ", "l'", "l’"} {
		if k := strings.TrimPrefix(key, article); k != key && agencyNames[k] {
			return true // "Die Redaktion", "La rédaction", "l'agenzia"
		}
	}
	if agencyNames[key] {
		return true
	}
	if strings.HasSuffix(key, "redaktion") || strings.HasSuffix(key, "team") || strings.HasSuffix(key, " staff") || strings.HasSuffix(key, " desk") ||
		strings.HasPrefix(key, "redaktion ") {
		return true
	}
	all := true
	for _, f := range strings.FieldsFunc(key, func(r rune) bool { return r == '/' || r == ' ' || r == '-' }) {
		if !agencyNames[f] {
			all = false
		}
	}
	return all && key != "" || strings.Contains(key, "/") && isDeskCredit(key)
}

func isURLish(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// namesAnySite tells a credit that is the site's own name.
func namesAnySite(key string, siteKeys []string) bool {
	c := compactKey(key)
	for _, k := range siteKeys {
		if key == k || c == compactKey(k) {
			return true
		}
	}
	return false
}

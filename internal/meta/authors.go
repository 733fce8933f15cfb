package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	"evangelischer pressedienst": true, "katholische nachrichten-agentur": true, "sport-informations-dienst": true,
}

// chooseAuthors picks the article's authors and the agencies credited.
// The machine-readable credits (JSON-LD, else the author metas, else
// microdata) stand when the page also shows them near the headline or in
// an element marked as byline; when it shows none of them but has a byline
// of its own, the visible byline wins; without one, the machine credits
// stand.
func chooseAuthors(p *page, ld jsonLD, siteKeys []string) (authors, agencies []string) {
	var machine []credit
	if a := ld.article; a != nil {
		for _, au := range a.authors {
			machine = appendCredits(machine, au.name, au.org, siteKeys)
		}
	}
	if len(machine) == 0 {
		for _, k := range authorMetas {
			if v := p.meta(k); v != "" && !isURLish(v) {
				machine = appendCredits(machine, v, false, siteKeys)
				break
			}
		}
	}
	if len(machine) == 0 {
		if v := p.props["author"]; v != "" && !isURLish(v) {
			machine = appendCredits(machine, v, false, siteKeys)
		}
	}
	bylines := p.nearBylines()
	visible := strings.ToLower(strings.Join(p.lead, " ") + " " + strings.Join(bylines, " "))
	for _, c := range p.credits {
		if p.nearHeadline(c.pos) {
			visible += " " + strings.ToLower(c.text)
		}
	}
	var shown []credit
	for _, c := range machine {
		if strings.Contains(visible, strings.ToLower(c.name)) {
			shown = append(shown, c)
		}
	}
	switch {
	case len(shown) > 0:
		machine = shown
	default:
		if b := p.visibleByline(bylines, siteKeys); len(b) > 0 {
			machine = b
		}
	}
	for _, c := range machine {
		if c.agency {
			agencies = append(agencies, c.name)
		} else {
			authors = append(authors, c.name)
		}
	}
	return authors, agencies
}

// credit is one name credited with the article.
type credit struct {
	name   string
	agency bool
}

// appendCredits adds the names in a credit string, skipping repeats, the
// site's own name, account names and what is not a name.
func appendCredits(cs []credit, s string, org bool, siteKeys []string) []credit {
	if isOrganization(strings.ToLower(s)) && !isAgency(s) {
		return cs
	}
next:
	for _, name := range splitNames(s) {
		key := strings.ToLower(name)
		for _, c := range cs {
			if strings.ToLower(c.name) == key {
				continue next
			}
		}
		switch {
		case isAgency(name):
			cs = append(cs, credit{name, true})
		case namesAnySite(key, siteKeys) || accountNames[key] || isOrganization(key):
			// a site, a CMS account or an organisation is no author
		case org:
			cs = append(cs, credit{name, true})
		case looksLikeName(name) || isHandle(name):
			cs = append(cs, credit{name, false})
		}
	}
	return cs
}

// visibleByline reads the credits the page shows: an element marked as
// byline, else a line near the headline that opens like a byline ("Von …",
// "By …"). A last single word after a comma is the dateline's city, not a
// name ("Von Julian Hans, Moskau").
func (p *page) visibleByline(bylines, siteKeys []string) []credit {
	lines := bylines[:len(bylines):len(bylines)]
	for _, c := range p.credits {
		if p.nearHeadline(c.pos) {
			lines = append(lines, c.text)
		}
	}
	for _, l := range lines {
		l = cutAtCreditWord(collapse(l))
		if i := strings.LastIndexByte(l, ','); i > 0 && !strings.Contains(strings.TrimSpace(l[i+1:]), " ") && !isAgency(l[i+1:]) {
			l = l[:i]
		}
		if cs := appendCredits(nil, l, false, siteKeys); len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// nearBylines are the texts of byline elements near the headline.
func (p *page) nearBylines() []string {
	var out []string
	for _, b := range p.bylines {
		if p.nearHeadline(b.pos) {
			out = append(out, b.text)
		}
	}
	return out
}

// accountNames are CMS account names that sites leave as author.
var accountNames = map[string]bool{
	"admin": true, "administrator": true, "publisher": true, "editor": true, "super user": true, "user": true,
	"webmaster": true, "unknown": true, "anonymous": true, "gast": true, "guest": true, "root": true, "author": true,
	"autor": true, "redakteur": true, "wordpress": true, "system": true, "name": true, "e-mail": true,
	"website": true, "auteur": true, "auteurs": true, "autoren": true, "authors": true,
}

// organizationWords mark a credit that names an organisation, not a person.
var organizationWords = []string{
	"gmbh", " ag", "e.v.", " e. v.", "verlag", "ministerium", "institut", "verband", " inc", " ltd", " llc",
	"gesellschaft", "stiftung", "universität", "university", "department", "agency", "kreuz",
}

func isOrganization(key string) bool {
	for _, w := range organizationWords {
		if strings.Contains(key, w) {
			return true
		}
	}
	return strings.HasPrefix(key, "bundes")
}

// bylinePrefixes open a byline in the languages lede reads first.
var bylinePrefixes = []string{
	"von ", "by ", "par ", "por ", "di ", "door ", "autor: ", "autorin: ", "autoren: ", "author: ",
	"text: ", "texte: ", "text von ", "written by ", "posted by ", "geschrieben von ", "ein beitrag von ",
	"eingestellt von ", "veröffentlicht von ", "verfasst von ", "publié par ", "publicado por ", "pubblicato da ",
}

// nameSeparators split a credit into names.
var nameSeparators = []string{";", ",", " und ", " and ", " & ", " + ", " et ", " y ", " e ", " en ", " i ", " oraz ", " sowie ", "/", "|", "·", "•", " – ", " - ", " am ", " on ", " le ", " el ", " il "}

// splitNames cuts a credit like "Von Anna Berg und Tom Kern, dpa" into
// "Anna Berg", "Tom Kern", "dpa". A credit in parentheses is split off
// too ("Anna Berg (dpa)").
func splitNames(s string) []string {
	s = collapse(s)
	s = trimBylinePrefix(s)
	s = strings.NewReplacer("(", ",", ")", ",").Replace(s)
	parts := []string{s}
	for _, sep := range nameSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, splitFold(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimFunc(trimBylinePrefix(strings.TrimSpace(p)), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' || r == '@'
		})
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitFold splits s at each case-insensitive occurrence of sep.
func splitFold(s, sep string) []string {
	var out []string
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s, lower = s[i+len(sep):], lower[i+len(sep):]
	}
}

// isBylinePrefix tells a text that is only a byline's opening word.
func isBylinePrefix(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 24 {
		return false
	}
	for _, p := range bylinePrefixes {
		if strings.EqualFold(s, strings.TrimSuffix(p, " ")) {
			return true
		}
	}
	return false
}

// cutAtCreditWord ends a byline where another credit starts ("Text von
// A. B. Illustration von C. D.") or the date follows ("Updated …").
func cutAtCreditWord(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ":.,|"))
		if i > 0 && (creditWords[lw] || monthNames[lw] > 0 || strings.ContainsAny(w, "0123456789")) {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}

func trimBylinePrefix(s string) string {
	for _, p := range bylinePrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// isAgency tells a credit that names a news agency or a desk: a known
// agency ("dpa", "AFP/dpa"), or a newsroom credit ("SZ-Redaktion", "red").
func isAgency(name string) bool {
	key := strings.ToLower(strings.TrimSpace(name))
	if agencyNames[key] {
		return true
	}
	if strings.HasSuffix(key, "redaktion") || strings.HasSuffix(key, " staff") || strings.HasSuffix(key, " desk") ||
		strings.HasPrefix(key, "redaktion ") {
		return true
	}
	all := true
	for _, f := range strings.FieldsFunc(key, func(r rune) bool { return r == '/' || r == ' ' || r == '-' }) {
		if !agencyNames[f] {
			all = false
		}
	}
	return all && key != ""
}

// looksLikeName tells a credit that can be a person's name: one to six
// words, each capitalised except name particles ("von", "de"), no digits,
// no address or handle.
func looksLikeName(s string) bool {
	if len(s) > 80 || isURLish(s) || strings.ContainsAny(s, "@<>{}=0123456789") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	upper := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		upper = upper || unicode.IsUpper(r)
		if creditWords[strings.ToLower(strings.TrimRight(w, ":."))] {
			return false
		}
	}
	return upper
}

// isHandle tells a user name as blogs and forums credit it ("gizzmo",
// "karstenruppert", "fri.juli"): one token of letters and digits, perhaps
// with "." "_" "-", at least three letters long.
func isHandle(s string) bool {
	if len(s) < 3 || len(s) > 30 || nameParticles[s] || creditWords[strings.ToLower(s)] {
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

// nameParticles are the lower-case words names hold.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "del": true,
	"la": true, "le": true, "zu": true, "ten": true, "ter": true, "bin": true, "al": true, "el": true, "y": true, "dos": true, "das": true,
}

// creditWords are words of a credit line that are not names.
var creditWords = map[string]bool{
	"veröffentlicht": true, "published": true, "updated": true, "aktualisiert": true, "uhr": true, "foto": true,
	"photo": true, "bild": true, "fotos": true, "photos": true, "lesezeit": true, "minuten": true, "minutes": true,
	"kommentare": true, "comments": true, "teilen": true, "share": true, "mehr": true, "more": true, "artikel": true,
	"illustration": true, "illustrationen": true, "grafik": true, "video": true, "datum": true, "date": true,
	"stand": true, "erschienen": true, "posted": true,
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

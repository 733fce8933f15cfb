package meta

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Meta is the metadata of one page. A string is "" and a list is nil when
// the page does not say.
type Meta struct {
	URL          string // the page's own address (the one given, else canonical, else og:url)
	CanonicalURL string // <link rel=canonical>, else og:url, made absolute
	SiteName     string
	Language     string // ISO 639-1; Extract leaves it "", see DetectLanguage

	Kicker   string // the short line shown above or before the headline
	Headline string
	// Description is the page's declared summary (JSON-LD, og:description,
	// <meta name=description>). It is not shown on the page in every case,
	// so it is not the teaser: the content stage finds that on the page.
	Description string

	Authors  []string // people
	Agencies []string // news agencies and desks credited as authors
	Dateline string   // the place a byline names ("Von Julian Hans, Moskau" → "Moskau")

	Published string // as written on the page, never converted (see normalizeDate)
	Modified  string
	Section   string
	Tags      []string

	Image Image

	// ArticleBody is schema.org articleBody from JSON-LD, if any.
	ArticleBody string
	// HTMLLang is the language the page declares (lang or xml:lang on
	// <html>, Content-Language, og:locale, JSON-LD inLanguage), as an
	// ISO 639-1 code. It is a hint for Language, not an answer.
	HTMLLang string
}

// Image is the lead image the metadata names.
type Image struct {
	URL, Caption, Credit string
}

// Extract reads the metadata of a parsed page. pageURL, when not empty, is
// the page's address; relative URLs are resolved against it. A nil doc gives
// an empty Meta.
//
// Extract does not identify the language, which costs more than the rest
// of it together: call DetectLanguage once the body text is known.
func Extract(doc *html.Node, pageURL string) Meta { return ExtractAt(doc, pageURL, time.Time{}) }

// ExtractAt is Extract for a page fetched at ref (the HTTP Date header,
// WARC-Date, or a date the caller gives): no date after ref's day is taken
// as the page's. A zero ref sets no limit.
func ExtractAt(doc *html.Node, pageURL string, ref time.Time) Meta {
	var m Meta
	if doc == nil {
		return m
	}
	p := collect(doc)
	ld := parseJSONLD(p.scripts)
	base, _ := url.Parse(strings.TrimSpace(pageURL))
	if base != nil && !base.IsAbs() {
		base = nil
	}

	m.CanonicalURL = resolve(base, firstNonEmpty(p.canonical, p.meta("og:url")))
	switch {
	case base != nil:
		m.URL = base.String()
	case m.CanonicalURL != "":
		m.URL = m.CanonicalURL
	}
	if m.CanonicalURL == "" && ld.article != nil {
		m.CanonicalURL = resolve(base, ld.article.url)
	}

	m.SiteName = siteName(p, ld)
	host, canonicalHost := hostOf(base), hostOf(nil, m.CanonicalURL)
	m.Kicker, m.Headline = chooseHeadline(p, ld, m.SiteName, host, canonicalHost)
	m.Headline = trimDecoration(m.Headline)
	if ld.article != nil {
		m.ArticleBody = ld.article.body
		m.Description = ld.article.description
		m.Section = ld.article.section
		m.Tags = ld.article.keywords
	}
	m.Description = firstNonEmpty(m.Description, p.meta("og:description"), p.meta("description"), p.meta("twitter:description"))
	keys := siteKeys(m.SiteName, host, canonicalHost)
	m.Section = firstNonEmpty(m.Section, p.meta("article:section"), p.meta("parsely-section"), crumbSection(ld.crumbs, m.Headline, keys))
	if len(m.Tags) == 0 {
		m.Tags = p.tags()
	}
	m.Image = leadImage(p, ld, base)
	m.Published, m.Modified = chooseDates(p, ld, m.URL, ref)
	m.Authors, m.Agencies, m.Dateline = chooseAuthors(p, ld, keys)

	m.HTMLLang = languageHint(p, ld)
	return m
}

// DetectLanguage sets m.Language from the article's text: body when it is
// not empty, else the JSON-LD articleBody, else the headline and
// description; the page's declared language breaks ties (see Language).
func (m *Meta) DetectLanguage(body string) {
	text := body
	if strings.TrimSpace(text) == "" {
		text = m.ArticleBody
	}
	if strings.TrimSpace(text) == "" {
		text = m.Headline + ". " + m.Description
	}
	m.Language = Language(text, m.HTMLLang)
}

// siteName is the publisher's name as the page states it. The
// application-name metas are often filled with the page title by CMSs, so
// they count only when they differ from it and are short.
func siteName(p *page, ld jsonLD) string {
	if s := p.meta("og:site_name"); s != "" {
		return s
	}
	if ld.publisher != "" {
		return ld.publisher
	}
	if ld.website != "" {
		return ld.website
	}
	for _, key := range [...]string{"application-name", "apple-mobile-web-app-title"} {
		s := p.meta(key)
		if s != "" && len(strings.Fields(s)) <= 5 && s != p.title && s != p.meta("og:title") {
			return s
		}
	}
	return ""
}

// leadImage is the image the metadata names for the article.
func leadImage(p *page, ld jsonLD, base *url.URL) Image {
	var img Image
	if ld.article != nil {
		img = ld.article.image
	}
	if img.URL == "" {
		img.URL = firstNonEmpty(p.meta("og:image"), p.meta("og:image:url"), p.meta("twitter:image"), p.meta("twitter:image:src"))
	}
	img.URL = resolve(base, img.URL)
	if img.URL == "" {
		return Image{}
	}
	return img
}

// resolve makes ref absolute against base; it returns ref unchanged when
// base is nil and "" for an unusable reference.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

// hostOf is the host name of u, or else of the URL in s, without "www.".
func hostOf(u *url.URL, s ...string) string {
	if u == nil && len(s) > 0 {
		u, _ = url.Parse(s[0])
	}
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// crumbSection is the section a breadcrumb trail ("Startseite › Politik ›
// Ausland › Headline") puts the article in: the first crumb after the home
// page that is neither the site's name nor the article itself.
func crumbSection(crumbs []string, headline string, siteKeys []string) string {
	if n := len(crumbs); n > 0 && headline != "" && strings.HasPrefix(strings.ToLower(headline), strings.ToLower(crumbs[n-1])) {
		crumbs = crumbs[:n-1] // the article itself
	}
	for i, c := range crumbs {
		key := strings.ToLower(c)
		switch {
		case i == 0 || homeCrumbs[key] || isDomain(key) || namesAnySite(key, siteKeys):
		case len(c) <= 60:
			return c
		default:
			return ""
		}
	}
	return ""
}

// homeCrumbs are the names breadcrumb trails give the home page.
var homeCrumbs = map[string]bool{
	"home": true, "startseite": true, "start": true, "accueil": true, "inicio": true, "portada": true,
	"strona główna": true, "homepage": true, "main navigation": true, "navigation": true,
}

package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

// page is what a site template wraps: one real article and the bits of
// other articles a template shows around it.
type page struct {
	n        int        // page number within the site
	headline string     // the article's own headline
	paras    []string   // the real body, one paragraph a line
	related  []string   // headlines of other articles, for related links
	topic    string     // a word of the headline, for "more on …" lines
	rng      *rand.Rand // the page's own random choices
}

// date returns a date the template prints, different per page.
func (p *page) date() (day, month, year, hour, minute int) {
	return 1 + p.rng.IntN(28), 1 + p.rng.IntN(12), 2019 + p.rng.IntN(6), p.rng.IntN(24), p.rng.IntN(60)
}

// maybe is true on share of the pages.
func (p *page) maybe(share float64) bool { return p.rng.Float64() < share }

// site is one template. Chrome goes in three places: outside the article
// (header, aside, footer), inside the article container before the body,
// between its paragraphs and after it: where an extractor has to tell it
// from the text.
type site struct {
	host, name, lang string
	// hashedClasses replaces every class name by a meaningless one, as
	// sites built with CSS-in-JS tooling do: no "newsletter" or "related"
	// class to go by.
	hashedClasses bool
	header, aside func(*page) string // outside the article
	before        func(*page) []string
	between       func(*page) []string // each put after a random paragraph
	after         func(*page) []string
	footer        func(*page) string
}

var monthsDE = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func esc(s string) string { return html.EscapeString(s) }

func link(host, text string) string {
	slug := strings.ToLower(strings.Join(strings.Fields(text), "-"))
	if len(slug) > 40 {
		slug = slug[:40]
	}
	return fmt.Sprintf(`<a href="https://%s/%s.html">%s</a>`, host, esc(slug), esc(text))
}

func nav(host string, items ...string) string {
	var b strings.Builder
	b.WriteString(`<nav class="main-nav"><ul>`)
	for _, it := range items {
		fmt.Fprintf(&b, "<li>%s</li>", link(host, it))
	}
	b.WriteString("</ul></nav>")
	return b.String()
}

func list(host string, items []string) string {
	var b strings.Builder
	b.WriteString("<ul>")
	for _, it := range items {
		fmt.Fprintf(&b, "<li>%s</li>", link(host, it))
	}
	b.WriteString("</ul>")
	return b.String()
}

// sites are the templates: three German, three English, each with its own
// wording and layout.
var sites = []site{
	{
		host: "www.dermorgen.de", name: "Der Morgen", lang: "de",
		header: func(p *page) string {
			return nav("www.dermorgen.de", "Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Berlin", "Meinung")
		},
		before: func(p *page) []string {
			d, m, y, h, mi := p.date()
			return []string{
				`<p class="crumbs">Startseite › Politik › Ausland</p>`,
				fmt.Sprintf(`<p class="stand">Stand: %02d.%02d.%d, %02d:%02d Uhr</p>`, d, m, y, h, mi),
			}
		},
		between: func(p *page) []string {
			out := []string{fmt.Sprintf(`<p><strong>Lesen Sie auch:</strong> %s</p>`, link("www.dermorgen.de", p.related[0]))}
			if p.maybe(0.7) {
				out = append(out, fmt.Sprintf(`<p>Alles zum Thema %s lesen Sie in unserem Dossier.</p>`, esc(p.topic)))
			}
			if p.maybe(0.8) {
				out = append(out, `<div class="nl-box"><h3>Der Morgen-Newsletter</h3><p>Jeden Morgen die wichtigsten Nachrichten aus Berlin und der Welt – kostenlos in Ihrem Postfach.</p><p><a href="https://www.dermorgen.de/newsletter">Jetzt kostenlos anmelden</a></p></div>`)
			}
			return out
		},
		after: func(p *page) []string {
			d, m, y, _, _ := p.date()
			return []string{
				fmt.Sprintf(`<p>Lesen Sie mehr zum Thema %s</p>`, link("www.dermorgen.de", p.topic)),
				fmt.Sprintf(`<p class="dpa">© dpa-infocom, dpa:%02d%02d%02d-99-%06d/%d</p>`, y%100, m, d, p.rng.IntN(999999), 1+p.rng.IntN(5)),
				`<p><a href="https://www.dermorgen.de/">Zur Startseite</a></p>`,
			}
		},
		aside: func(p *page) string {
			return `<aside class="related"><h2>Meistgelesen</h2>` + list("www.dermorgen.de", p.related[1:]) + `</aside>`
		},
		footer: func(p *page) string {
			_, _, y, _, _ := p.date()
			return fmt.Sprintf(`<footer><p>Impressum | Datenschutz | AGB | Kontakt</p><p>© %d Der Morgen Verlag GmbH & Co. KG</p></footer>`, y)
		},
	},
	{
		host: "www.rheinblick-online.de", name: "Rheinblick", lang: "de", hashedClasses: true,
		header: func(p *page) string {
			return nav("www.rheinblick-online.de", "Region", "Köln", "Bonn", "Düsseldorf", "Sport", "Service", "E-Paper", "Abo")
		},
		before: func(p *page) []string {
			d, m, y, _, _ := p.date()
			return []string{fmt.Sprintf(`<p class="meta">%d. %s %d | Lesedauer: %d Minuten</p>`, d, monthsDE[m-1], y, 2+p.rng.IntN(8))}
		},
		between: func(p *page) []string {
			out := []string{`<p class="ad-label">Anzeige</p>`}
			if p.maybe(0.7) {
				out = append(out, fmt.Sprintf(`<p>Auch interessant: %s</p>`, link("www.rheinblick-online.de", p.related[1])))
			}
			return out
		},
		after: func(p *page) []string {
			d, m, y, _, _ := p.date()
			out := []string{
				`<p class="share">Artikel teilen: Facebook · X · WhatsApp · E-Mail</p>`,
				fmt.Sprintf(`<p>Diskutieren Sie mit: %d Kommentare</p>`, p.rng.IntN(200)),
			}
			if p.maybe(0.5) {
				out = append(out, fmt.Sprintf(`<p><em>Hinweis: Dieser Artikel wurde am %02d.%02d.%d aktualisiert.</em></p>`, d, m, y))
			}
			bio := []string{
				"Lena Hoffmann ist Redakteurin im Ressort Region und berichtet aus dem Kölner Rathaus.",
				"Jörg Albers schreibt seit 2008 für den Rheinblick über Verkehr und Stadtentwicklung.",
				"Miriam Yilmaz leitet das Bonner Büro des Rheinblick.",
				"Thomas Kern ist Sportreporter und begleitet den 1. FC Köln seit vielen Jahren.",
			}[p.rng.IntN(4)]
			out = append(out, `<div class="author-box"><p>`+esc(bio)+`</p></div>`)
			return append(out, `<h2>Mehr zum Thema</h2>`+list("www.rheinblick-online.de", p.related[:3]))
		},
		aside: func(p *page) string {
			return `<aside><h3>Wetter in Köln</h3><p>Heute 14 Grad, bewölkt</p></aside>`
		},
		footer: func(p *page) string {
			return `<footer><ul><li>Impressum</li><li>Datenschutzerklärung</li><li>Cookie-Einstellungen</li><li>Mediadaten</li></ul><p>Rheinblick Mediengruppe – Alle Rechte vorbehalten.</p></footer>`
		},
	},
	{
		host: "www.nordkurier-post.de", name: "Nordkurier Post", lang: "de", hashedClasses: true,
		header: func(p *page) string {
			return nav("www.nordkurier-post.de", "Nachrichten", "Hamburg", "Schleswig-Holstein", "Sport", "Ratgeber", "Jobs")
		},
		before: func(p *page) []string {
			return []string{fmt.Sprintf(`<p class="author">Von Redaktion %s</p>`, []string{"Hamburg", "Kiel", "Lübeck", "Rostock"}[p.rng.IntN(4)])}
		},
		between: func(p *page) []string {
			return []string{
				`<div class="wa-teaser"><p>Sie möchten keine Nachrichten mehr verpassen? Folgen Sie der Nordkurier Post auf WhatsApp und erhalten Sie täglich ein Update.</p></div>`,
				fmt.Sprintf(`<p>► Weiterlesen: %s</p>`, link("www.nordkurier-post.de", p.related[2])),
			}
		},
		after: func(p *page) []string {
			d, m, y, _, _ := p.date()
			out := []string{fmt.Sprintf(`<p><em>Dieser Artikel erschien zuerst am %d. %s %d.</em></p>`, d, monthsDE[m-1], y)}
			if p.maybe(0.6) {
				out = append(out, `<p>Haben Sie Fragen oder Anregungen? Schreiben Sie uns an leserbriefe@nordkurier-post.de</p>`)
			}
			return out
		},
		aside: func(p *page) string {
			return `<aside><h3>Anzeige</h3><p>Jetzt 4 Wochen gratis lesen</p></aside>`
		},
		footer: func(p *page) string {
			return `<footer><p>Nordkurier Post · Ein Angebot der Nordmedien GmbH · Impressum · Datenschutz</p></footer>`
		},
	},
	{
		host: "www.dailyledger.com", name: "The Daily Ledger", lang: "en",
		header: func(p *page) string {
			return nav("www.dailyledger.com", "Home", "U.S.", "World", "Business", "Opinion", "Sports", "Subscribe")
		},
		before: func(p *page) []string {
			d, m, y, h, mi := p.date()
			ampm := "a.m."
			if h >= 12 {
				ampm = "p.m."
			}
			return []string{fmt.Sprintf(`<p class="updated">Updated %s %d, %d at %d:%02d %s</p>`, monthsEN[m-1], d, y, 1+h%12, mi, ampm)}
		},
		between: func(p *page) []string {
			out := []string{
				fmt.Sprintf(`<p><b>READ MORE:</b> %s</p>`, link("www.dailyledger.com", p.related[0])),
				fmt.Sprintf(`<p>Want more stories like this one about %s? Our team covers it every day.</p>`, esc(p.topic)),
			}
			if p.maybe(0.75) {
				out = append(out, `<div class="newsletter"><p>Sign up for the Morning Ledger newsletter: the news you need to start your day, delivered to your inbox.</p></div>`)
			}
			return out
		},
		after: func(p *page) []string {
			_, _, y, _, _ := p.date()
			return []string{
				fmt.Sprintf(`<p><i>Copyright %d The Daily Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</i></p>`, y),
				fmt.Sprintf(`<p>Related: %s</p>`, link("www.dailyledger.com", p.related[1])),
				[]string{
					`<p class="bio"><i>Sarah Whitman covers energy and climate for The Daily Ledger. Reach her at swhitman@dailyledger.com.</i></p>`,
					`<p class="bio"><i>David Okafor is The Daily Ledger's Washington correspondent.</i></p>`,
					`<p class="bio"><i>Emily Chen writes about technology and the companies that shape it. Follow her on Twitter @emchen.</i></p>`,
				}[p.rng.IntN(3)],
			}
		},
		aside: func(p *page) string {
			return `<aside class="sidebar"><h3>Most Popular</h3>` + list("www.dailyledger.com", p.related) + `</aside>`
		},
		footer: func(p *page) string {
			return `<footer><p>About Us · Contact · Terms of Service · Privacy Policy · Do Not Sell My Personal Information</p></footer>`
		},
	},
	{
		host: "metrowire.co.uk", name: "Metro Wire", lang: "en", hashedClasses: true,
		header: func(p *page) string {
			return nav("metrowire.co.uk", "News", "UK", "World", "Money", "Tech", "Lifestyle", "Video")
		},
		before: func(p *page) []string { return nil },
		between: func(p *page) []string {
			out := []string{`<p class="adv">Advertisement</p>`, `<p class="adv">Story continues below advertisement</p>`}
			if p.maybe(0.6) {
				out = append(out, `<p>Get the latest news delivered straight to your inbox. Sign up for the Metro Wire daily newsletter.</p>`)
			}
			return out
		},
		after: func(p *page) []string {
			out := []string{fmt.Sprintf(`<p>Have a story about %s? Email us at tips@metrowire.co.uk</p>`, esc(p.topic))}
			return append(out, `<h3>More from Metro Wire</h3>`+list("metrowire.co.uk", p.related[1:]))
		},
		aside: func(p *page) string {
			return `<aside><p>Trending now</p>` + list("metrowire.co.uk", p.related[:2]) + `</aside>`
		},
		footer: func(p *page) string {
			_, _, y, _, _ := p.date()
			return fmt.Sprintf(`<footer><p>© Metro Wire Ltd %d. Registered in England and Wales.</p></footer>`, y)
		},
	},
	{
		host: "techpulse.io", name: "Tech Pulse", lang: "en",
		header: func(p *page) string {
			return nav("techpulse.io", "Reviews", "Phones", "Laptops", "Gaming", "Deals", "How-to")
		},
		before: func(p *page) []string {
			return []string{`<p class="disclosure">We may earn a commission when you buy through links on our site.</p>`}
		},
		between: func(p *page) []string {
			return []string{fmt.Sprintf(`<p>Recommended: %s</p>`, link("techpulse.io", p.related[0]))}
		},
		after: func(p *page) []string {
			tags := []string{p.topic, "News", []string{"Apple", "Google", "Microsoft", "Policy"}[p.rng.IntN(4)]}
			return []string{
				`<p>Follow Tech Pulse on Twitter, Facebook and Flipboard for the latest tech news.</p>`,
				fmt.Sprintf(`<p>Tags: %s</p>`, esc(strings.Join(tags, ", "))),
			}
		},
		aside: func(p *page) string {
			return `<aside><h4>Deals of the day</h4>` + list("techpulse.io", p.related[1:3]) + `</aside>`
		},
		footer: func(p *page) string {
			return `<footer><p>Tech Pulse is part of Pulse Media Group. © Pulse Media Group. All rights reserved.</p></footer>`
		},
	},
}

package meta

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t testing.TB, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, url, page      string
		wantKicker, wantHead string
	}{
		{
			name:     "h1 confirmed by og:title",
			page:     `<head><meta property="og:title" content="Rain expected all week"></head><body><h1>Rain expected all week</h1></body>`,
			wantHead: "Rain expected all week",
		},
		{
			name: "logo h1 loses to the article h1",
			url:  "https://www.example-news.com/a/1",
			page: `<head><title>Rain expected all week | Example News</title></head>
				<body><h1>Example News</h1><h1>Rain expected all week</h1></body>`,
			wantHead: "Rain expected all week",
		},
		{
			name: "logo h1 that is the title's trailing part",
			page: `<head><title>Rain expected all week – Weather Desk</title><meta property="og:title" content="Weather Desk"></head>
				<body><h1>Weather Desk</h1><h1>Rain expected all week</h1></body>`,
			wantHead: "Rain expected all week",
		},
		{
			name:     "site suffix and section cut from <title> without h1",
			url:      "https://www.sz.de/politik/x",
			page:     `<head><title>Kerry in Moskau - Politik - SZ.de</title></head><body><p>x</p></body>`,
			wantHead: "Kerry in Moskau",
		},
		{
			name:     "site name given by og:site_name",
			page:     `<head><title>Storm hits coast | The Daily Planet</title><meta property="og:site_name" content="The Daily Planet"></head>`,
			wantHead: "Storm hits coast",
		},
		{
			name:     "site prefix and archive part cut",
			url:      "http://fouryears.eu/2009/interning",
			page:     `<head><title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title></head>`,
			wantHead: "Interning of Small Integers in Python",
		},
		{
			name:     "hyphenated words are not separators",
			page:     `<head><title>Baden-Baden bleibt Kurstadt</title></head>`,
			wantHead: "Baden-Baden bleibt Kurstadt",
		},
		{
			name:       "kicker in its own span",
			page:       `<head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head><body><h1><span>Klimaschutz</span><span>:</span> <span>Bohren, bis es heiß wird</span></h1></body>`,
			wantKicker: "Klimaschutz",
			wantHead:   "Bohren, bis es heiß wird",
		},
		{
			name:       "kicker from the line before the heading",
			page:       `<head><meta property="og:title" content="Brexit: Parlament vertagt Votum"></head><body><header><p>Brexit</p><h1>Parlament vertagt Votum</h1></header></body>`,
			wantKicker: "Brexit",
			wantHead:   "Parlament vertagt Votum",
		},
		{
			name:       "kicker from the line before the heading, title with section and site",
			page:       `<head><title>Brexit: Parlament vertagt Votum - Politik - SZ.de</title><meta property="og:site_name" content="SZ.de"></head><body><header><p>Brexit</p><h1>Parlament vertagt Votum</h1></header></body>`,
			wantKicker: "Brexit",
			wantHead:   "Parlament vertagt Votum",
		},
		{
			name:       "Kicker: Headline in the h1, og:title the headline alone",
			page:       `<head><title>Bundesliga: Bayern gewinnt das Spitzenspiel | Rheinische Post</title><meta property="og:title" content="Bayern gewinnt das Spitzenspiel"></head><body><h1>Bundesliga: Bayern gewinnt das Spitzenspiel</h1></body>`,
			wantKicker: "Bundesliga",
			wantHead:   "Bayern gewinnt das Spitzenspiel",
		},
		{
			name:     "Speaker: quote stated whole by og:title is not cut",
			page:     `<head><meta property="og:title" content="Merkel: Wir schaffen das"></head><body><h1>Merkel: Wir schaffen das</h1></body>`,
			wantHead: "Merkel: Wir schaffen das",
		},
		{
			name:     "line before the heading is no kicker when no title joins them",
			page:     `<head><meta property="og:title" content="Parlament vertagt Votum"></head><body><p>Ausland</p><h1>Parlament vertagt Votum</h1></body>`,
			wantHead: "Parlament vertagt Votum",
		},
		{
			name:     "date before the headline is dropped",
			page:     `<head><title>Wierer darf jubeln</title></head><body><h1><span>23.01.2022</span> <span>Wierer darf beim Abschluss noch jubeln</span></h1></body>`,
			wantHead: "Wierer darf beim Abschluss noch jubeln",
		},
		{
			name:     "site name after the headline inside the h1",
			url:      "https://www.umweltbundesamt.de/x",
			page:     `<head><title>Atomkraft ist nicht nachhaltig | Umweltbundesamt</title></head><body><h1>Atomkraft ist nicht nachhaltig | Umweltbundesamt</h1></body>`,
			wantHead: "Atomkraft ist nicht nachhaltig",
		},
		{
			name:     "a headline naming the host is still a headline",
			url:      "https://rete-mirabile.net/15",
			page:     `<head><meta property="og:title" content="15 Jahre rete-mirabile.net"></head><body><h1>15 Jahre rete-mirabile.net</h1></body>`,
			wantHead: "15 Jahre rete-mirabile.net",
		},
		{
			name:     "JSON-LD headline outranks a different og:title",
			page:     `<head><meta property="og:title" content="Share this story"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets fall sharply"}</script></head><body><h1>Markets fall sharply</h1></body>`,
			wantHead: "Markets fall sharply",
		},
		{
			name:     "the only h1 wins over a title worded otherwise",
			page:     `<head><title>Günstiger Autokredit - Vergleich</title></head><body><h1>So finden Sie den günstigsten Autokredit</h1></body>`,
			wantHead: "So finden Sie den günstigsten Autokredit",
		},
		{
			name:     "navigation h1s do not win over the title",
			page:     `<head><title>Storm damage larger than feared</title></head><body><h1>Menu</h1><h1>Search</h1></body>`,
			wantHead: "Storm damage larger than feared",
		},
		{
			name:     "h2 named by the title on a page whose h1 is the logo",
			url:      "https://dimido.de/marketing",
			page:     `<head><title>Was ist Virales Marketing? | DimidoBlog</title></head><body><h1>DimidoBlog</h1><h2>Was ist Virales Marketing?</h2></body>`,
			wantHead: "Was ist Virales Marketing?",
		},
		{
			name:     "ruby readings left out",
			page:     `<head><title>子どもへの体罰</title></head><body><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby></h1></body>`,
			wantHead: "子どもへの体罰",
		},
		{
			name:     "soft hyphens dropped",
			page:     "<head><title>Messengerdienste</title></head><body><h1>Mes\u00adsen\u00adger\u00addiens\u00adte</h1></body>",
			wantHead: "Messengerdienste",
		},
		{
			name: "nothing to go on",
			page: `<body><p>text</p></body>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), tt.url)
			if m.Kicker != tt.wantKicker || m.Headline != tt.wantHead {
				t.Errorf("got kicker %q headline %q, want %q %q", m.Kicker, m.Headline, tt.wantKicker, tt.wantHead)
			}
		})
	}
}

func TestSplitTitle(t *testing.T) {
	got := splitTitle("A | B - C")
	if len(got) != 2 {
		t.Fatalf("got %d splits, want 2: %+v", len(got), got)
	}
	if got[0].left != "A" || got[0].right != "B - C" || got[1].left != "A | B" || got[1].right != "C" {
		t.Errorf("unexpected splits %+v", got)
	}
	if n := len(splitTitle("Baden-Baden: no")); n != 1 {
		t.Errorf("Baden-Baden split %d times, want once (at the colon)", n)
	}
}

func TestLooksLikeDate(t *testing.T) {
	for s, want := range map[string]bool{
		"23.01.2022": true, "1. Februar 2022": true, "Jun 17": true, "17 Feb 2020": true,
		"Klimaschutz": false, "100. Geburtstag": false, "": false, "Mai": false,
	} {
		if got := looksLikeDate(s); got != want {
			t.Errorf("looksLikeDate(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTrimDecoration(t *testing.T) {
	for in, want := range map[string]string{
		"[> Jens Weber":               "Jens Weber",
		"Über André Loibl |":          "Über André Loibl",
		"» Neue Regeln für Radfahrer": "Neue Regeln für Radfahrer",
		"Bus network grows":           "Bus network grows",
		"[Update] Bus network grows":  "[Update] Bus network grows",
		"Was tun? –":                  "Was tun?",
		"„Zentrum am Berg“ eröffnet":  "„Zentrum am Berg“ eröffnet",
		"|":                           "|",
	} {
		if got := trimDecoration(in); got != want {
			t.Errorf("trimDecoration(%q) = %q, want %q", in, got, want)
		}
	}
}

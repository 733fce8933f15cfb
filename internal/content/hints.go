package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The class and id vocabulary of page chrome. These are conventions shared
// by publishing systems and front-end frameworks (WordPress, Drupal,
// Bootstrap, ad and comment vendors), matched on whole tokens of the class
// and id attributes ("article-share-bar" → "article", "share", "bar").
var chromeTokens = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "pagination": true, "pager": true, "skip": true, "skiplink": true,
	"ad": true, "ads": true, "adv": true, "advert": true, "advertisement": true, "anzeige": true,
	"werbung": true, "sponsored": true, "sponsor": true, "promo": true, "promoted": true,
	"share": true, "sharing": true, "shares": true, "social": true, "sharebar": true,
	"related": true, "recommended": true, "recommendations": true, "popular": true,
	"trending": true, "mostread": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "login": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "banner": true,
	"sidebar": true, "rail": true, "widget": true, "widgets": true, "toolbar": true,
	"footer": true, "masthead": true, "byline": true, "dateline": true, "timestamp": true,
	"author": true, "authors": true, "caption": true, "credit": true, "credits": true,
	"copyright": true, "tags": true, "tagcloud": true, "keywords": true, "print": true, "drucken": true,
	"modal": true, "popup": true, "overlay": true,
	"visually": true, "sronly": true, "offscreen": true, "teaserlist": true, "rating": true,
	"meta": true, "postmeta": true, "entrymeta": true, "byl": true,
	"bio": true, "autor": true, "autorin": true, "authorbox": true, "autorbox": true,
	"aboutauthor": true, "authorbio": true, "biography": true,
}

// contentTokens name the article body in common publishing systems; an
// element carrying one is never taken for chrome.
var contentTokens = map[string]bool{
	"articlebody": true, "storybody": true, "postbody": true, "entrycontent": true,
	"postcontent": true, "articlecontent": true, "articletext": true, "storycontent": true,
	"bodytext": true, "maincontent": true, "contentbody": true, "textbody": true,
}

// classHint is what an element's class and id say about it.
type classHint uint8

const (
	noHint       classHint = iota
	chromeHint             // chrome, unless it turns out to hold the prose
	strongChrome           // always chrome: comments, navigation
	contentHint
)

// strongTokens are chrome whatever they hold: a comment thread can be
// long, but it is never the article. They are not repeated in
// chromeTokens: tokenHint lets a strong token decide first.
var strongTokens = map[string]bool{
	"comment": true, "comments": true, "disqus": true, "respond": true, "kommentare": true,
	"outbrain": true, "taboola": true, "plista": true,
}

// hintOf reads n's class and id (and itemprop/role) for chrome or content
// vocabulary. The structural elements html, body, main and article are
// never chrome: publishing systems decorate them with tag and category
// classes.
func hintOf(n *html.Node) classHint {
	chrome := noHint
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") || strings.EqualFold(a.Val, "text") {
				return contentHint
			}
		case "role":
			switch a.Val {
			case "navigation", "contentinfo", "menu", "menubar", "dialog", "alert":
				chrome = strongChrome
			case "banner", "complementary":
				chrome = max(chrome, chromeHint)
			case "main":
				return contentHint
			}
		case "class", "id":
			h := tokenHint(a.Val)
			if h == contentHint {
				return contentHint
			}
			if h == chromeHint || h == strongChrome {
				chrome = max(chrome, h)
			}
		}
	}
	if chrome == noHint {
		return noHint
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return noHint
	}
	return chrome
}

// tokenHint splits a class or id value into lower-case tokens on anything
// that is not a letter or digit and looks each up; adjacent token pairs are
// also looked up joined ("article-body" → "articlebody").
func tokenHint(v string) classHint {
	found := classVocab(v, contentTokens, strongTokens, chromeTokens)
	switch {
	case found&1 != 0:
		return contentHint
	case found&2 != 0:
		return strongChrome
	case found&4 != 0:
		return chromeHint
	}
	return noHint
}

// classVocab reports, as bit i for vocabs[i], which vocabularies hold a key
// of the class or id value v. The keys of each whitespace-separated name
// are its tokens lower-cased and each token joined to the one before it.
// BEM names ("article-body__newsletter") describe the element after the
// last "__"; the block before it only says where it is, so only that part
// is read.
func classVocab(v string, vocabs ...map[string]bool) (found uint8) {
	// pair holds the previous token and the current one, lower-cased and
	// joined, so that both keys come from one buffer without allocating.
	var pair [80]byte
	for name := range strings.FieldsSeq(v) {
		if i := strings.LastIndex(name, "__"); i >= 0 {
			name = name[i+2:]
		}
		prevLen := 0
		for len(name) > 0 {
			i := 0
			for i < len(name) && !isTokenByte(name[i]) {
				i++
			}
			name = name[i:]
			j := 0
			for j < len(name) && isTokenByte(name[j]) {
				j++
			}
			if j == 0 {
				break
			}
			joined := lowerInto(pair[:prevLen], name[:min(j, 40)])
			name = name[j:]
			tok := joined[prevLen:]
			for k, vocab := range vocabs {
				if vocab[string(tok)] || prevLen > 0 && vocab[string(joined)] {
					found |= 1 << k
				}
			}
			copy(pair[:], tok) // the current token becomes the previous one
			prevLen = len(tok)
		}
	}
	return found
}

func isTokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

package render

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostileURLs are link targets a browser would run as script, or that try
// to break out of the attribute.
var hostileURLs = []string{
	"javascript:alert(1)",
	"JaVaScRiPt:alert(1)",
	"\tjavascript:alert(1)",
	" javascript:alert(1)",
	"\x01\x02javascript:alert(1)",
	"\x00javascript:alert(1)",
	"java\tscript:alert(1)",
	"java\nscript:alert(1)",
	"java\rscript:alert(1)",
	"javascript\t:alert(1)",
	"jav&#x09;ascript:alert(1)",
	"&#106;avascript:alert(1)",
	"javascript&colon;alert(1)",
	"javascript\u00ad:alert(1)",
	"\u2028javascript:alert(1)",
	"vbscript:msgbox(1)",
	"VBScript:msgbox(1)",
	"data:text/html,<script>alert(1)</script>",
	"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	"livescript:alert(1)",
	"file:///etc/passwd",
	"//evil.example/x",
	"/relative/path",
	"https:javascript:alert(1)",
	"http:alert(1)",
	"mailto:",
	"http://x.example/\x00\"onload=alert(1)",
	"https://x.example/\xff\xfe",
}

// breakoutURLs are valid http(s) URLs that try to leave the attribute they
// are written in. They are linked, with '"', '<', '>' and space
// percent-encoded as a browser would.
var breakoutURLs = []string{
	"https://x.example/\" onmouseover=\"alert(1)",
	"https://x.example/' onmouseover='alert(1)",
	"https://x.example/\"><script>alert(1)</script>",
	"https://x.example/ onerror=alert(1)",
}

// hostileTexts are text that tries to become markup.
var hostileTexts = []string{
	"<script>alert(1)</script>",
	"<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
	"<img src=x onerror=alert(1)>",
	"</p><style>body{display:none}</style>",
	"\" onmouseover=\"alert(1)",
	"' onfocus='alert(1)' autofocus='",
	"</code></pre><script>alert(1)</script>",
	"</title><script>alert(1)</script>",
	"<!--<script>alert(1)//-->",
	"<svg onload=alert(1)>",
	"&lt;script&gt;alert(1)&lt;/script&gt;",
	"\x00<script>\x00",
	"bad \xff utf-8",
}

// hostileArticle puts text and u in every field that reaches the HTML
// output, u also as every link and image target.
func hostileArticle(text, u string, style model.Style) *model.Article {
	return &model.Article{
		URL: u, CanonicalURL: u, SiteName: text, Language: text,
		Kicker: text, Headline: text, Teaser: text, Highlights: []string{text, u},
		Authors: []string{text}, Agencies: []string{u}, Dateline: text, Published: text, Modified: text,
		Section: text, Tags: []string{text},
		Image: model.Image{URL: u, Caption: text, Credit: u},
		Body: []model.Block{
			{Type: model.Paragraph, Text: text, Runs: []model.Run{
				{Text: text, Link: u, Style: style}, {Text: u, Link: text, Style: style >> 2}, {Text: "x", Link: u},
			}},
			{Type: model.Heading, Level: int(style % 8), Text: text, Runs: []model.Run{{Text: text, Link: u}}},
			{Type: model.List, Ordered: style&1 != 0, Items: strings.Split(text, "\n"),
				ItemRuns: [][]model.Run{{{Text: text, Link: u, Style: style}}, nil}},
			{Type: model.Quote, Text: text},
			{Type: model.Table, Rows: [][]string{strings.Split(text, "|"), {u, text}, nil}},
			{Type: model.Preformatted, Text: text},
			{Type: model.BlockType(text), Text: text},
		},
		Text: text,
	}
}

// allowedElements and allowedAttrs are everything the HTML rendering may
// contain.
var (
	allowedElements = map[atom.Atom]bool{
		atom.Html: true, atom.Head: true, atom.Meta: true, atom.Title: true, atom.Link: true,
		atom.Style: true, atom.Body: true, atom.Article: true, atom.Header: true, atom.P: true,
		atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
		atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Span: true, atom.Time: true,
		atom.Figure: true, atom.Img: true, atom.Figcaption: true, atom.Small: true, atom.A: true,
		atom.Strong: true, atom.Em: true, atom.Code: true, atom.Br: true, atom.Blockquote: true,
		atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tr: true, atom.Th: true,
		atom.Td: true, atom.Pre: true,
	}
	allowedAttrs = map[string]bool{
		"lang": true, "charset": true, "http-equiv": true, "content": true, "name": true,
		"rel": true, "href": true, "class": true, "datetime": true, "src": true, "alt": true,
		"loading": true, "referrerpolicy": true,
	}
)

// checkSafeHTML parses out as a browser would and returns what is wrong
// with it: invalid UTF-8, an element or attribute the rendering never
// writes (script, iframe, on* handlers, …), a style element other than
// the document's own, or a link or image URL whose scheme is not allowed.
func checkSafeHTML(out string) error {
	if !utf8.ValidString(out) {
		return fmt.Errorf("output is not valid UTF-8")
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		return fmt.Errorf("parse: %v", err)
	}
	styles, articles := 0, 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Script || !allowedElements[n.DataAtom] {
			return fmt.Errorf("element <%s>", n.Data)
		}
		switch n.DataAtom {
		case atom.Style:
			styles++
			if n.Parent.DataAtom != atom.Head || n.FirstChild == nil || n.FirstChild.Data != "\n"+styleSheet+"\n" {
				return fmt.Errorf("a <style> that is not the document's own")
			}
		case atom.Article:
			articles++
		}
		for _, at := range n.Attr {
			key := strings.ToLower(at.Key)
			if strings.HasPrefix(key, "on") || !allowedAttrs[key] {
				return fmt.Errorf("attribute %s=%q on <%s>", at.Key, at.Val, n.Data)
			}
			switch key {
			case "href", "src":
				scheme, ok := urlScheme(stripURLNoise(at.Val))
				scheme = strings.ToLower(scheme)
				if !ok || scheme != "http" && scheme != "https" && (scheme != "mailto" || key == "src") {
					return fmt.Errorf("%s=%q on <%s>", at.Key, at.Val, n.Data)
				}
			case "http-equiv":
				if at.Val != "Content-Security-Policy" {
					return fmt.Errorf("http-equiv=%q", at.Val)
				}
			}
		}
	}
	if styles != 1 || articles != 1 {
		return fmt.Errorf("%d style and %d article elements, want 1 each", styles, articles)
	}
	return nil
}

func TestHTMLHostileContent(t *testing.T) {
	for i, u := range append(hostileURLs, breakoutURLs...) {
		for j, text := range hostileTexts {
			name := fmt.Sprintf("url%d/text%d", i, j)
			out := render(t, hostileArticle(text, u, model.Bold|model.Italic|model.Monospace), HTML)
			if err := checkSafeHTML(out); err != nil {
				t.Fatalf("%s: %v\nurl %q text %q", name, err, u, text)
			}
			lower := strings.ToLower(out)
			if strings.Contains(lower, "<script") || strings.Contains(lower, "<svg") || strings.Contains(lower, "<img src=x") {
				t.Fatalf("%s: markup from the text got through:\n%s", name, out)
			}
			if strings.Contains(lower, " onmouseover=") || strings.Contains(lower, " onerror=") {
				// The text may hold such words, but only escaped: a '"' or '''
				// before them is never written raw.
				if strings.Contains(out, `" onmouseover=`) || strings.Contains(out, `' onfocus=`) {
					t.Fatalf("%s: attribute break-out:\n%s", name, out)
				}
			}
		}
	}
}

// TestHTMLHostileURLsNeverLinked checks that a hostile URL, given only as
// a link or image target, appears nowhere as a target: its text is kept,
// but no "javascript:" (or vbscript:, data:) reaches the output.
func TestHTMLHostileURLsNeverLinked(t *testing.T) {
	for _, u := range hostileURLs {
		a := &model.Article{
			CanonicalURL: u,
			Image:        model.Image{URL: u, Caption: "cap"},
			Body:         []model.Block{para(model.Run{Text: "before "}, model.Run{Text: "link", Link: u}, model.Run{Text: " after"})},
		}
		out := render(t, a, HTML)
		if err := checkSafeHTML(out); err != nil {
			t.Errorf("%q: %v", u, err)
		}
		lower := strings.ToLower(out)
		for _, bad := range []string{"javascript:", "vbscript:", "data:", "<script", "<a ", "<img", "canonical"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%q: output holds %q:\n%s", u, bad, out)
			}
		}
		if !strings.Contains(out, "<p>before link after</p>") {
			t.Errorf("%q: link text not kept as plain text:\n%s", u, out)
		}
		md := render(t, a, Markdown)
		if strings.Contains(md, "](") || strings.Contains(strings.ToLower(md), "javascript:") {
			t.Errorf("%q: Markdown links it:\n%s", u, md)
		}
	}
}

func TestLinkURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://x.example/a?b=c#d", "https://x.example/a?b=c#d", true},
		{"HTTP://X.example", "HTTP://X.example", true},
		{"  https://x.example/\n", "https://x.example/", true},
		{"https://x.exa\tmple/a b", "https://x.example/a%20b", true},
		{"https://x.example/?q=\"<b>\"", "https://x.example/?q=%22%3Cb%3E%22", true},
		{"mailto:someone@x.example", "mailto:someone@x.example", true},
		{"MAILTO:someone@x.example", "MAILTO:someone@x.example", true},
		{"https://x.example/\x7f", "", false},
		{"https://", "", false},
		{"ftp://x.example/", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := linkURL(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("linkURL(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for _, u := range hostileURLs {
		if got, ok := linkURL(u); ok {
			t.Errorf("linkURL(%q) = %q, accepted", u, got)
		}
	}
	for _, u := range breakoutURLs {
		got, ok := linkURL(u)
		if !ok || strings.ContainsAny(got, " \"<>") {
			t.Errorf("linkURL(%q) = %q, %v; want it accepted with space, '\"', '<', '>' encoded", u, got, ok)
		}
	}
	if _, ok := imageURL("mailto:a@x.example"); ok {
		t.Error("imageURL accepted mailto:")
	}
}

package render

import (
	"bufio"
	"html"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// contentSecurityPolicy forbids everything but images over http(s) and the
// document's own inline style sheet: no script, frame, font, form or base
// element can take effect even if one slipped through.
const contentSecurityPolicy = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; " +
	"base-uri 'none'; form-action 'none'"

// styleSheet is the document's fixed style sheet; nothing in it comes from
// the Article.
const styleSheet = `body{margin:0 auto;max-width:42em;padding:1em;font:1.1em/1.55 Georgia,serif;color:#222;background:#fff}
.kicker,.byline,figcaption{font:.9em/1.4 system-ui,sans-serif;color:#555}
.teaser{font-weight:bold}
img{max-width:100%;height:auto}
blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left}
pre{overflow:auto;background:#f6f6f6;padding:.5em}`

// linkRel is the rel attribute of every link: the page opened cannot
// reach back into this document, learn where the reader came from, or
// gain ranking from it.
const linkRel = "noopener noreferrer nofollow"

// htmlWriter writes the HTML rendering. It is safe by construction: every
// text and attribute value from the Article goes through text or attr,
// which escape it with html.EscapeString; element and attribute names are
// constants of this file; URLs pass linkURL or imageURL first.
type htmlWriter struct {
	w *bufio.Writer
}

// text writes s as escaped character data, with each newline as <br>.
func (h *htmlWriter) text(s string) {
	s = cleanText(s)
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		h.w.WriteString(html.EscapeString(s[:i]))
		h.w.WriteString("<br>\n")
		s = s[i+1:]
	}
	h.w.WriteString(html.EscapeString(s))
}

// attr writes ` name="value"` with value escaped.
func (h *htmlWriter) attr(name, value string) {
	h.w.WriteByte(' ')
	h.w.WriteString(name)
	h.w.WriteString(`="`)
	h.w.WriteString(html.EscapeString(cleanText(value)))
	h.w.WriteByte('"')
}

// startTag writes <name>.
func (h *htmlWriter) startTag(name string) {
	h.w.WriteByte('<')
	h.w.WriteString(name)
	h.w.WriteByte('>')
}

// endTag writes </name>.
func (h *htmlWriter) endTag(name string) {
	h.w.WriteString("</")
	h.w.WriteString(name)
	h.w.WriteByte('>')
}

// element writes <name>s</name> and a newline, with s escaped as text.
func (h *htmlWriter) element(name, class, s string) {
	h.w.WriteByte('<')
	h.w.WriteString(name)
	if class != "" {
		h.attr("class", class)
	}
	h.w.WriteByte('>')
	h.text(s)
	h.w.WriteString("</")
	h.w.WriteString(name)
	h.w.WriteString(">\n")
}

func (h *htmlWriter) document(a *model.Article) {
	h.w.WriteString("<!doctype html>\n<html")
	if isLanguageTag(a.Language) {
		h.attr("lang", a.Language)
	}
	h.w.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	h.w.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy + "\">\n")
	h.w.WriteString("<meta name=\"referrer\" content=\"no-referrer\">\n")
	h.w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	title := collapseSpace(a.Headline)
	if title == "" {
		title = collapseSpace(a.SiteName)
	}
	h.element("title", "", title)
	canonical := a.CanonicalURL
	if canonical == "" {
		canonical = a.URL
	}
	if u, ok := imageURL(canonical); ok { // http(s) only, as for images
		h.w.WriteString("<link rel=\"canonical\"")
		h.attr("href", u)
		h.w.WriteString(">\n")
	}
	h.w.WriteString("<style>\n" + styleSheet + "\n</style>\n</head>\n<body>\n<article>\n")
	h.header(a)
	h.figure(&a.Image)
	for i := range a.Body {
		h.block(&a.Body[i])
	}
	h.w.WriteString("</article>\n</body>\n</html>\n")
}

// header writes the kicker, headline, teaser, highlights and byline.
func (h *htmlWriter) header(a *model.Article) {
	kicker, headline, teaser := collapseSpace(a.Kicker), collapseSpace(a.Headline), strings.TrimSpace(a.Teaser)
	authors, agencies, dateline, published := bylineParts(a)
	highlights := 0
	for _, s := range a.Highlights {
		if strings.TrimSpace(s) != "" {
			highlights++
		}
	}
	if kicker+headline+teaser+authors+agencies+dateline+published == "" && highlights == 0 {
		return
	}
	h.w.WriteString("<header>\n")
	if kicker != "" {
		h.element("p", "kicker", kicker)
	}
	if headline != "" {
		h.element("h1", "", headline)
	}
	if teaser != "" {
		h.element("p", "teaser", teaser)
	}
	if highlights > 0 {
		h.w.WriteString("<ul class=\"highlights\">\n")
		for _, s := range a.Highlights {
			if s = strings.TrimSpace(s); s != "" {
				h.element("li", "", s)
			}
		}
		h.w.WriteString("</ul>\n")
	}
	if authors+agencies+dateline+published != "" {
		h.w.WriteString("<p class=\"byline\">")
		sep := false
		for _, part := range [...]struct{ class, text string }{
			{"author", authors}, {"agency", agencies}, {"dateline", dateline},
		} {
			if part.text == "" {
				continue
			}
			if sep {
				h.w.WriteString(" · ")
			}
			h.w.WriteString("<span")
			h.attr("class", part.class)
			h.w.WriteByte('>')
			h.text(part.text)
			h.w.WriteString("</span>")
			sep = true
		}
		if published != "" {
			if sep {
				h.w.WriteString(" · ")
			}
			h.w.WriteString("<time")
			if isDateTime(published) {
				h.attr("datetime", published)
			}
			h.w.WriteByte('>')
			h.text(published)
			h.w.WriteString("</time>")
		}
		h.w.WriteString("</p>\n")
	}
	h.w.WriteString("</header>\n")
}

// figure writes the lead image with its caption and credit. The image is
// left out unless its URL is http(s); the caption and credit stay.
func (h *htmlWriter) figure(img *model.Image) {
	src, ok := imageURL(img.URL)
	caption, credit := collapseSpace(img.Caption), collapseSpace(img.Credit)
	if !ok && caption == "" && credit == "" {
		return
	}
	h.w.WriteString("<figure>\n")
	if ok {
		h.w.WriteString("<img")
		h.attr("src", src)
		h.attr("alt", caption)
		h.w.WriteString(" loading=\"lazy\" referrerpolicy=\"no-referrer\">\n")
	}
	if caption != "" || credit != "" {
		h.w.WriteString("<figcaption>")
		h.text(caption)
		if credit != "" {
			if caption != "" {
				h.w.WriteByte(' ')
			}
			h.w.WriteString("<small class=\"credit\">")
			h.text(credit)
			h.w.WriteString("</small>")
		}
		h.w.WriteString("</figcaption>\n")
	}
	h.w.WriteString("</figure>\n")
}

// block writes one body block. A block of an unknown type is written as a
// paragraph, so its text is not lost; a block with no text is left out.
func (h *htmlWriter) block(b *model.Block) {
	switch b.Type {
	case model.Heading:
		runs := blockRuns(b)
		if !hasText(runs) {
			return
		}
		l := headingLevel(b.Level)
		tag := "h1h2h3h4h5h6"[2*l-2 : 2*l] // "h2" to "h6", no allocation
		h.startTag(tag)
		h.runs(runs, true)
		h.endTag(tag)
		h.w.WriteByte('\n')
	case model.List:
		h.list(b)
	case model.Quote:
		runs := blockRuns(b)
		if !hasText(runs) {
			return
		}
		h.w.WriteString("<blockquote><p>")
		h.runs(runs, false)
		h.w.WriteString("</p></blockquote>\n")
	case model.Table:
		if len(b.Rows) == 0 || tableWidth(b.Rows) == 0 {
			h.paragraph(b)
			return
		}
		h.table(b.Rows)
	case model.Preformatted:
		if strings.TrimSpace(b.Text) == "" {
			return
		}
		h.w.WriteString("<pre><code>")
		h.w.WriteString(html.EscapeString(cleanText(b.Text)))
		h.w.WriteString("</code></pre>\n")
	default:
		h.paragraph(b)
	}
}

func (h *htmlWriter) paragraph(b *model.Block) {
	runs := blockRuns(b)
	if !hasText(runs) {
		return
	}
	h.w.WriteString("<p>")
	h.runs(runs, false)
	h.w.WriteString("</p>\n")
}

func (h *htmlWriter) list(b *model.Block) {
	n, nonEmpty := itemCount(b), false
	for i := range n {
		if hasText(itemRuns(b, i)) {
			nonEmpty = true
			break
		}
	}
	if !nonEmpty {
		return
	}
	tag := "ul"
	if b.Ordered {
		tag = "ol"
	}
	h.startTag(tag)
	h.w.WriteByte('\n')
	for i := range n {
		if runs := itemRuns(b, i); hasText(runs) {
			h.w.WriteString("<li>")
			h.runs(runs, false)
			h.w.WriteString("</li>\n")
		}
	}
	h.endTag(tag)
	h.w.WriteByte('\n')
}

// table writes rows as a table whose first row is the header; short rows
// are padded with empty cells.
func (h *htmlWriter) table(rows [][]string) {
	width := tableWidth(rows)
	h.w.WriteString("<table>\n<thead>\n")
	for i, row := range rows {
		if i == 1 {
			h.w.WriteString("</thead>\n<tbody>\n")
		}
		cellTag := "td"
		if i == 0 {
			cellTag = "th"
		}
		h.w.WriteString("<tr>")
		for j := range width {
			h.startTag(cellTag)
			h.text(strings.TrimSpace(cell(row, j)))
			h.endTag(cellTag)
		}
		h.w.WriteString("</tr>\n")
	}
	if len(rows) > 1 {
		h.w.WriteString("</tbody>\n")
	} else {
		h.w.WriteString("</thead>\n")
	}
	h.w.WriteString("</table>\n")
}

// runs writes inline content: neighbouring runs with the same safe link
// share one <a>, and each run's style opens <strong>, <em> and <code> in
// that order. A link whose URL is not http, https or mailto is written as
// its text alone. With oneLine, newlines are written as spaces.
func (h *htmlWriter) runs(runs []model.Run, oneLine bool) {
	runs = mergeRuns(safeLinks(runs))
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].Link == runs[i].Link {
			j++
		}
		ok := runs[i].Link != ""
		if ok {
			h.w.WriteString("<a")
			h.attr("href", runs[i].Link)
			h.w.WriteString(" rel=\"" + linkRel + "\">")
		}
		for _, r := range runs[i:j] {
			h.styled(r, oneLine)
		}
		if ok {
			h.w.WriteString("</a>")
		}
		i = j
	}
}

func (h *htmlWriter) styled(r model.Run, oneLine bool) {
	if r.Text == "" {
		return
	}
	text := r.Text
	if oneLine && strings.ContainsAny(text, "\n\r") {
		text = strings.Map(newlineToSpace, text)
	}
	if r.Style&model.Bold != 0 {
		h.w.WriteString("<strong>")
	}
	if r.Style&model.Italic != 0 {
		h.w.WriteString("<em>")
	}
	if r.Style&model.Monospace != 0 {
		h.w.WriteString("<code>")
	}
	h.text(text)
	if r.Style&model.Monospace != 0 {
		h.w.WriteString("</code>")
	}
	if r.Style&model.Italic != 0 {
		h.w.WriteString("</em>")
	}
	if r.Style&model.Bold != 0 {
		h.w.WriteString("</strong>")
	}
}

// isLanguageTag reports whether s has the shape of a BCP 47 language tag
// ("de", "en-GB", "zh-Hant-TW"), good for the lang attribute.
func isLanguageTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if len(part) == 0 || len(part) > 8 || i == 0 && (len(part) < 2 || len(part) > 3) {
			return false
		}
		for k := 0; k < len(part); k++ {
			c := part[k] | 0x20
			if !('a' <= c && c <= 'z' || i > 0 && '0' <= part[k] && part[k] <= '9') {
				return false
			}
		}
	}
	return true
}

// isDateTime reports whether s is in one of the forms the Article uses for
// dates, which are also valid values of <time datetime>.
func isDateTime(s string) bool {
	for _, layout := range [...]string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

func newlineToSpace(r rune) rune {
	if r == '\n' || r == '\r' {
		return ' '
	}
	return r
}

// HTMLStyleSheet returns the exact text of the one <style> element of the
// HTML format, so that a page embedding the output can allow that style
// sheet alone by its hash in a Content-Security-Policy.
func HTMLStyleSheet() string { return "\n" + styleSheet + "\n" }

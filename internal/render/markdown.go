package render

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// mdWriter writes the Markdown rendering; one is used per call. Blocks are
// separated by one blank line.
type mdWriter struct {
	w *bufio.Writer

	buf    []byte // inline Markdown of the block being written
	blocks int    // blocks written so far
	// lastList is the marker of the list written last when it was the
	// previous block, 0 otherwise: two lists in a row with the same marker
	// would merge into one, so the next one takes the other marker.
	lastList byte

	// State of inline rendering, reset by inline.
	open         [2]marker // open emphasis, outermost first
	nopen        int
	closing      [2]marker // emphasis closed but not written yet, innermost first
	nclosing     int
	pendingSpace bool
	pendingBreak bool
	linkPending  bool // a link's '[' is due before the next text
	// The last code span: its text and where it starts and ends in buf.
	code            string
	codeAt, codeEnd int
	oneLine         bool
}

func (m *mdWriter) article(a *model.Article) {
	m.header(a)
	m.image(&a.Image)
	for i := range a.Body {
		m.block(&a.Body[i])
	}
}

// startBlock writes the blank line that separates a block from the one
// before it.
func (m *mdWriter) startBlock() {
	if m.blocks > 0 {
		m.w.WriteByte('\n')
	}
	m.blocks++
	m.lastList = 0
}

// plain renders s as one unstyled run.
func (m *mdWriter) plain(s string, oneLine bool) []byte {
	one := [1]model.Run{{Text: s}}
	return m.inline(one[:], oneLine)
}

// italicLine writes s on a line of its own in italics.
func (m *mdWriter) italicLine(s string) {
	if content := m.plain(s, true); len(content) > 0 {
		m.startBlock()
		m.w.WriteByte('*')
		m.w.Write(content)
		m.w.WriteString("*\n")
	}
}

// header writes the kicker in italics, the headline as the only level-1
// heading, the teaser as a paragraph, the highlights as a bullet list and
// a byline in italics: authors, agencies, dateline and published date,
// separated by " · ".
func (m *mdWriter) header(a *model.Article) {
	m.italicLine(a.Kicker)
	if content := m.plain(a.Headline, true); len(content) > 0 {
		m.startBlock()
		m.w.WriteString("# ")
		m.writeHeading(content)
	}
	if content := m.plain(a.Teaser, false); len(content) > 0 {
		m.startBlock()
		m.writeLines("", "", content)
	}
	m.list(&model.Block{Type: model.List, Items: a.Highlights})
	authors, agencies, dateline, published := bylineParts(a)
	var parts []string
	for _, p := range [...]string{authors, agencies, dateline, published} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	m.italicLine(strings.Join(parts, " · "))
}

// image writes the lead image as ![caption](url) when its URL is http(s),
// then the caption and credit in italics: "caption (credit)".
func (m *mdWriter) image(img *model.Image) {
	if src, ok := imageURL(img.URL); ok {
		m.startBlock()
		m.w.WriteString("![")
		m.w.Write(m.plain(img.Caption, true))
		m.w.WriteString("](")
		m.w.Write(appendLinkDestination(m.buf[:0], src))
		m.w.WriteString(")\n")
	}
	caption, credit := collapseSpace(img.Caption), collapseSpace(img.Credit)
	switch {
	case caption != "" && credit != "":
		m.italicLine(caption + " (" + credit + ")")
	case credit != "":
		m.italicLine("(" + credit + ")")
	default:
		m.italicLine(caption)
	}
}

// block writes one body block. A block of an unknown type is written as a
// paragraph, so its text is not lost; a block with no text is left out.
func (m *mdWriter) block(b *model.Block) {
	switch b.Type {
	case model.Heading:
		if content := m.inline(blockRuns(b), true); len(content) > 0 {
			m.startBlock()
			m.w.WriteString(strings.Repeat("#", headingLevel(b.Level)))
			m.w.WriteByte(' ')
			m.writeHeading(content)
		}
	case model.List:
		m.list(b)
	case model.Quote:
		if content := m.inline(blockRuns(b), false); len(content) > 0 {
			m.startBlock()
			m.writeLines("> ", "> ", content)
		}
	case model.Table:
		if len(b.Rows) == 0 || tableWidth(b.Rows) == 0 {
			m.paragraph(b)
			return
		}
		m.table(b.Rows)
	case model.Preformatted:
		m.preformatted(b.Text)
	default:
		m.paragraph(b)
	}
}

func (m *mdWriter) paragraph(b *model.Block) {
	if content := m.inline(blockRuns(b), false); len(content) > 0 {
		m.startBlock()
		m.writeLines("", "", content)
	}
}

// writeHeading writes the rest of an ATX heading line. A '#' at its end
// is escaped, since a closing run of '#' would be dropped (§4.2).
func (m *mdWriter) writeHeading(content []byte) {
	if n := len(content); content[n-1] == '#' {
		k := n - 1
		for k > 0 && content[k-1] == '#' {
			k--
		}
		m.w.Write(content[:k])
		m.w.WriteByte('\\')
		m.w.Write(content[k:])
	} else {
		m.w.Write(content)
	}
	m.w.WriteByte('\n')
}

// writeLines writes content line by line, the first line after first and
// the others after rest, escaping what would start a block.
func (m *mdWriter) writeLines(first, rest string, content []byte) {
	prefix := first
	for len(content) > 0 {
		line := content
		next := []byte(nil)
		if i := bytes.IndexByte(content, '\n'); i >= 0 {
			line, next = content[:i], content[i+1:]
		}
		m.w.WriteString(prefix)
		if k := lineStartEscape(line); k >= 0 {
			m.w.Write(line[:k])
			m.w.WriteByte('\\')
			line = line[k:]
		}
		m.w.Write(line)
		m.w.WriteByte('\n')
		content, prefix = next, rest
	}
}

// list writes a list block with "-" or "1." markers ("*" or "1)" when the
// block before was a list with the same marker). Item lines after the
// first are indented to the item's text. Empty items are left out.
func (m *mdWriter) list(b *model.Block) {
	bullet, ordered := byte('-'), byte('.')
	if m.lastList == bullet {
		bullet = '*'
	}
	if m.lastList == ordered {
		ordered = ')'
	}
	number := 0
	for i := range itemCount(b) {
		content := m.inline(itemRuns(b, i), false)
		if len(content) == 0 {
			continue
		}
		if number == 0 {
			m.startBlock()
		}
		number++
		var marker string
		if b.Ordered {
			marker = strconv.Itoa(number) + string(ordered) + " "
		} else {
			marker = string(bullet) + " "
		}
		m.writeLines(marker, strings.Repeat(" ", len(marker)), content)
	}
	if number > 0 {
		if b.Ordered {
			m.lastList = ordered
		} else {
			m.lastList = bullet
		}
	}
}

// table writes a GitHub pipe table whose first row is the header. Cells
// are one line each, with '|' escaped; short rows are padded.
func (m *mdWriter) table(rows [][]string) {
	width := tableWidth(rows)
	m.startBlock()
	for i, row := range rows {
		m.w.WriteByte('|')
		for j := range width {
			m.w.WriteByte(' ')
			m.w.Write(m.plain(cell(row, j), true))
			m.w.WriteString(" |")
		}
		m.w.WriteByte('\n')
		if i == 0 {
			m.w.WriteByte('|')
			for range width {
				m.w.WriteString(" --- |")
			}
			m.w.WriteByte('\n')
		}
	}
}

// preformatted writes text as a fenced code block whose fence is longer
// than any run of backticks in it (§4.5).
func (m *mdWriter) preformatted(text string) {
	text = strings.TrimRight(cleanText(text), "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	longest, run := 0, 0
	for i := 0; i < len(text); i++ {
		if text[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	m.startBlock()
	m.w.WriteString(fence)
	m.w.WriteByte('\n')
	m.w.WriteString(text)
	m.w.WriteByte('\n')
	m.w.WriteString(fence)
	m.w.WriteByte('\n')
}

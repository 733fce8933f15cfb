package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// Inline Markdown follows CommonMark 0.31 (with GitHub's tables): the
// section numbers in comments refer to that specification.

// inline renders runs as inline Markdown into m.buf and returns it. Links
// with a safe URL become [text](url); Bold and Italic become ** and *
// (never _, which cannot open inside a word); Monospace becomes a code
// span. Newlines become hard line breaks ("\" at the end of the line,
// §6.7), or spaces with oneLine. The result has no leading or trailing
// white space, and its lines still need lineStartEscape.
func (m *mdWriter) inline(runs []model.Run, oneLine bool) []byte {
	m.buf = m.buf[:0]
	m.oneLine = oneLine
	m.pendingSpace, m.pendingBreak = false, false
	m.nopen, m.nclosing = 0, 0
	m.code, m.codeAt, m.codeEnd = "", 0, 0
	runs = mergeRuns(safeLinks(runs))
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].Link == runs[i].Link {
			j++
		}
		link := runs[i].Link != "" && hasText(runs[i:j])
		m.linkPending = link
		m.styled(runs[i:j])
		if link {
			m.settle(']')
			m.buf = append(m.buf, "]("...)
			m.buf = appendLinkDestination(m.buf, runs[i].Link)
			m.buf = append(m.buf, ')')
		}
		i = j
	}
	m.settle(' ')
	return m.buf
}

// Emphasis markers only work when they touch the text the right way: an
// opening '*' run must be "left-flanking" and a closing one
// "right-flanking" (§6.2), which depends on the characters on both sides.
// So styled moves white space at the edges of a styled stretch outside
// the markers, opens a marker only where it will open, and holds closing
// markers back until the character after them is known (settle): where
// they would not close, the matching opening markers are taken out again.
// Text is never lost that way; at worst a stretch loses its emphasis.
// Markers are also never opened right after closing ones ("**a***b*"
// merges into one ambiguous run); the later stretch stays plain.

// styled writes runs that share one link, opening and closing emphasis as
// their styles change, and closes all emphasis at the end.
func (m *mdWriter) styled(runs []model.Run) {
	for _, r := range runs {
		text := cleanText(r.Text)
		start, end := 0, len(text)
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if start == end {
			m.addSpace(text)
			continue
		}
		core := text[start:end]
		m.addSpace(text[:start])
		want := r.Style & (model.Bold | model.Italic)
		// Close what is no longer wanted: from the innermost while that
		// suffices, else everything (markers must nest).
		for m.nopen > 0 && m.open[m.nopen-1].style&want == 0 {
			m.closeInnermost()
		}
		if m.openStyles()&^want != 0 {
			m.closeAll()
		}
		m.flushSpace()
		if m.linkPending {
			m.settle('[')
			m.buf = append(m.buf, '[')
			m.linkPending = false
		}
		mono := r.Style&model.Monospace != 0
		first := firstRendered(core, mono)
		justClosed := m.nclosing > 0
		m.settle(first)
		// Two code spans in a row read as one broken span: join them, and
		// put no marker between them that could be taken out again.
		join := mono && m.codeEnd > 0 && m.codeEnd == len(m.buf)
		add := want &^ m.openStyles()
		if justClosed || join || !leftFlanking(m.lastRune(), first) {
			add = 0
		}
		for _, s := range [...]model.Style{model.Bold, model.Italic} {
			if add&s != 0 {
				m.open[m.nopen] = marker{s, len(m.buf)}
				m.nopen++
				m.buf = append(m.buf, emphasisMarker(s)...)
			}
		}
		if mono {
			if join {
				core = m.code + core
				m.buf = m.buf[:m.codeAt]
			}
			m.codeAt = len(m.buf)
			m.buf = appendCodeSpan(m.buf, core)
			m.code, m.codeEnd = core, len(m.buf)
		} else {
			m.buf = m.appendEscaped(m.buf, core)
		}
		m.addSpace(text[end:])
	}
	m.closeAll()
}

// marker is an open emphasis marker and where in m.buf it was written.
type marker struct {
	style model.Style
	at    int
}

func emphasisMarker(s model.Style) string {
	if s == model.Bold {
		return "**"
	}
	return "*"
}

func (m *mdWriter) openStyles() model.Style {
	var s model.Style
	for _, o := range m.open[:m.nopen] {
		s |= o.style
	}
	return s
}

// closeInnermost moves the innermost open marker to the closing ones,
// which settle writes.
func (m *mdWriter) closeInnermost() {
	m.nopen--
	m.closing[m.nclosing] = m.open[m.nopen]
	m.nclosing++
}

// closeAll closes all open markers, innermost first.
func (m *mdWriter) closeAll() {
	for m.nopen > 0 {
		m.closeInnermost()
	}
}

// settle writes the closing markers held back, now that next, the
// character to follow them, is known (' ' for white space or the end). If
// they would not close there, it removes their opening markers instead.
func (m *mdWriter) settle(next rune) {
	if m.nclosing == 0 {
		return
	}
	if rightFlanking(m.lastRune(), next) {
		for _, c := range m.closing[:m.nclosing] {
			m.buf = append(m.buf, emphasisMarker(c.style)...)
		}
	} else {
		// Innermost first: it was written last, so the earlier offsets
		// stay right.
		for _, c := range m.closing[:m.nclosing] {
			n := len(emphasisMarker(c.style))
			m.buf = append(m.buf[:c.at], m.buf[c.at+n:]...)
			if m.codeEnd > c.at {
				m.codeAt, m.codeEnd = m.codeAt-n, m.codeEnd-n
			}
		}
	}
	m.nclosing = 0
}

// lastRune is the last character written, ' ' at the start.
func (m *mdWriter) lastRune() rune {
	if len(m.buf) == 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRune(m.buf)
	return r
}

// leftFlanking and rightFlanking tell whether a '*' run between prev and
// next can open or close emphasis (§6.2; for '*' that is all it takes).
func leftFlanking(prev, next rune) bool {
	return !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
}

func rightFlanking(prev, next rune) bool {
	return !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
}

// isPunct is CommonMark's punctuation character: ASCII punctuation or a
// Unicode punctuation or symbol character.
func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return '!' <= r && r <= '/' || ':' <= r && r <= '@' || '[' <= r && r <= '`' || '{' <= r && r <= '~'
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// firstRendered is the first character that rendering core will write.
func firstRendered(core string, mono bool) rune {
	if mono {
		return '`'
	}
	if escapedAt(core, 0) {
		return '\\'
	}
	r, _ := utf8.DecodeRuneInString(core)
	return r
}

// safeLinks returns runs with each link replaced by the form linkURL
// gives it, or by "" when it is not safe, so that the renderings group
// runs by the link they will really write. It returns runs itself when no
// link changes.
func safeLinks(runs []model.Run) []model.Run {
	var out []model.Run
	for i, r := range runs {
		if r.Link == "" {
			continue
		}
		u, _ := linkURL(r.Link)
		if u == r.Link {
			continue
		}
		if out == nil {
			out = make([]model.Run, len(runs))
			copy(out, runs)
		}
		out[i].Link = u
	}
	if out == nil {
		return runs
	}
	return out
}

// addSpace notes white space to be written before the next text.
func (m *mdWriter) addSpace(ws string) {
	if ws == "" {
		return
	}
	if !m.oneLine && strings.ContainsAny(ws, "\n\r") {
		m.pendingBreak = true
	} else {
		m.pendingSpace = true
	}
}

// flushSpace writes the white space noted by addSpace: one space, or a
// hard line break. At the start of the content it is dropped.
func (m *mdWriter) flushSpace() {
	if m.pendingBreak || m.pendingSpace {
		m.settle(' ')
	}
	if len(m.buf) > 0 {
		if m.pendingBreak {
			m.buf = appendHardBreak(m.buf)
		} else if m.pendingSpace {
			m.buf = append(m.buf, ' ')
		}
	}
	m.pendingSpace, m.pendingBreak = false, false
}

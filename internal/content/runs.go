package content

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// inlineText gathers the inline content of one block as runs, folding
// white space across run boundaries the way a browser lays text out.
type inlineText struct {
	runs      []model.Run
	b         strings.Builder // text of the run being built
	link      string          // link and style of the run being built
	style     model.Style
	space     bool // a space is pending before the next visible character
	words     int
	linkWords int
}

// write appends raw text in the given link and style.
func (t *inlineText) write(s string, link string, style model.Style) {
	for _, r := range s {
		if isSpace(r) {
			t.space = true
			continue
		}
		if r >= 0xad && isInvisible(r) {
			continue
		}
		if link != t.link || style != t.style {
			t.cut()
			t.link, t.style = link, style
		}
		if t.space {
			if !t.atLineStart() {
				t.b.WriteByte(' ')
			}
			t.space = false
		}
		t.b.WriteRune(r)
	}
}

// lineBreak appends a hard line break (<br>).
func (t *inlineText) lineBreak() {
	if t.b.Len() == 0 && len(t.runs) == 0 {
		return
	}
	t.space = false
	if t.link != "" || t.style != 0 {
		t.cut()
		t.link, t.style = "", 0
	}
	s := t.b.String()
	if strings.HasSuffix(s, "\n") {
		return
	}
	t.b.WriteByte('\n')
}

// paragraphBreak ends a paragraph inside one block (the paragraphs of a
// blockquote): a blank line.
func (t *inlineText) paragraphBreak() {
	t.cut()
	t.link, t.style, t.space = "", 0, false
	if len(t.runs) == 0 {
		return
	}
	last := &t.runs[len(t.runs)-1]
	if last.Link != "" || last.Style != 0 {
		t.runs = append(t.runs, model.Run{Text: "\n\n"})
		return
	}
	last.Text = strings.TrimRight(last.Text, "\n ") + "\n\n"
}

// atLineStart reports whether the text written so far ends a line, where a
// pending space has no place.
func (t *inlineText) atLineStart() bool {
	if n := t.b.Len(); n > 0 {
		return t.b.String()[n-1] == '\n'
	}
	if n := len(t.runs); n > 0 {
		return strings.HasSuffix(t.runs[n-1].Text, "\n")
	}
	return true
}

// cut closes the run being built.
func (t *inlineText) cut() {
	if t.b.Len() == 0 {
		return
	}
	s := t.b.String()
	t.b.Reset()
	w := countWords(s)
	t.words += w
	if t.link != "" {
		t.linkWords += w
	}
	if n := len(t.runs); n > 0 && t.runs[n-1].Link == t.link && t.runs[n-1].Style == t.style {
		t.runs[n-1].Text += s
		return
	}
	t.runs = append(t.runs, model.Run{Text: s, Link: t.link, Style: t.style})
}

// span is the inline content of one finished block.
type span struct {
	runs             []model.Run
	text             string
	words, linkWords int
}

// take returns the content gathered so far and resets t for the next
// block. Trailing line breaks are trimmed.
func (t *inlineText) take() span {
	t.cut()
	sp := span{runs: t.runs, words: t.words, linkWords: t.linkWords}
	t.runs, t.space, t.link, t.style, t.words, t.linkWords = nil, false, "", 0, 0, 0
	if n := len(sp.runs); n > 0 {
		last := &sp.runs[n-1]
		last.Text = strings.TrimRight(last.Text, "\n ")
		if last.Text == "" {
			sp.runs = sp.runs[:n-1]
		}
	}
	sp.text = joinRuns(sp.runs)
	if sp.text == "" {
		sp.runs = nil
	}
	return sp
}

// joinRuns returns the runs' text joined.
func joinRuns(runs []model.Run) string {
	if len(runs) == 0 {
		return ""
	}
	if len(runs) == 1 {
		return runs[0].Text
	}
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

func (t *inlineText) empty() bool { return t.b.Len() == 0 && len(t.runs) == 0 }

// plainRuns returns s as a single unstyled run, or nil for "".
func plainRuns(s string) []model.Run {
	if s == "" {
		return nil
	}
	return []model.Run{{Text: s}}
}

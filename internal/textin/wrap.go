package textin

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Hard-wrapped text (paragraphs cut into lines of a fixed width, blank
// lines between paragraphs, as mail and plain-text archives write it) is
// unwrapped before the lines are read: otherwise every line would look
// like a short fragment.
const (
	minWrappedLines = 10  // fewer lines inside paragraphs say nothing
	maxWrapWidth    = 100 // wider lines are not wrapped by a tool
	wrapShare       = 0.7 // share of the lines inside paragraphs that fill the width
)

// unwrap joins the lines of each paragraph (a run of lines between blank
// lines) when text is hard-wrapped, and returns text unchanged otherwise.
func unwrap(text string) string {
	lf := strings.ReplaceAll(text, "\r\n", "\n")
	if !isHardWrapped(lf) {
		return text
	}
	var b strings.Builder
	for _, para := range strings.Split(lf, "\n\n") {
		lines := strings.Split(para, "\n")
		for i, l := range lines {
			if i > 0 {
				if bulletItem(strings.TrimSpace(l)) != "" {
					b.WriteByte('\n') // a list item starts a line of its own
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(strings.TrimSpace(l))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// isHardWrapped reports, for text with "\n" line ends, whether most lines that another line follows
// directly (lines inside a paragraph) fill a width of at most
// maxWrapWidth characters: at least three quarters of the width, the
// width being the longest such line but the very longest few.
func isHardWrapped(text string) bool {
	if !strings.Contains(text, "\n\n") {
		return false
	}
	var widths []int
	lines := strings.Split(text, "\n")
	for i := 0; i+1 < len(lines) && len(widths) < maxLines; i++ {
		cur, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if cur != "" && next != "" {
			widths = append(widths, utf8.RuneCountInString(cur))
		}
	}
	if len(widths) < minWrappedLines {
		return false
	}
	sort.Ints(widths)
	width := widths[len(widths)*95/100]
	if width > maxWrapWidth || width < 30 {
		return false
	}
	full := 0
	for _, w := range widths {
		if w*4 >= width*3 {
			full++
		}
	}
	return float64(full) >= wrapShare*float64(len(widths))
}

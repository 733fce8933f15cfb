package textin

import (
	"strings"

	"github.com/lede-news/lede/internal/content"
)

// maxSectionWords is the longest line read as the title of a section that
// follows the article ("Comments", "Related stories", "34 responses to …").
const maxSectionWords = 8

// cutAtSection returns the end of the body when a section that follows
// articles opens inside it, after some prose: a short line naming it
// (comments, related stories, about the author: internal/content's
// vocabulary) or the first of the "NAME says:" lines of a comment thread.
func cutAtSection(lines []line, start, end int) int {
	prose := 0
	for i := start; i < end; i++ {
		l := lines[i]
		if isProse(l) {
			prose++
			continue
		}
		if prose == 0 || l.words > maxSectionWords || l.sentence {
			continue
		}
		if content.HasSectionPhrase(l.text) || isCommenterLine(l) && commenterLines(lines[i:end]) >= 2 {
			return i
		}
	}
	return end
}

// commenterWords end the line that names a comment's writer ("jdoe says:",
// "Anna schreibt:").
var commenterWords = []string{" says:", " said:", " sagt:", " schreibt:", " dit :", " dice:", " escribió:", " pisze:", " wrote:"}

// isCommenterLine reports whether a short line names the writer of a
// comment below it.
func isCommenterLine(l line) bool {
	if l.words > 6 {
		return false
	}
	t := strings.ToLower(l.text)
	for _, w := range commenterWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// commenterLines counts the commenter lines among the first lines of ls.
func commenterLines(ls []line) int {
	n := 0
	for i := 0; i < len(ls) && i < 40; i++ {
		if isCommenterLine(ls[i]) {
			n++
		}
	}
	return n
}

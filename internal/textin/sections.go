package textin

import (
	"strings"

	"github.com/lede-news/lede/internal/content"
)

// maxSectionWords is the longest line read as the title of a section that
// follows the article ("Comments", "Related stories", "34 responses to …").
const maxSectionWords = 8

// cutAtSection returns the end of the body when a comment thread opens
// inside it, after some prose: a short line that names the comments
// ("34 Comments", "Kommentare (12)", "Leave a Reply") or the first of the
// "NAME says:" lines of a thread.
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
		if isCommentsLine(l) || isCommenterLine(l) && commenterLines(lines[i:end]) >= 2 {
			return i
		}
	}
	return end
}

// commentWords name a comment thread, in the languages lede reads.
var commentWords = []string{"comment", "kommentar", "comentario", "commentaire", "commento", "komentarz",
	"reactie", "réaction", "responses to", "replies to", "leave a reply", "antworten auf"}

// isCommentsLine reports whether a short line names a comment thread.
func isCommentsLine(l line) bool {
	t := strings.ToLower(l.text)
	for _, w := range commentWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// isSectionLine reports whether a short line names a section that is not
// the article's: related stories, more on the topic, about the author
// (internal/content's vocabulary).
func isSectionLine(l line) bool {
	return l.words <= maxSectionWords && !l.sentence && content.HasSectionPhrase(l.text)
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

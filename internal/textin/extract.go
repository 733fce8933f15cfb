package textin

import "github.com/lede-news/lede/internal/model"

// Result is what Extract recovers from a text. Strings are "" and lists
// nil when the text does not say.
type Result struct {
	Kicker, Headline, Teaser string
	Highlights               []string
	Authors, Agencies        []string
	Dateline                 string
	Published                string // YYYY-MM-DD, as a date in the head of the article reads
	ImageCaption             string
	ImageCredit              string
	Blocks                   []model.Block // the body; nil when no prose was found
}

// Extract recovers an article from plain text (UTF-8, one block of the
// page per line; blank lines are ignored, except in hard-wrapped text,
// where they separate the paragraphs).
func Extract(text string) Result {
	lines := splitLines(unwrap(text))
	var r Result
	start, end, ok := bodyRegion(lines)
	if !ok {
		return r
	}
	bodyStart := r.readHead(lines, start, end)
	bodyEnd := trimTail(lines, bodyStart, cutAtSection(lines, bodyStart, end))
	if listEnd := extendList(lines, bodyStart, bodyEnd); listEnd > bodyEnd {
		bodyEnd = listEnd
	}
	r.Blocks = r.bodyBlocks(lines[bodyStart:bodyEnd])
	return r
}

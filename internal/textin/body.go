package textin

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// maxHeadingWords is the longest line read as a subheading.
const maxHeadingWords = 15

// maxLinkTitleWords is the longest line read as the title of a linked
// story in a box of links.
const maxLinkTitleWords = 20

// trimTail returns the end of the body: the lines after the last prose
// line (or long line) that are short and no sentence (navigation, "Zur Startseite",
// "Jetzt entdecken", a signature's initials) or furniture are dropped.
func trimTail(lines []line, start, end int) int {
	for end > start {
		l := lines[end-1]
		if (isProse(l) || l.words >= 15) && !l.furniture || isHighlight(l) && end-1 > start && lines[end-2].item != "" {
			break
		}
		end--
	}
	return end
}

// bodyBlocks turns the body's lines into blocks: paragraphs, subheadings
// (a short line without final punctuation between paragraphs) and lists
// (two or more bullet lines in a row). Furniture lines and boxes of links
// are dropped, a photo credit goes to the image.
func (r *Result) bodyBlocks(lines []line) []model.Block {
	var blocks []model.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case isCreditLine(l):
			r.readCredit(l)
			continue
		case isSectionLine(l) && i+1 < len(lines) && isLinkTitle(lines[i+1]):
			// a box of links inside the article ("Related articles" and
			// their titles): skipped up to the next prose
			for i+1 < len(lines) && isLinkTitle(lines[i+1]) {
				i++
			}
			continue
		case l.furniture:
			continue
		case l.item != "" && i+1 < len(lines) && lines[i+1].item != "":
			var items []string
			for ; i < len(lines) && lines[i].item != ""; i++ {
				items = append(items, lines[i].item)
			}
			i--
			blocks = append(blocks, listBlock(items))
			continue
		case isSubheading(lines, i, blocks):
			blocks = append(blocks, model.Block{Type: model.Heading, Level: 2, Text: l.text, Runs: []model.Run{{Text: l.text}}})
			continue
		}
		blocks = append(blocks, model.Block{Type: model.Paragraph, Text: l.text, Runs: []model.Run{{Text: l.text}}})
	}
	return blocks
}

// isSubheading reports whether lines[i] is a subheading: a short line
// that reads as a title (no final full stop, comma or colon), with a
// paragraph before it and prose after it.
func isSubheading(lines []line, i int, before []model.Block) bool {
	l := lines[i]
	if l.words > maxHeadingWords || l.sentence || !isTitleLike(l) && l.words != 1 {
		return false
	}
	if strings.HasSuffix(l.text, ":") || isHeadFurniture(l) {
		return false
	}
	if len(before) == 0 || before[len(before)-1].Type != model.Paragraph {
		return false
	}
	return i+1 < len(lines) && isProse(lines[i+1])
}

func listBlock(items []string) model.Block {
	runs := make([][]model.Run, len(items))
	for i, it := range items {
		runs[i] = []model.Run{{Text: it}}
	}
	return model.Block{Type: model.List, Text: strings.Join(items, "\n"), Items: items, ItemRuns: runs}
}

// isLinkTitle reports whether a line can be the title of a linked story:
// no prose, not too long.
func isLinkTitle(l line) bool {
	return !isProse(l) && l.words <= maxLinkTitleWords
}

package content

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// keepBlocks drops the blocks that are chrome inside the article container
// and returns the rest, in order.
func keepBlocks(blocks []model.Block, stats []blockStats, headline string) []model.Block {
	n := chromeSectionStart(blocks)
	blocks, stats = blocks[:n], stats[:n]
	out := blocks[:0]
	head := normalizeForCompare(headline)
	for i, blk := range blocks {
		st := stats[i]
		if isChromeBlock(blk, st) {
			if blk.Type == model.List && len(out) > 0 && out[len(out)-1].Type == model.Heading {
				out = out[:len(out)-1] // the heading of a dropped link list
			}
			continue
		}
		if blk.Type == model.Heading && head != "" && len(out) < 3 && normalizeForCompare(blk.Text) == head {
			continue
		}
		out = append(out, blk)
	}
	// A heading or a link-heavy fragment after the last paragraph of prose
	// introduces something that is not there any more (related stories,
	// comments): drop it.
	for len(out) > 0 && isTrailingChrome(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	// Calls to action close many articles: subscribe, download the app,
	// follow us, support our work. Only the last two blocks are looked at.
	for i := 0; i < 2 && len(out) > 1 && isCallToAction(out[len(out)-1]); i++ {
		out = out[:len(out)-1]
		for len(out) > 0 && isTrailingChrome(out[len(out)-1]) {
			out = out[:len(out)-1]
		}
	}
	return dropLeadingChrome(out)
}

// splitHighlights takes a "key points" list printed before the first
// paragraph of prose out of the body: its items are sentences, not links,
// and it stands before the article's text.
func splitHighlights(blocks []model.Block) (body []model.Block, highlights []string) {
	for i, b := range blocks {
		if isProse(b) {
			return blocks, nil
		}
		if b.Type != model.List || len(b.Items) < 2 || len(b.Items) > 8 || linkShare(b.ItemRuns) > 0.2 {
			continue
		}
		sentences := 0
		for _, it := range b.Items {
			if w := countWords(it); w >= 6 && w <= 60 {
				sentences++
			}
		}
		if sentences != len(b.Items) || !hasProseAfter(blocks[i+1:]) {
			continue
		}
		body = append(blocks[:i:i], blocks[i+1:]...)
		return body, b.Items
	}
	return blocks, nil
}

func hasProseAfter(blocks []model.Block) bool {
	for _, b := range blocks {
		if isProse(b) {
			return true
		}
	}
	return false
}

// dropLeadingChrome drops the short lines before the first paragraph of
// prose: section labels, dates, reading times, "Artikel", "Promis". The
// headline and subheadings are headings and stay.
func dropLeadingChrome(blocks []model.Block) []model.Block {
	for i, blk := range blocks {
		if isProse(blk) {
			if i == 0 {
				return blocks
			}
			kept := blocks[:0:0]
			for _, b := range blocks[:i] {
				if b.Type != model.Paragraph || countWords(b.Text) > 3 || endsSentence(b.Text) {
					kept = append(kept, b)
				}
			}
			return append(kept, blocks[i:]...)
		}
	}
	return blocks
}

// isProse reports whether a block reads as running text.
func isProse(blk model.Block) bool {
	return blk.Type == model.Paragraph && countWords(blk.Text) >= 12 && endsSentence(blk.Text)
}

// isDateLine reports whether a short block is a date or time stamp
// ("23.10.2018", "Aktualisiert: 11.04.2020, 10:27", "4 Min Read").
func isDateLine(text string, words int) bool {
	if words > 7 {
		return false
	}
	return hasDatePattern(text) || strings.Contains(strings.ToLower(text), "min read")
}

// hasDatePattern reports whether s holds a numeric date or a clock time:
// digits, one of ". / - :", digits (and for a date a second separator and
// digits), as in 23.10.2018, 2018-10-23, 10/23/18, 10:27.
func hasDatePattern(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i > 4 || j+1 >= len(s) || !isDigit(s[j+1]) {
			continue
		}
		sep := s[j]
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		switch {
		case sep == ':' && j-i <= 2 && k-j-1 == 2:
			return true
		case (sep == '.' || sep == '/' || sep == '-') && k+1 < len(s) && s[k] == sep && isDigit(s[k+1]):
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isTrailingChrome reports whether a block at the end of the body is the
// page's furniture after the article: a heading that introduces nothing, a
// short label or prompt ("Seite teilen", "War der Artikel nützlich?"),
// a credit or source line.
func isTrailingChrome(blk model.Block) bool {
	switch blk.Type {
	case model.Heading:
		return true
	case model.List:
		// A closing list that is mostly links: more stories, tags.
		return linkShare(blk.ItemRuns) > 0.3
	case model.Paragraph:
		if linkShare([][]model.Run{blk.Runs}) > 0.5 {
			return true // more stories, as a line of links
		}
	default:
		return false
	}
	words := countWords(blk.Text)
	t := strings.TrimSpace(blk.Text)
	switch {
	case words <= 10 && !endsSentence(t):
		return true
	case words <= 10 && (strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":")):
		return true
	}
	return false
}

// isChromeBlock reports whether a block inside the container is page
// chrome: a link list, a share line, an advertisement label.
func isChromeBlock(blk model.Block, st blockStats) bool {
	density := 0.0
	if st.words > 0 {
		density = float64(st.linkWords) / float64(st.words)
	}
	switch blk.Type {
	case model.List:
		return density > 0.6
	case model.Paragraph, model.Heading:
		if density > 0.6 && st.words < 15 {
			return true
		}
	}
	if blk.Type == model.Paragraph && (isDateLine(blk.Text, st.words) || looksLikeMarkup(blk.Text) || isCaptionLine(blk.Text, st.words) || isGateNotice(blk.Text, st.words)) {
		return true
	}
	return st.words < 40 && isChromePhrase(blk.Text)
}

// normalizeForCompare lower-cases s and folds white space, for comparing a
// heading with the page's headline.
func normalizeForCompare(s string) string {
	return strings.ToLower(collapseSpace(s, false))
}

// linkShare is the share of the runs' characters that sit in links.
func linkShare(items [][]model.Run) float64 {
	var all, linked int
	for _, runs := range items {
		for _, r := range runs {
			all += len(r.Text)
			if r.Link != "" {
				linked += len(r.Text)
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(linked) / float64(all)
}

// looksLikeMarkup reports whether a paragraph is HTML source shown as text
// (an escaped tracking pixel, a broken embed): it starts with a tag.
func looksLikeMarkup(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	c := t[1] | 0x20
	return c >= 'a' && c <= 'z' && strings.ContainsRune(t, '>') && strings.ContainsRune(t, '=')
}

// chromeSectionStart returns where a closing part of the body that a chrome
// heading introduces ("Über den Autor", "Das könnte Sie auch
// interessieren", "Vos réactions") begins, when that part is small: the
// article has ended there. Without one it returns len(blocks).
func chromeSectionStart(blocks []model.Block) int {
	total := 0
	for _, b := range blocks {
		total += countWords(b.Text)
	}
	after := total
	seenProse := false
	for i, b := range blocks {
		after -= countWords(b.Text)
		if isProse(b) {
			seenProse = true
			continue
		}
		if !seenProse || !isSectionLabel(b) {
			continue
		}
		if after*4 < total {
			return i
		}
	}
	return len(blocks)
}

// isSectionLabel reports whether a block is a heading, or a short line
// ending in a colon, that names a chrome section.
func isSectionLabel(b model.Block) bool {
	t := strings.TrimSpace(b.Text)
	if b.Type != model.Heading && !(b.Type == model.Paragraph && strings.HasSuffix(t, ":")) {
		return false
	}
	return countWords(t) <= 8 && (isChromePhrase(t) || hasSectionPhrase(t))
}

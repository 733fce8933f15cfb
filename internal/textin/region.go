package textin

import (
	"strings"

	"github.com/lede-news/lede/internal/content"
)

// Line values for finding the body: prose counts for its words, the short
// lines of menus and link lists against it, known furniture more so.
const (
	shortLineValue     = -3  // a line of a few words that is no sentence
	furnitureLineValue = -15 // a line that opens as page furniture does
	maxLineValue       = 80  // no single line decides the region alone
)

// lineValue is how much a line speaks for being part of the body.
func lineValue(l line) float64 {
	if l.words <= 30 && isFurniture(l.text) {
		return furnitureLineValue
	}
	v := float64(l.words)
	switch {
	case isProse(l):
	case l.sentence && l.words >= 4:
		v = 1
	case l.words >= 15:
		v /= 2
	case opensWithDigit(l) && l.words >= 3:
		return 0 // a numbered item or a table row: neither prose nor chrome
	default:
		return shortLineValue
	}
	return min(v, maxLineValue)
}

// isFurniture reports whether a short line opens or reads as page
// furniture: a chrome phrase, a call to action, a paywall or consent notice.
func isFurniture(s string) bool {
	return content.IsChromePhrase(s) || content.IsCallToAction(s) || content.IsGateNotice(s)
}

// bodyRegion returns the run of lines [start, end) with the largest sum of
// line values (Kadane's maximum-sum subarray). ok is false when no line
// has a positive value.
func bodyRegion(lines []line) (start, end int, ok bool) {
	best, sum := 0.0, 0.0
	from := 0
	for i, l := range lines {
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += lineValue(l)
		if sum > best {
			best, start, end = sum, from, i+1
		}
	}
	return start, end, best > 0
}

// maxListLines bounds the lines a list after the body may add.
const maxListLines = 200

// extendList returns the end of the body when a list follows it: the body's
// last line announces it (ends with a colon) and the lines after it open
// alike (numbered, dated, bulleted) and are no furniture.
func extendList(lines []line, start, end int) int {
	if end <= start || end >= len(lines) || !strings.HasSuffix(lines[end-1].text, ":") {
		return end
	}
	first := shape(lines[end])
	i := end
	for i < len(lines) && i < end+maxListLines {
		l := lines[i]
		if shape(l) != first || l.words > 60 || isFurniture(l.text) {
			break
		}
		i++
	}
	return i
}

package textin

import (
	"strings"

	"github.com/lede-news/lede/internal/content"
)

// Line values for finding the body: prose counts for its words, the short
// lines of menus and link lists against it, known furniture more so.
const (
	shortLineValue     = -2  // a line of a few words that is no sentence (a label, a subheading)
	menuLineValue      = -8  // a line of one or two words: a menu's entry, most often
	furnitureLineValue = -15 // a line that opens as page furniture does
	maxLineValue       = 80  // no single line decides the region alone
)

// lineValue is how much a line speaks for being part of the body.
func lineValue(l line) float64 {
	if l.furniture {
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
	case l.words <= 2:
		return menuLineValue
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

// extendList returns the end of the body when a list follows it: a line
// that ends with a colon announces it (the body's last line, or the line
// right after the body), and the lines after that open alike (numbered,
// dated, bulleted; the first may be a table's header) and are no
// furniture.
func extendList(lines []line, start, end int) int {
	if end <= start || end >= len(lines) {
		return end
	}
	i := end
	if next := lines[i]; !strings.HasSuffix(lines[i-1].text, ":") && strings.HasSuffix(next.text, ":") && next.words >= 3 && !next.furniture {
		i++ // "The tour stops in these cities:"
	}
	if !strings.HasSuffix(lines[i-1].text, ":") || i >= len(lines) {
		return end
	}
	first := shape(lines[i])
	if i+1 < len(lines) && shape(lines[i+1]) != first {
		first = shape(lines[i+1]) // a header row
		i++
	}
	listStart := i
	for i < len(lines) && i < listStart+maxListLines {
		l := lines[i]
		if shape(l) != first || l.words > 60 || l.furniture {
			break
		}
		i++
	}
	if i-listStart < 2 {
		return end // not a list
	}
	return i
}

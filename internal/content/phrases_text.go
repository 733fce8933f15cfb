package content

import "github.com/lede-news/lede/internal/model"

// The phrase tests below are exported for text input (internal/textin),
// which reads the same page furniture from lines of plain text.

// IsChromePhrase reports whether a short line opens as page furniture does
// ("Zur Startseite", "Read more", "Foto: dpa", "© 2019").
func IsChromePhrase(text string) bool { return isChromePhrase(text) }

// IsCallToAction reports whether a short line asks the reader to
// subscribe, follow, download or donate.
func IsCallToAction(text string) bool {
	return isCallToAction(model.Block{Type: model.Paragraph, Text: text})
}

// IsCaptionLine reports whether a short line is an image caption or
// credit ("Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO").
func IsCaptionLine(text string) bool { return isCaptionLine(text, countWords(text)) }

// IsGateNotice reports whether a short line is a paywall, login or consent
// notice.
func IsGateNotice(text string) bool { return isGateNotice(text, countWords(text)) }

// HasSectionPhrase reports whether a short line names a section that
// follows an article ("Mehr zum Thema", "Comments", "About the author").
func HasSectionPhrase(text string) bool { return hasSectionPhrase(text) }

// CountWords counts words as the content stage does (scripts written
// without spaces count one word per character).
func CountWords(text string) int { return countWords(text) }

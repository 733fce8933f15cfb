package render

import (
	"bufio"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// writeText writes the headline, a blank line and the body text: exactly
// a.Text, the string the evaluation scores. Either part is left out when
// empty; the output ends with one newline unless it is empty.
func writeText(w *bufio.Writer, a *model.Article) {
	headline := collapseSpace(cleanText(a.Headline))
	body := a.Text
	if body == "" {
		body = bodyText(a.Body)
	}
	body = cleanText(body)
	if headline != "" {
		w.WriteString(headline)
		w.WriteByte('\n')
		if body != "" {
			w.WriteByte('\n')
		}
	}
	if body != "" {
		w.WriteString(body)
		if !strings.HasSuffix(body, "\n") {
			w.WriteByte('\n')
		}
	}
}

// bodyText builds a body text from blocks, for an Article whose Text the
// caller left empty: blocks joined by a blank line, list items and table
// rows one per line, table cells separated by a tab.
func bodyText(blocks []model.Block) string {
	parts := make([]string, 0, len(blocks))
	for _, bl := range blocks {
		if t := blockText(bl); strings.TrimSpace(t) != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n\n")
}

// blockText is the plain text of one block: its Text, or else what its
// items, rows or runs hold.
func blockText(bl model.Block) string {
	if bl.Text != "" {
		return bl.Text
	}
	var b strings.Builder
	switch bl.Type {
	case model.List:
		for i := range itemCount(&bl) {
			if i > 0 {
				b.WriteByte('\n')
			}
			writeRunsText(&b, itemRuns(&bl, i))
		}
	case model.Table:
		for i, row := range bl.Rows {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(strings.Join(row, "\t"))
		}
	default:
		writeRunsText(&b, bl.Runs)
	}
	return b.String()
}

func writeRunsText(b *strings.Builder, runs []model.Run) {
	for _, r := range runs {
		b.WriteString(r.Text)
	}
}

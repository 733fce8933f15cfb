package render

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// blockRuns returns the inline content of a block: its Runs, or its Text as
// one plain run when the caller gave no Runs.
func blockRuns(b *model.Block) []model.Run {
	if b.Runs != nil {
		return b.Runs
	}
	if b.Text == "" {
		return nil
	}
	return []model.Run{{Text: b.Text}}
}

// itemCount is the number of items of a list block.
func itemCount(b *model.Block) int { return max(len(b.Items), len(b.ItemRuns)) }

// itemRuns returns the inline content of list item i, from ItemRuns or
// else Items.
func itemRuns(b *model.Block, i int) []model.Run {
	if i < len(b.ItemRuns) && b.ItemRuns[i] != nil {
		return b.ItemRuns[i]
	}
	if i < len(b.Items) && b.Items[i] != "" {
		return []model.Run{{Text: b.Items[i]}}
	}
	return nil
}

// hasText reports whether runs hold anything but white space.
func hasText(runs []model.Run) bool {
	for _, r := range runs {
		if strings.TrimSpace(r.Text) != "" {
			return true
		}
	}
	return false
}

// mergeRuns joins neighbouring runs with the same link and style, so that
// the renderings open and close each link and emphasis once. It returns
// runs itself when there is nothing to join.
func mergeRuns(runs []model.Run) []model.Run {
	joinable := false
	for i := 1; i < len(runs); i++ {
		if runs[i].Link == runs[i-1].Link && runs[i].Style == runs[i-1].Style {
			joinable = true
			break
		}
	}
	if !joinable {
		return runs
	}
	out := make([]model.Run, 0, len(runs))
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].Link == r.Link && out[n-1].Style == r.Style {
			out[n-1].Text += r.Text
			continue
		}
		out = append(out, r)
	}
	return out
}

// headingLevel maps a body heading's level to 2-6: level 1 belongs to the
// headline, and a missing level reads as 2.
func headingLevel(level int) int { return min(max(level, 2), 6) }

// tableWidth is the number of columns of a table: its longest row.
func tableWidth(rows [][]string) int {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	return n
}

// cell returns cell j of row, "" for a row shorter than the table.
func cell(row []string, j int) string {
	if j < len(row) {
		return row[j]
	}
	return ""
}

// bylineParts returns the byline fields shown under the headline, in
// order: authors, agencies, dateline, published. Empty ones are left out.
func bylineParts(a *model.Article) (authors, agencies, dateline, published string) {
	return joinNonEmpty(a.Authors), joinNonEmpty(a.Agencies),
		collapseSpace(cleanText(a.Dateline)), collapseSpace(cleanText(a.Published))
}

func joinNonEmpty(list []string) string {
	var b strings.Builder
	for _, s := range list {
		s = collapseSpace(cleanText(s))
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	return b.String()
}

package boiler

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// Apply removes the article's learned boilerplate lines in place: a teaser
// that is one, highlights and list items that are, and body blocks that
// are (a list when all its items are). Text and WordCount are recomputed.
// It returns the number of lines removed: 0, and the article untouched,
// when its host learned nothing (a host with fewer than MinPages pages).
//
// A line is removed when its whole normalised text is a learned line key,
// or when it has at most MaxVariantWords words and its label, prefix or
// suffix is a learned key. The body is never emptied: when every block
// would go, the body is kept as it is (the page is probably not an
// article but the template's own text, and is left to the caller's
// judgement).
func (m *Model) Apply(a *model.Article) int {
	if m == nil || len(m.hosts) == 0 {
		return 0
	}
	hm := m.hosts[Host(a)]
	if hm == nil {
		return 0
	}
	c := cleaner{hm: hm}
	removed := 0
	if a.Teaser != "" && c.isBoilerplate(a.Teaser) {
		a.Teaser = ""
		removed++
	}
	if len(a.Highlights) > 0 {
		kept := a.Highlights[:0:0]
		for _, h := range a.Highlights {
			if c.isBoilerplate(h) {
				removed++
				continue
			}
			kept = append(kept, h)
		}
		a.Highlights = kept
	}
	body, n := c.cleanBody(a.Body)
	if n > 0 && len(body) > 0 {
		a.Body = body
		removed += n
		a.Text = model.JoinText(body)
		a.WordCount = model.CountWords(a.Text)
	}
	return removed
}

// cleaner holds one Apply call's scratch state.
type cleaner struct {
	hm   *hostModel
	keys []lineKey
}

// isBoilerplate reports whether line matches a learned key of the host.
func (c *cleaner) isBoilerplate(line string) bool {
	c.keys = lineKeys(line, c.keys[:0])
	for _, k := range c.keys {
		if kind, ok := c.hm.keys[k.hash]; ok && kind == k.kind {
			return true
		}
	}
	return false
}

// cleanBody returns the blocks that are not boilerplate, as a new slice
// (blocks is not modified), and the number of lines removed.
func (c *cleaner) cleanBody(blocks []model.Block) ([]model.Block, int) {
	out := make([]model.Block, 0, len(blocks))
	removed := 0
	for _, b := range blocks {
		switch b.Type {
		case model.Table, model.Preformatted:
		case model.List:
			var n int
			if b, n = c.cleanList(b); n > 0 {
				removed += n
				if len(b.Items) == 0 {
					continue
				}
			}
		default:
			if c.isBoilerplate(b.Text) {
				removed++
				continue
			}
		}
		out = append(out, b)
	}
	return out, removed
}

// cleanList returns the list without its boilerplate items, and how many
// went. The list's Items and ItemRuns are copied, never modified.
func (c *cleaner) cleanList(b model.Block) (model.Block, int) {
	var items []string
	var runs [][]model.Run
	removed := 0
	for i, it := range b.Items {
		if c.isBoilerplate(it) {
			removed++
			continue
		}
		items = append(items, it)
		if i < len(b.ItemRuns) {
			runs = append(runs, b.ItemRuns[i])
		}
	}
	if removed == 0 {
		return b, 0
	}
	b.Items, b.ItemRuns = items, runs
	b.Text = strings.Join(items, "\n")
	return b, removed
}

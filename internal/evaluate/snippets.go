package evaluate

import (
	"sort"
	"strings"
)

// normalizeSpace turns each run of white space into one space and trims
// both ends.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// snippetText is the text the snippets are looked for in: teaser,
// highlights (one per line) and text, the non-empty ones joined by a blank
// line. A failed page has none.
func snippetText(p *Prediction) string {
	if p.Failed() {
		return ""
	}
	var parts []string
	for _, s := range []string{p.Teaser, strings.Join(p.Highlights, "\n"), p.Text} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n")
}

// SnippetPage is one page's snippet counts.
type SnippetPage struct {
	ID              string
	TP, FP, FN, TN  int
	Missed          []string // with snippets not found
	Found           []string // without snippets found
	Failed, Missing bool
	Error           string
}

// SnippetReport is trafilatura's metric over a set.
type SnippetReport struct {
	Pages, Errors, Missing          int
	TP, FP, FN, TN                  int
	Precision, Recall, F1, Accuracy float64
	PerPage                         []SnippetPage
}

// ScoreSnippets looks for each page's with and without snippets in its
// whitespace-normalised teaser + highlights + text, case-sensitively, and
// micro-averages the counts over the set.
func ScoreSnippets(set *Set, ps *Predictions) SnippetReport {
	var r SnippetReport
	for _, t := range set.Pages {
		if !t.HasSnippets {
			continue
		}
		pred, missing := ps.lookup(t.ID)
		text := normalizeSpace(snippetText(pred))
		page := SnippetPage{ID: t.ID, Failed: pred.Failed(), Missing: missing, Error: pred.Error}
		for _, s := range t.With {
			if strings.Contains(text, normalizeSpace(s)) {
				page.TP++
			} else {
				page.FN++
				page.Missed = append(page.Missed, s)
			}
		}
		for _, s := range t.Without {
			if strings.Contains(text, normalizeSpace(s)) {
				page.FP++
				page.Found = append(page.Found, s)
			} else {
				page.TN++
			}
		}
		r.Pages++
		if page.Failed {
			r.Errors++
		}
		if missing {
			r.Missing++
		}
		r.TP += page.TP
		r.FP += page.FP
		r.FN += page.FN
		r.TN += page.TN
		r.PerPage = append(r.PerPage, page)
	}
	r.Precision = ratio(r.TP, r.TP+r.FP)
	r.Recall = ratio(r.TP, r.TP+r.FN)
	r.Accuracy = ratio(r.TP+r.TN, r.TP+r.FP+r.FN+r.TN)
	r.F1 = ratio(2*r.TP, 2*r.TP+r.FP+r.FN)
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Worst returns the n pages with the most snippet errors (missed with plus
// found without), worst first; pages without errors are left out.
func (r SnippetReport) Worst(n int) []SnippetPage {
	var pages []SnippetPage
	for _, p := range r.PerPage {
		if p.FN+p.FP > 0 {
			pages = append(pages, p)
		}
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].FN+pages[i].FP > pages[j].FN+pages[j].FP })
	return pages[:min(n, len(pages))]
}

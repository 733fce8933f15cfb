package evaluate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Report is the score of one set.
type Report struct {
	Set      string
	Lines    int // output lines (or results) scored
	Invalid  int // lines that were not a JSON object with a source
	Dups     int // lines for a page that already had one
	Body     *BodyReport
	Snippets *SnippetReport
	Meta     *MetaReport
}

// Score runs the scorers that apply to the set.
func Score(set *Set, ps *Predictions) *Report {
	r := &Report{Set: set.Name, Lines: ps.Lines, Invalid: ps.Invalid, Dups: ps.Duplicates}
	for _, s := range set.Scorers() {
		switch s {
		case "body":
			b := ScoreBody(set, ps)
			r.Body = &b
		case "snippets":
			s := ScoreSnippets(set, ps)
			r.Snippets = &s
		case "meta":
			m := ScoreMeta(set, ps)
			r.Meta = &m
		}
	}
	return r
}

// Write prints the report's tables and, when worst > 0, the worst pages of
// each scorer.
func (r *Report) Write(w io.Writer, worst int) {
	if r.Invalid > 0 {
		fmt.Fprintf(w, "%s: %d of %d output lines are not a JSON object with a source\n", r.Set, r.Invalid, r.Lines)
	}
	if r.Dups > 0 {
		fmt.Fprintf(w, "%s: %d output lines repeat a page (the last one counts)\n", r.Set, r.Dups)
	}
	if b := r.Body; b != nil {
		fmt.Fprintf(w, "== %s: body (%d pages, %d errors, %d missing)\n", r.Set, b.Pages, b.Errors, b.Missing)
		fmt.Fprintf(w, "precision %.4f  recall %.4f  F1 %.4f  exact %.4f\n", b.Precision, b.Recall, b.F1, b.Exact)
		if pages := b.Worst(worst); len(pages) > 0 {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "worst page\tprecision\trecall\tF1\t")
			for _, p := range pages {
				prec, _ := p.Precision()
				rec, _ := p.Recall()
				fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%s\n", p.ID, prec, rec, p.F1(), p.Error)
			}
			tw.Flush()
		}
	}
	if s := r.Snippets; s != nil {
		fmt.Fprintf(w, "== %s: snippets (%d pages, %d errors, %d missing)\n", r.Set, s.Pages, s.Errors, s.Missing)
		fmt.Fprintf(w, "precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  (tp %d fp %d fn %d tn %d)\n",
			s.Precision, s.Recall, s.F1, s.Accuracy, s.TP, s.FP, s.FN, s.TN)
		for _, p := range s.Worst(worst) {
			fmt.Fprintf(w, "%s: %d missed, %d unwanted %s\n", p.ID, p.FN, p.FP, p.Error)
			for _, m := range p.Missed {
				fmt.Fprintf(w, "    missed   %q\n", clip(m, 100))
			}
			for _, f := range p.Found {
				fmt.Fprintf(w, "    unwanted %q\n", clip(f, 100))
			}
		}
	}
	if m := r.Meta; m != nil {
		fmt.Fprintf(w, "== %s: meta (%d pages, %d errors, %d missing)\n", r.Set, m.Pages, m.Errors, m.Missing)
		fmt.Fprintf(w, "%-15s %6s %6s  %s\n", "field", "pages", "empty", "score")
		for _, f := range m.fields() {
			fmt.Fprintf(w, "%-15s %6d %6d  %.4f\n", f.name, f.score.Pages, f.score.EmptyLabels, f.score.Score())
		}
		if worst > 0 {
			for _, f := range m.fields() {
				for _, miss := range f.score.Wrong[:min(worst, len(f.score.Wrong))] {
					fmt.Fprintf(w, "%s %s: want %q, got %q\n", f.name, miss.ID, clip(miss.Label, 100), clip(miss.Output, 100))
				}
			}
		}
	}
}

// Summary returns one line per scorer, as the reference checks print them.
func (r *Report) Summary() []string {
	var lines []string
	if b := r.Body; b != nil {
		lines = append(lines, fmt.Sprintf("%s body: F1 %.4f exact %.4f", r.Set, b.F1, b.Exact))
	}
	if s := r.Snippets; s != nil {
		lines = append(lines, fmt.Sprintf("%s snippets: F1 %.4f", r.Set, s.F1))
	}
	if m := r.Meta; m != nil {
		var parts []string
		for _, f := range m.fields() {
			if f.score.Pages > 0 {
				parts = append(parts, fmt.Sprintf("%s %.4f", f.name, f.score.Score()))
			}
		}
		lines = append(lines, fmt.Sprintf("%s meta: %s", r.Set, strings.Join(parts, " ")))
	}
	return lines
}

type namedField struct {
	name  string
	score FieldScore
}

func (m *MetaReport) fields() []namedField {
	fields := []namedField{{"headline", m.Headline}, {"authors", m.Authors}, {"date", m.Date}, {"language", m.Language}}
	if m.LanguageNoHint.Pages > 0 {
		fields = append(fields, namedField{"language-nohint", m.LanguageNoHint})
	}
	return fields
}

// clip shortens s to at most n runes for a one-line listing.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

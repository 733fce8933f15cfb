package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FieldScore is the score of one metadata field over the pages annotated
// for it.
type FieldScore struct {
	Pages       int     // pages scored: those with the label
	EmptyLabels int     // of them, pages whose label says "no value"
	Sum         float64 // sum of the page scores (1 or 0, or an F1)
	Wrong       []MetaMiss
}

// Score is the mean page score.
func (f FieldScore) Score() float64 {
	if f.Pages == 0 {
		return 0
	}
	return f.Sum / float64(f.Pages)
}

func (f *FieldScore) add(id string, l Label, output string, score float64) {
	f.Pages++
	if l.Empty() {
		f.EmptyLabels++
	}
	f.Sum += score
	if score < 1 {
		f.Wrong = append(f.Wrong, MetaMiss{ID: id, Label: l.Value(), Output: output, Score: score})
	}
}

// MetaMiss is a page whose field was not right.
type MetaMiss struct {
	ID, Label, Output string
	Score             float64
}

// MetaReport scores headline, authors, published date and language.
type MetaReport struct {
	Pages, Errors, Missing int
	Headline, Authors      FieldScore
	Date, Language         FieldScore
	// LanguageNoHint scores the language found with the page's language
	// hints stripped, on the pages of Language; it has no pages when the
	// predictions were read from batch output.
	LanguageNoHint FieldScore
}

// ScoreMeta scores each field on the pages annotated for it; an empty label
// is right only for an empty output. A failed page's metadata counts as
// written; a missing page has none.
func ScoreMeta(set *Set, ps *Predictions) MetaReport {
	var r MetaReport
	for _, t := range set.Pages {
		pred, missing := ps.lookup(t.ID)
		r.Pages++
		if pred.Failed() {
			r.Errors++
		}
		if missing {
			r.Missing++
		}
		if t.Title.Present {
			out := pred.Headline
			if pred.Kicker != "" {
				out = "(kicker " + pred.Kicker + ") " + pred.Headline
			}
			r.Headline.add(t.ID, t.Title, out, boolScore(headlineRight(t.Title.Value(), pred.Kicker, pred.Headline)))
		}
		if t.Author.Present {
			out := append(append([]string(nil), pred.Authors...), pred.Agencies...)
			r.Authors.add(t.ID, t.Author, strings.Join(out, "; "), setF1(names(t.Author.Values), names(out)))
		}
		if t.Date.Present {
			r.Date.add(t.ID, t.Date, pred.Published, boolScore(dateRight(t.Date.Value(), pred.Published)))
		}
		if t.Language.Present {
			r.Language.add(t.ID, t.Language, pred.Language, boolScore(languageRight(t.Language.Value(), pred.Language)))
			if ps.NoHint {
				r.LanguageNoHint.add(t.ID, t.Language, pred.LanguageNoHint, boolScore(languageRight(t.Language.Value(), pred.LanguageNoHint)))
			}
		}
	}
	return r
}

func boolScore(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// normalizeTitle prepares a headline for comparison: NFC, lower case, runs
// of white space as one space, punctuation and spaces trimmed at both ends.
func normalizeTitle(s string) string {
	s = normalizeSpace(strings.ToLower(norm.NFC.String(s)))
	return strings.TrimFunc(s, isPunctOrSpace)
}

// headlineRight reports whether the headline matches the title label, or
// the kicker and the headline joined by punctuation do ("Kerry in Moskau:
// USA und Russland …").
func headlineRight(title, kicker, headline string) bool {
	t, h := normalizeTitle(title), normalizeTitle(headline)
	if t == h {
		return true
	}
	k := normalizeTitle(kicker)
	if k == "" || h == "" || len(t) <= len(k)+len(h) || !strings.HasPrefix(t, k) || !strings.HasSuffix(t, h) {
		return false
	}
	joint := t[len(k) : len(t)-len(h)]
	return strings.TrimFunc(joint, isPunctOrSpace) == ""
}

func isPunctOrSpace(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }

// nameSeparators split an author label or list item into names.
var nameSeparators = strings.NewReplacer(" und ", ";", " and ", ";", ",", ";", "&", ";")

// names returns the set of names in values: each value in NFC and lower
// case, runs of ASCII white space as one space, split on ";", ",", "&",
// " und " and " and ", and each name's white space collapsed. (As in the
// reference checks, a no-break space does not separate "und" from the
// names around it.)
func names(values []string) map[string]bool {
	set := map[string]bool{}
	for _, v := range values {
		v = collapseASCIISpace(strings.ToLower(norm.NFC.String(v)))
		for _, n := range strings.Split(nameSeparators.Replace(v), ";") {
			if n = normalizeSpace(n); n != "" {
				set[n] = true
			}
		}
	}
	return set
}

// collapseASCIISpace turns each run of ASCII white space (tab, newline,
// form feed, carriage return, space) into one space, keeping the ends.
func collapseASCIISpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// setF1 is the F1 of two name sets: 1 when both are empty, 0 when one is.
func setF1(truth, out map[string]bool) float64 {
	if len(truth) == 0 && len(out) == 0 {
		return 1
	}
	common := 0
	for n := range out {
		if truth[n] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(truth)+len(out))
}

// dateRight reports whether published starts with the label's date. The
// label's parts are read as numbers ("2022-11-1" is 2022-11-01); a YYYY-MM
// label matches any day of the month; an empty label wants no date.
func dateRight(label, published string) bool {
	label = strings.TrimSpace(label)
	if label == "" {
		return published == ""
	}
	return published != "" && strings.HasPrefix(published, datePrefix(label))
}

// datePrefix writes a date label as YYYY-MM-DD (or YYYY-MM), whatever
// separates its numbers; a label not made of 2 or 3 numbers is kept.
func datePrefix(label string) string {
	parts := strings.FieldsFunc(label, func(r rune) bool { return r < '0' || r > '9' })
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) != 4 {
		return label
	}
	out := parts[0]
	for _, p := range parts[1:] {
		if len(p) > 2 {
			return label
		}
		if len(p) == 1 {
			p = "0" + p
		}
		out += "-" + p
	}
	return out
}

// languageRight reports whether two language tags have the same primary
// subtag.
func languageRight(label, output string) bool {
	return primaryLanguage(output) == primaryLanguage(label)
}

// primaryLanguage returns the primary subtag of a language tag, lower case.
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

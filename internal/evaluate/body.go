package evaluate

import (
	"sort"
	"unicode"
)

// Words returns the word tokens of s as Python 3's re.findall(r"\w+", s)
// finds them: runs of Unicode letters, numbers and "_". Case is kept; a
// combining mark (category M) is not a word character, so it splits words.
func Words(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingleSize is the length of the scrapinghub metric's word n-grams.
const shingleSize = 4

// shingle is a word n-gram as word numbers; a shorter one is padded with -1.
type shingle [shingleSize]int32

// vocabulary numbers the distinct words of a page's truth and output, so
// that shingles compare as small arrays.
type vocabulary map[string]int32

func (v vocabulary) number(w string) int32 {
	n, ok := v[w]
	if !ok {
		n = int32(len(v))
		v[w] = n
	}
	return n
}

// shingles returns the multiset of the 4-word shingles of words. A text of
// 1 to 3 words is one shorter shingle; no words give none.
func shingles(words []string, v vocabulary) map[shingle]int {
	m := make(map[shingle]int, max(len(words)-shingleSize+1, 1))
	if len(words) == 0 {
		return m
	}
	nums := make([]int32, len(words))
	for i, w := range words {
		nums[i] = v.number(w)
	}
	if len(nums) < shingleSize {
		s := shingle{-1, -1, -1, -1}
		copy(s[:], nums)
		m[s]++
		return m
	}
	for i := 0; i+shingleSize <= len(nums); i++ {
		m[shingle(nums[i:i+shingleSize])]++
	}
	return m
}

// matchShingles compares two shingle multisets: tp counts the shingles in
// both (the smaller count), fp the extra ones of the output, fn the ones of
// the truth that are missing.
func matchShingles(truth, out map[shingle]int) (tp, fp, fn int) {
	for s, n := range out {
		k := min(n, truth[s])
		tp += k
		fp += n - k
	}
	for s, n := range truth {
		fn += n - min(n, out[s])
	}
	return tp, fp, fn
}

// BodyPage is one page's body score.
type BodyPage struct {
	ID         string
	TP, FP, FN int
	Exact      bool
	Failed     bool // the output line has an error
	Missing    bool // no output line
	Error      string
}

// Precision is tp/(tp+fp); ok is false when the output has no shingles.
func (p BodyPage) Precision() (v float64, ok bool) {
	if p.TP+p.FP == 0 {
		return 0, false
	}
	return float64(p.TP) / float64(p.TP+p.FP), true
}

// Recall is tp/(tp+fn); ok is false when the truth has no shingles.
func (p BodyPage) Recall() (v float64, ok bool) {
	if p.TP+p.FN == 0 {
		return 0, false
	}
	return float64(p.TP) / float64(p.TP+p.FN), true
}

// F1 is the page's own F1, used to rank the worst pages.
func (p BodyPage) F1() float64 {
	if p.TP == 0 {
		if p.FP == 0 && p.FN == 0 {
			return 1
		}
		return 0
	}
	return 2 * float64(p.TP) / float64(2*p.TP+p.FP+p.FN)
}

// BodyReport is the scrapinghub metric over a set.
type BodyReport struct {
	Pages, Errors, Missing int
	Precision, Recall, F1  float64
	Exact                  float64 // share of pages whose words equal the truth's
	PerPage                []BodyPage
}

// ScoreBody scores the text field of each page against articleBody.
// Precision is the mean of the page precisions over the pages whose output
// has shingles, recall the mean of the page recalls over the pages whose
// truth has shingles, F1 comes from the two means. A failed or missing page
// counts as an empty output.
func ScoreBody(set *Set, ps *Predictions) BodyReport {
	var r BodyReport
	var sumP, sumR float64
	var nP, nR, exact int
	for _, t := range set.Pages {
		if !t.HasBody {
			continue
		}
		pred, missing := ps.lookup(t.ID)
		text := pred.Text
		if pred.Failed() {
			text = ""
		}
		tw, ow := Words(t.Body), Words(text)
		page := BodyPage{ID: t.ID, Exact: equalWords(tw, ow), Failed: pred.Failed(), Missing: missing, Error: pred.Error}
		v := vocabulary{}
		page.TP, page.FP, page.FN = matchShingles(shingles(tw, v), shingles(ow, v))
		if v, ok := page.Precision(); ok {
			sumP += v
			nP++
		}
		if v, ok := page.Recall(); ok {
			sumR += v
			nR++
		}
		r.Pages++
		if page.Failed {
			r.Errors++
		}
		if missing {
			r.Missing++
		}
		if page.Exact {
			exact++
		}
		r.PerPage = append(r.PerPage, page)
	}
	if nP > 0 {
		r.Precision = sumP / float64(nP)
	}
	if nR > 0 {
		r.Recall = sumR / float64(nR)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.Pages > 0 {
		r.Exact = float64(exact) / float64(r.Pages)
	}
	return r
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Worst returns the n pages with the lowest F1, worst first.
func (r BodyReport) Worst(n int) []BodyPage {
	pages := append([]BodyPage(nil), r.PerPage...)
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].F1() < pages[j].F1() })
	return pages[:min(n, len(pages))]
}

package dedup

import (
	"fmt"
	"strings"
	"testing"
)

// indexTable measures the Index itself, by threshold. The articles are
// added in order: an article judged a duplicate of another counts as a
// false positive (those at the default threshold are listed, to be read:
// on the shared sets they are the same agency story or press release on
// two sites). Then, for each kind of variant, in a fresh index holding the
// articles, each article's variant is added: it is found when it joins its
// article's group, a false positive when it joins another.
func indexTable(t *testing.T, sources []string, texts [][]string, variantTexts [][][]string) {
	t.Log("Index (MinHash sketch + LSH bands), by threshold on the estimated Jaccard similarity")
	header := "   J≥  dups-among-articles  wrong-group  precision  recall(all but trunc50)"
	for _, vr := range variants {
		header += fmt.Sprintf(" %8s", vr.name)
	}
	t.Log(header)
	fingerprints := make([]Fingerprint, len(texts))
	for i, w := range texts {
		fingerprints[i] = fingerprint(strings.Join(w, " "))
	}
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8} {
		articles := func(log bool) (*Index, []string, int) {
			x := New(th)
			group := make([]string, len(texts)) // the kept source of each article's group
			dups := 0
			for i, fp := range fingerprints {
				v, err := x.Add(sources[i], fp)
				if err != nil {
					t.Fatal(err)
				}
				group[i] = sources[i]
				if v.Kind != Unique {
					group[i] = v.Of
					dups++
					if log {
						t.Logf("      %s %s of %s", sources[i], v.Kind, v.Of)
					}
				}
			}
			return x, group, dups
		}
		_, _, dups := articles(th == DefaultThreshold)
		tp, wrong, all := 0, 0, 0
		line := ""
		for vi, vr := range variants {
			x, group, _ := articles(false)
			found := 0
			for i, w := range variantTexts[vi] {
				v, err := x.Add(sources[i]+"~"+vr.name, fingerprint(strings.Join(w, " ")))
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case v.Kind != Unique && v.Of == group[i]:
					found++
				case v.Kind != Unique:
					if vr.name != "trunc50" {
						wrong++
					}
					if th == DefaultThreshold {
						t.Logf("      wrong: %s~%s %s of %s (want %s)", sources[i], vr.name, v.Kind, v.Of, group[i])
					}
				}
			}
			line += fmt.Sprintf(" %8.4f", float64(found)/float64(len(variantTexts[vi])))
			if vr.name != "trunc50" {
				tp += found
				all += len(variantTexts[vi])
			}
		}
		t.Logf("  %.1f  %19d  %11d  %9.4f  %6.4f                 %s", th, dups, wrong, float64(tp)/float64(tp+dups+wrong), float64(tp)/float64(all), line)
	}
	// The sketch alone decides for the entries that share a bucket but not
	// a band key: how often does it call two different articles near?
	t.Log("sketch alone over all pairs of articles (no LSH): pairs judged near or exact")
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6} {
		x := New(th)
		n := 0
		for i := range fingerprints {
			a := entry{sketch: fingerprints[i].Sketch, exact: uint32(fingerprints[i].Exact)}
			for j := i + 1; j < len(fingerprints); j++ {
				if x.compare(&a, fingerprints[j].Sketch, uint32(fingerprints[j].Exact)) != Unique {
					n++
				}
			}
		}
		t.Logf("  %.1f  %d of %d pairs", th, n, len(texts)*(len(texts)-1)/2)
	}
}

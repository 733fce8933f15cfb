package dedup

import (
	"fmt"
	"slices"
	"testing"
)

// jaccardTable prints the same measurement for the exact Jaccard
// similarity of the sets of word trigrams, the quantity MinHash estimates:
// the best MinHash+LSH could do with unlimited hash functions.
func jaccardTable[P interface{ ~struct{ a, b []string } }](t *testing.T, texts [][]string, positives [][]P) {
	sets := make([][]uint64, len(texts))
	for i, w := range texts {
		sets[i] = shingleSet(w)
	}
	thresholds := []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}
	fps := make([]int, len(thresholds))
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			s := jaccard(sets[i], sets[j])
			for ti, th := range thresholds {
				if s >= th {
					fps[ti]++
				}
			}
		}
	}
	t.Log("exact Jaccard of word-trigram sets (what MinHash estimates)")
	for ti, th := range thresholds {
		tp, all := 0, 0
		line := ""
		for v, vr := range variants {
			got := 0
			for _, p := range positives[v] {
				q := struct{ a, b []string }(p)
				if jaccard(shingleSet(q.a), shingleSet(q.b)) >= th {
					got++
				}
			}
			line += fmt.Sprintf(" %8.4f", float64(got)/float64(len(positives[v])))
			if vr.name != "trunc50" {
				tp += got
				all += len(positives[v])
			}
		}
		t.Logf("  J>=%.1f  %6d  %9.4f  %6.4f                 %s", th, fps[ti], float64(tp)/float64(tp+fps[ti]), float64(tp)/float64(all), line)
	}
}

// shingleSet returns the sorted distinct shingle hashes of words.
func shingleSet(words []string) []uint64 {
	set := shingles(words, ShingleWords)
	slices.Sort(set)
	return slices.Compact(set)
}

// jaccard returns |a∩b| / |a∪b| of two sorted sets.
func jaccard(a, b []uint64) float64 {
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

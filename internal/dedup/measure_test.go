package dedup

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// measureFile is the output of 'lede batch' over real pages. With it,
// TestMeasureNearDuplicates prints how well the near-duplicate decision
// separates synthetic near-duplicates of each article from the other
// articles, for shingle sizes and thresholds:
//
//	lede batch -o /tmp/texts.jsonl ../shared/eval/scrapinghub/html ../shared/eval/trafilatura/html
//	go test ./internal/dedup -run TestMeasureNearDuplicates -v -args -measure /tmp/texts.jsonl
var measureFile = flag.String("measure", "", "JSON Lines from 'lede batch' to measure the near-duplicate threshold on")

// variants make a near-duplicate of a text: what syndication, re-crawls and
// re-publication do to an article.
var variants = []struct {
	name string
	make func(words []string, other []string, rng *rand.Rand) []string
}{
	{"teaser", func(w, o []string, _ *rand.Rand) []string { // another standfirst before the text
		return append(slices.Clone(o[:min(25, len(o))]), w...)
	}},
	{"boiler", func(w, _ []string, _ *rand.Rand) []string { // a site's lines after it
		return append(slices.Clone(w), strings.Fields("Follow us on Facebook and Twitter for the latest news. Copyright 2024 Example Media Group. All rights reserved. Share this article")...)
	}},
	{"typos2%", func(w, _ []string, rng *rand.Rand) []string { return typos(w, 0.02, rng) }},
	{"trunc90", func(w, _ []string, _ *rand.Rand) []string { return w[:len(w)*9/10] }},
	{"trunc75", func(w, _ []string, _ *rand.Rand) []string { return w[:len(w)*3/4] }},
	{"mixed", func(w, o []string, rng *rand.Rand) []string { // teaser, boilerplate and 1% typos
		v := append(slices.Clone(o[:min(20, len(o))]), typos(w, 0.01, rng)...)
		return append(v, strings.Fields("Read more: the latest news from our newsroom")...)
	}},
	{"trunc50", func(w, _ []string, _ *rand.Rand) []string { return w[:len(w)/2] }},
}

// typos swaps two letters in a share of the words.
func typos(words []string, share float64, rng *rand.Rand) []string {
	out := slices.Clone(words)
	for i, w := range out {
		r := []rune(w)
		if len(r) >= 3 && rng.Float64() < share {
			j := rng.IntN(len(r) - 1)
			r[j], r[j+1] = r[j+1], r[j]
			out[i] = string(r)
		}
	}
	return out
}

func TestMeasureNearDuplicates(t *testing.T) {
	if *measureFile == "" {
		t.Skip("needs -measure FILE (JSON Lines from lede batch)")
	}
	sources, texts := readTexts(t, *measureFile)
	rng := rand.New(rand.NewPCG(1, 2))
	type pair struct{ a, b []string }
	var positives [][]pair // by variant
	for range variants {
		positives = append(positives, nil)
	}
	for i, w := range texts {
		other := texts[(i+1)%len(texts)]
		for v, vr := range variants {
			positives[v] = append(positives[v], pair{w, vr.make(w, other, rng)})
		}
	}
	t.Logf("%d articles, %d variants each, %d pairs of different articles", len(texts), len(variants), len(texts)*(len(texts)-1)/2)

	for n := 1; n <= 5; n++ {
		sims := make([]uint64, len(texts))
		for i, w := range texts {
			sims[i] = simHash(w, n)
		}
		negatives := make([]int, 65) // pairs of different articles by distance
		for i := range sims {
			for j := i + 1; j < len(sims); j++ {
				negatives[bits.OnesCount64(sims[i]^sims[j])]++
			}
		}
		posDist := make([][]int, len(variants))
		for v := range variants {
			posDist[v] = make([]int, 65)
			for _, p := range positives[v] {
				posDist[v][bits.OnesCount64(simHash(p.a, n)^simHash(p.b, n))]++
			}
		}
		t.Logf("shingles of %d words", n)
		header := "   k  false+  precision  recall(all but trunc50)"
		for _, vr := range variants {
			header += fmt.Sprintf(" %8s", vr.name)
		}
		t.Log(header)
		for k := 0; k <= 16; k++ {
			fp := sumTo(negatives, k)
			tp, all := 0, 0
			line := ""
			for v, vr := range variants {
				got := sumTo(posDist[v], k)
				line += fmt.Sprintf(" %8.4f", float64(got)/float64(len(positives[v])))
				if vr.name != "trunc50" {
					tp += got
					all += len(positives[v])
				}
			}
			t.Logf("  %2d  %6d  %9.4f  %6.4f                 %s", k, fp, float64(tp)/float64(tp+fp), float64(tp)/float64(all), line)
		}
	}
	jaccardTable(t, texts, positives)
	var variantTexts [][][]string
	for v := range variants {
		var vt [][]string
		for _, p := range positives[v] {
			vt = append(vt, p.b)
		}
		variantTexts = append(variantTexts, vt)
	}
	indexTable(t, sources, texts, variantTexts)
}

func sumTo(counts []int, k int) int {
	n := 0
	for _, c := range counts[:k+1] {
		n += c
	}
	return n
}

// readTexts reads the sources and normalised words of every article of
// at least 25 words in a batch output.
func readTexts(t *testing.T, path string) (sources []string, texts [][]string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var rec struct{ Source, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if w := strings.Fields(Normalize(rec.Text)); len(w) >= 25 {
			texts = append(texts, w)
			sources = append(sources, rec.Source)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sources, texts
}

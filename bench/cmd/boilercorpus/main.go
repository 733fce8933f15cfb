// Command boilercorpus builds the test corpus of lede's boilerplate
// learning: six site templates (three German, three English), each around
// -pages different real article bodies from the scrapinghub ground truth,
// laid out as an evaluation set that `lede eval` scores.
//
//	go run ./cmd/boilercorpus -from ../../shared/eval/scrapinghub -o /tmp/boilercorpus
//
// Each template has its own navigation, related-links boxes, newsletter
// prompt and footer, worded differently and varying per page (dates,
// counts, the linked headlines, lines present on only some pages), and
// puts part of that chrome inside the article container — "Lesen Sie auch:
// …" lines and newsletter boxes between paragraphs, "Zur Startseite" and
// legal lines after the last — where an extractor has to tell it from the
// text. The ground truth of each page is the inserted real body, so the
// body metric measures exactly what the chrome costs.
//
// Three of the sites hash their class names, as sites built with CSS-in-JS
// tooling do, so that no class says "newsletter" or "related".
//
// The output depends only on the input set and the flags: the page
// choices come from a generator seeded by site and page number.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/crc32"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

func main() {
	from := flag.String("from", "../shared/eval/scrapinghub", "evaluation set with articleBody ground truth")
	out := flag.String("o", "", "output folder (ground-truth.json and html/)")
	pages := flag.Int("pages", 50, "pages per site template")
	flag.Parse()
	if *out == "" || *pages < 1 {
		fmt.Fprintln(os.Stderr, "usage: boilercorpus [-from SET] [-pages N] -o DIR")
		os.Exit(2)
	}
	if err := run(*from, *out, *pages); err != nil {
		fmt.Fprintln(os.Stderr, "boilercorpus:", err)
		os.Exit(1)
	}
}

// article is one real article of the input set.
type article struct {
	id, headline string
	paras        []string
}

func run(from, out string, perSite int) error {
	arts, err := readArticles(from)
	if err != nil {
		return err
	}
	if len(arts) < perSite+3 {
		return fmt.Errorf("%s has %d articles, need %d", from, len(arts), perSite+3)
	}
	if err := os.MkdirAll(filepath.Join(out, "html"), 0o755); err != nil {
		return err
	}
	truth := map[string]map[string]string{}
	for si, s := range sites {
		for i := range perSite {
			// Each site walks the articles from its own offset: a site's
			// pages all hold different bodies.
			a := arts[(si*31+i)%len(arts)]
			p := &page{
				n: i, headline: a.headline, paras: a.paras, topic: topicWord(a.headline),
				rng: rand.New(rand.NewPCG(uint64(si)+1, uint64(i)+1)),
			}
			for k := 1; k <= 4; k++ {
				p.related = append(p.related, arts[(si*31+i+k*7)%len(arts)].headline)
			}
			id := fmt.Sprintf("%s-%03d", strings.Split(strings.TrimPrefix(s.host, "www."), ".")[0], i)
			url := fmt.Sprintf("https://%s/artikel/%s.html", s.host, id)
			doc := render(s, p, url)
			if err := os.WriteFile(filepath.Join(out, "html", id+".html"), []byte(doc), 0o644); err != nil {
				return err
			}
			truth[id] = map[string]string{"articleBody": strings.Join(a.paras, "\n"), "url": url}
		}
	}
	data, err := json.MarshalIndent(truth, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "ground-truth.json"), data, 0o644)
}

// render writes one page of site s around p's article.
func render(s site, p *page, url string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=%q><head><meta charset=\"utf-8\"><title>%s | %s</title>", s.lang, esc(p.headline), esc(s.name))
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\"></head>\n<body><header><p class=\"logo\">%s</p>%s</header>\n", url, esc(s.name), s.header(p))
	fmt.Fprintf(&b, "<main><article><h1>%s</h1>\n", esc(p.headline))
	for _, c := range s.before(p) {
		b.WriteString(c + "\n")
	}
	// Chrome between paragraphs goes after a random paragraph, never the last.
	inserts := map[int][]string{}
	for _, c := range s.between(p) {
		at := 0
		if len(p.paras) > 1 {
			at = p.rng.IntN(len(p.paras) - 1)
		}
		inserts[at] = append(inserts[at], c)
	}
	for i, para := range p.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(para))
		for _, c := range inserts[i] {
			b.WriteString(c + "\n")
		}
	}
	for _, c := range s.after(p) {
		b.WriteString(c + "\n")
	}
	fmt.Fprintf(&b, "</article>\n%s</main>\n%s\n</body></html>\n", s.aside(p), s.footer(p))
	if s.hashedClasses {
		return classRE.ReplaceAllStringFunc(b.String(), func(c string) string {
			return fmt.Sprintf(`class="sc-%08x"`, crc32.ChecksumIEEE([]byte(s.host+c)))
		})
	}
	return b.String()
}

var classRE = regexp.MustCompile(`class="[^"]*"`)

// readArticles reads the set's bodies, sorted by id, with each page's
// title as its headline.
func readArticles(dir string) ([]article, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, err
	}
	var arts []article
	for id, t := range truth {
		var paras []string
		for _, line := range strings.Split(t.ArticleBody, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				paras = append(paras, line)
			}
		}
		if len(paras) == 0 {
			continue
		}
		arts = append(arts, article{id: id, headline: pageTitle(dir, id, paras[0]), paras: paras})
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].id < arts[j].id })
	return arts, nil
}

var titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// pageTitle returns the page's <title> up to its first " | " or " - ",
// or the first words of its body when it has none.
func pageTitle(dir, id, first string) string {
	var raw []byte
	if f, err := os.Open(filepath.Join(dir, "html", id+".html.gz")); err == nil {
		if zr, err := gzip.NewReader(f); err == nil {
			raw, _ = io.ReadAll(io.LimitReader(zr, 1<<20))
		}
		f.Close()
	}
	title := ""
	if m := titleRE.FindSubmatch(raw); m != nil {
		title = strings.Join(strings.Fields(html.UnescapeString(string(m[1]))), " ")
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			if before, _, ok := strings.Cut(title, sep); ok && len(strings.Fields(before)) >= 3 {
				title = before
			}
		}
	}
	if len(strings.Fields(title)) < 3 {
		words := strings.Fields(first)
		title = strings.Join(words[:min(8, len(words))], " ")
	}
	return title
}

// topicWord returns the longest capitalised word of a headline, for
// "more on TOPIC" lines.
func topicWord(headline string) string {
	best := ""
	for _, w := range strings.Fields(headline) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) && len(r) > len([]rune(best)) {
			best = w
		}
	}
	if best == "" {
		return "Politik"
	}
	return best
}

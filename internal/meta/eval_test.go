// Throwaway harness: runs internal/meta over the trafilatura eval pages and
// writes lede-batch-like JSON lines for /tmp/score meta.
//go:build metaeval

package meta

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"testing"
)

var (
	evalDir = flag.String("evaldir", "", "eval set folder (empty: skip)")
	evalOut = flag.String("evalout", "/tmp/meta-eval.jsonl", "output JSON lines")
	nohint  = flag.Bool("nohint", false, "language from <p> text without hint")
	ptext   = flag.Bool("ptext", true, "language from <p> text")
	dump    = flag.Bool("dump", false, "dump debug info")
)

// TestEvalSet writes JSON lines for the team's meta scorer.
func TestEvalSet(t *testing.T) {
	if *evalDir == "" {
		t.Skip("no -evaldir")
	}
	dir := evalDir
	outf, err := os.Create(*evalOut)
	if err != nil {
		t.Fatal(err)
	}
	defer outf.Close()
	var truth map[string]map[string]any
	b, _ := os.ReadFile(filepath.Join(*dir, "ground-truth.json"))
	json.Unmarshal(b, &truth)
	files, _ := filepath.Glob(filepath.Join(*dir, "html", "*.html.gz"))
	enc := json.NewEncoder(outf)
	var total, extractTime, langTime time.Duration
	for _, f := range files {
		raw := gunzip(f)
		ct := ""
		var r io.Reader = bytes.NewReader(raw)
		if !utf8.Valid(raw) {
			e, _, _ := charset.DetermineEncoding(raw, "text/html")
			r = e.NewDecoder().Reader(bytes.NewReader(raw))
		}
		_ = ct
		doc, err := html.Parse(r)
		if err != nil {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		u, _ := truth[id]["url"].(string)
		t0 := time.Now()
		m := Extract(doc, u)
		extractTime += time.Since(t0)
		lang := m.Language
		if *ptext {
			hint := m.HTMLLang
			if *nohint {
				hint = ""
			}
			text := pText(doc)
			t1 := time.Now()
			lang = Language(text, hint)
			langTime += time.Since(t1)
		}
		total += time.Since(t0)
		out := map[string]any{"source": f, "headline": m.Headline, "kicker": m.Kicker,
			"authors": m.Authors, "agencies": m.Agencies, "published": m.Published, "language": lang,
			"site_name": m.SiteName, "url": m.URL, "canonical_url": m.CanonicalURL}
		if *dump {
			out["truth_title"] = truth[id]["title"]
			out["truth_author"] = truth[id]["author"]
			out["truth_date"] = truth[id]["date"]
			out["modified"] = m.Modified
			out["desc"] = m.Description
			out["htmllang"] = m.HTMLLang
			p := collect(doc)
			ld := parseJSONLD(p.scripts)
			out["refs"] = declaredTitles(p, ld)
			var hs []string
			for _, h := range p.headings {
				hs = append(hs, strings.Join(h.parts, " ¦ ")+"  ‹prev: "+h.prev+"›")
			}
			out["h1"] = hs
			var vis []string
			for _, d := range p.dates {
				v := d.day
				if d.ambiguous {
					v += "|" + d.swapped()
				}
				vis = append(vis, v+"@"+fmt.Sprint(d.pos-p.h1Pos))
			}
			out["vis"] = vis
			out["vis_h1"] = p.datesAtH1
		}
		enc.Encode(out)
	}
	fmt.Fprintf(os.Stderr, "%d pages, %v in meta (Extract %v, Language %v)\n", len(files), total, extractTime, langTime)
}

func gunzip(f string) []byte {
	fh, _ := os.Open(f)
	defer fh.Close()
	z, _ := gzip.NewReader(fh)
	b, _ := io.ReadAll(z)
	return b
}

func pText(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode && inP {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP || n.Type == html.ElementNode && n.Data == "p")
		}
		if n.Type == html.ElementNode && n.Data == "p" {
			b.WriteString("\n")
		}
	}
	walk(doc, false)
	if len(strings.TrimSpace(b.String())) < 200 { // no paragraphs: all the text
		b.Reset()
		var all func(n *html.Node)
		all = func(n *html.Node) {
			if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head") {
				return
			}
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
				b.WriteString(" ")
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				all(c)
			}
		}
		all(doc)
	}
	return b.String()
}

// Throwaway harness for the authors: scores internal/meta's authors and
// agencies on an evaluation set the way the team's checks do, and lists
// the pages that differ with the sources the choice was made from.
//go:build metaeval

package meta

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

var (
	authorsOnly = flag.String("authorsid", "", "only these page ids (comma-separated), with their sources")
)

func TestEvalAuthors(t *testing.T) {
	if *evalDir == "" {
		t.Skip("no -evaldir")
	}
	var truth map[string]map[string]any
	b, _ := os.ReadFile(filepath.Join(*evalDir, "ground-truth.json"))
	json.Unmarshal(b, &truth)
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	only := map[string]bool{}
	for _, id := range strings.Split(*authorsOnly, ",") {
		if id != "" {
			only[id] = true
		}
	}
	var sum float64
	n := 0
	for _, id := range ids {
		e := truth[id]
		label, ok := e["author"]
		if !ok {
			continue
		}
		if len(only) > 0 && !only[id] {
			continue
		}
		raw := gunzip(filepath.Join(*evalDir, "html", id+".html.gz"))
		var r io.Reader = bytes.NewReader(raw)
		if !utf8.Valid(raw) {
			enc, _, _ := charset.DetermineEncoding(raw, "text/html")
			r = enc.NewDecoder().Reader(bytes.NewReader(raw))
		}
		doc, err := html.Parse(r)
		if err != nil {
			continue
		}
		u, _ := e["url"].(string)
		m := Extract(doc, u)
		got := append(append([]string(nil), m.Authors...), m.Agencies...)
		var want []string
		switch l := label.(type) {
		case string:
			want = []string{l}
		case []any:
			for _, x := range l {
				s, _ := x.(string)
				want = append(want, s)
			}
		}
		s := nameF1(want, got)
		sum += s
		n++
		if s < 1 || len(only) > 0 || os.Getenv("AUTHORS_ALL") != "" {
			fmt.Printf("%.2f %s want %q got %q ag %q dl %q\n", s, id, strings.Join(want, "; "), strings.Join(m.Authors, "; "), strings.Join(m.Agencies, "; "), m.Dateline)
		}
		if s == 0 && len(want) > 0 && want[0] != "" && os.Getenv("AUTHORS_WHERE") != "" {
			p := collect(doc)
			ld := parseJSONLD(p.scripts)
			chooseHeadline(p, ld, m.SiteName, hostOf(nil, u), hostOf(nil, m.CanonicalURL))
			first := strings.ToLower(strings.TrimSpace(strings.Split(strings.Split(want[0], ",")[0], ";")[0]))
			where := ""
			for i, l := range p.lead {
				if strings.Contains(strings.ToLower(l), first) {
					where += fmt.Sprintf(" lead[%d]=%q", i, l)
					break
				}
			}
			for _, b := range p.bylines {
				if strings.Contains(strings.ToLower(b.text), first) {
					where += fmt.Sprintf(" byline@%d(near=%v)=%q", b.pos-p.anchor, p.nearHeadline(b.pos), b.text)
					break
				}
			}
			for _, b := range p.credits {
				if strings.Contains(strings.ToLower(b.text), first) {
					where += fmt.Sprintf(" credit@%d=%q", b.pos-p.anchor, b.text)
					break
				}
			}
			fmt.Printf("   WHERE %s:%s\n", first, where)
		}
		if len(only) > 0 {
			p := collect(doc)
			ld := parseJSONLD(p.scripts)
			chooseHeadline(p, ld, m.SiteName, hostOf(nil, u), hostOf(nil, m.CanonicalURL))
			if ld.article != nil {
				for _, a := range ld.article.authors {
					fmt.Printf("   ld %q org=%v\n", a.name, a.org)
				}
			}
			for _, k := range authorMetas {
				if v := p.meta(k); v != "" {
					fmt.Printf("   meta %s=%q\n", k, v)
				}
			}
			fmt.Printf("   prop %q\n   anchor %d\n", p.props["author"], p.anchor)
			for _, b := range p.bylines {
				fmt.Printf("   byline %d %q\n", b.pos, b.text)
			}
			for _, b := range p.credits {
				fmt.Printf("   credit %d %q\n", b.pos, b.text)
			}
		}
	}
	fmt.Printf("authors %.4f over %d pages\n", sum/float64(n), n)
}

func scoreNames(ss []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		s = strings.ToLower(norm.NFC.String(s))
		for _, sep := range []string{",", "&", " und ", " and "} {
			s = strings.ReplaceAll(s, sep, ";")
		}
		for _, p := range strings.Split(s, ";") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				out[p] = true
			}
		}
	}
	return out
}

func nameF1(want, got []string) float64 {
	w, g := scoreNames(want), scoreNames(got)
	if len(w) == 0 && len(g) == 0 {
		return 1
	}
	if len(w) == 0 || len(g) == 0 {
		return 0
	}
	tp := 0
	for k := range g {
		if w[k] {
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(len(g)), float64(tp)/float64(len(w))
	return 2 * p * r / (p + r)
}

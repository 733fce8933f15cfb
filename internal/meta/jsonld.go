package meta

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"sort"
	"strings"
)

// jsonLD is what the page's schema.org JSON-LD says about the article.
type jsonLD struct {
	article    *ldArticle // the main article, nil when there is none
	publisher  string     // the article's publisher, else a news-media organisation's name
	website    string     // the WebSite's name
	pageName   string     // the WebPage's headline or name
	inLanguage string
	crumbs     []string // names of the BreadcrumbList's items, in position order
}

// ldArticle is one schema.org Article (or subtype) object.
type ldArticle struct {
	rank                int // how article-like its @type is (see articleRank)
	headline, name      string
	alternativeHeadline string
	body, description   string
	section, url        string
	keywords            []string
	published, modified string
	authors             []ldAuthor
	publisher           string
	image               Image
	inLanguage          string
}

// ldAuthor is one entry of an author property.
type ldAuthor struct {
	name string
	org  bool // an Organization rather than a Person
}

// maxLDDepth bounds how deep the walk goes into one JSON-LD value.
const maxLDDepth = 16

// parseJSONLD reads every JSON-LD script of the page.
func parseJSONLD(scripts []string) jsonLD {
	var r ldReader
	for _, s := range scripts {
		r.read(s)
	}
	return r.result()
}

// ldReader gathers the objects of all scripts; @id references are resolved
// across scripts once all are read.
type ldReader struct {
	objects []map[string]any // typed objects met, in order
	ids     map[string]map[string]any
}

func (r *ldReader) read(script string) {
	data := bytes.TrimSpace([]byte(script))
	if len(data) == 0 {
		return
	}
	values, ok := decodeAll(data)
	if !ok {
		values, _ = decodeAll(cleanJSON(data))
	}
	for _, v := range values {
		r.visit(v, 0)
	}
}

// decodeAll reads the JSON values in data, one after another, and reports
// whether all of data was valid.
func decodeAll(data []byte) ([]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var values []any
	for {
		var v any
		switch err := dec.Decode(&v); err {
		case nil:
			values = append(values, v)
		case io.EOF:
			return values, true
		default:
			return values, false
		}
	}
}

// visit records the typed objects in v: top-level arrays, @graph members
// and the mainEntity of a page. It does not go into other properties, so
// an article listed as related (hasPart, itemListElement) is not taken for
// the page's own.
func (r *ldReader) visit(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			r.visit(e, depth+1)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if r.ids == nil {
				r.ids = map[string]map[string]any{}
			}
			if _, seen := r.ids[id]; !seen {
				r.ids[id] = v
			}
		}
		if _, ok := v["@type"]; ok {
			r.objects = append(r.objects, v)
		}
		for _, key := range [...]string{"@graph", "mainEntity"} {
			if e, ok := v[key]; ok {
				r.visit(e, depth+1)
			}
		}
	}
}

func (r *ldReader) result() jsonLD {
	var out jsonLD
	for _, o := range r.objects {
		types := typesOf(o)
		if rank := articleRank(types); rank > 0 {
			a := r.article(o, rank)
			if out.article == nil || a.rank > out.article.rank ||
				a.rank == out.article.rank && out.article.body == "" && a.body != "" {
				out.article = a
			}
			continue
		}
		for _, t := range types {
			switch t {
			case "website":
				if out.website == "" {
					out.website = ldString(o["name"])
				}
				out.inLanguage = firstNonEmpty(out.inLanguage, ldString(o["inLanguage"]))
			case "webpage", "itempage":
				if out.pageName == "" {
					out.pageName = firstNonEmpty(ldString(o["headline"]), ldString(o["name"]))
				}
				out.inLanguage = firstNonEmpty(out.inLanguage, ldString(o["inLanguage"]))
			case "breadcrumblist":
				if out.crumbs == nil {
					out.crumbs = crumbNames(o["itemListElement"])
				}
			case "newsmediaorganization":
				if out.publisher == "" {
					out.publisher = ldString(o["name"])
				}
			}
		}
	}
	if a := out.article; a != nil {
		out.publisher = firstNonEmpty(a.publisher, out.publisher)
		out.inLanguage = firstNonEmpty(a.inLanguage, out.inLanguage)
	}
	return out
}

// article reads the properties of one Article object.
func (r *ldReader) article(o map[string]any, rank int) *ldArticle {
	a := &ldArticle{
		rank:                rank,
		headline:            ldString(o["headline"]),
		name:                ldString(o["name"]),
		alternativeHeadline: ldString(o["alternativeHeadline"]),
		body:                ldString(o["articleBody"]),
		description:         ldString(o["description"]),
		section:             ldString(o["articleSection"]),
		url:                 firstNonEmpty(ldString(o["url"]), r.idString(o["mainEntityOfPage"])),
		keywords:            ldList(o["keywords"]),
		published:           firstNonEmpty(ldString(o["datePublished"]), ldString(o["dateCreated"])),
		modified:            ldString(o["dateModified"]),
		inLanguage:          ldString(o["inLanguage"]),
	}
	if p := r.resolve(o["publisher"]); p != nil {
		a.publisher = ldString(p)
	}
	a.authors = r.authors(o["author"])
	a.image = r.image(o["image"])
	return a
}

// resolve follows an {"@id": …} reference to the object it names; other
// values come back as they are.
func (r *ldReader) resolve(v any) any {
	switch v := v.(type) {
	case []any:
		if len(v) > 0 {
			return r.resolve(v[0])
		}
		return nil
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) <= 2 {
			if o, ok := r.ids[id]; ok {
				return o
			}
		}
	}
	return v
}

// idString is the URL a mainEntityOfPage value names.
func (r *ldReader) idString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return firstNonEmpty(ldString(v["@id"]), ldString(v["url"]))
	}
	return ""
}

func (r *ldReader) authors(v any) []ldAuthor {
	var out []ldAuthor
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				add(e, depth+1)
			}
		case string:
			if s := collapse(html.UnescapeString(v)); s != "" {
				out = append(out, ldAuthor{name: s})
			}
		case map[string]any:
			o, _ := r.resolve(v).(map[string]any)
			if o == nil {
				return
			}
			name := ldString(o["name"])
			if name == "" {
				name = strings.TrimSpace(ldString(o["givenName"]) + " " + ldString(o["familyName"]))
			}
			if name != "" {
				out = append(out, ldAuthor{name: name, org: hasType(o, "organization", "newsmediaorganization")})
			}
		}
	}
	add(v, 0)
	return out
}

func (r *ldReader) image(v any) Image {
	switch v := r.resolve(v).(type) {
	case string:
		return Image{URL: strings.TrimSpace(v)}
	case map[string]any:
		img := Image{
			URL:     firstNonEmpty(ldString(v["url"]), ldString(v["contentUrl"])),
			Caption: ldString(v["caption"]),
			Credit:  ldString(v["creditText"]),
		}
		if img.Credit == "" {
			if c := r.resolve(v["copyrightHolder"]); c != nil {
				img.Credit = ldString(c)
			}
		}
		return img
	}
	return Image{}
}

// ldString is the text of a JSON-LD value: a string, the first of a list,
// the @value or name of an object. Entities left in by careless encoders
// ("&amp;") are decoded.
func ldString(v any) string {
	for range 4 {
		switch t := v.(type) {
		case string:
			if strings.IndexByte(t, '&') >= 0 {
				t = html.UnescapeString(t)
			}
			return collapse(t)
		case []any:
			if len(t) == 0 {
				return ""
			}
			v = t[0]
		case map[string]any:
			if x, ok := t["@value"]; ok {
				v = x
			} else {
				v = t["name"]
			}
		default:
			return ""
		}
	}
	return ""
}

// ldList is a keywords-like value: a list, or a comma-separated string;
// a list item that is itself comma-separated ("Angst, Panik") is split too.
func ldList(v any) []string {
	switch v := v.(type) {
	case string:
		return splitList(html.UnescapeString(v))
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, splitList(ldString(e))...)
		}
		return out
	}
	return nil
}

// typesOf is the object's @type values, lower case, without a schema.org prefix.
func typesOf(o map[string]any) []string {
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			s = strings.ToLower(strings.TrimSpace(s))
			if i := strings.LastIndexAny(s, "/:"); i >= 0 {
				s = s[i+1:]
			}
			out = append(out, s)
		}
	}
	switch t := o["@type"].(type) {
	case []any:
		for _, e := range t {
			add(e)
		}
	default:
		add(t)
	}
	return out
}

func hasType(o map[string]any, want ...string) bool {
	for _, t := range typesOf(o) {
		for _, w := range want {
			if t == w {
				return true
			}
		}
	}
	return false
}

// articleRank tells how well the types describe a news article: 3 for the
// schema.org NewsArticle family, 2 for other Article and posting types, 0
// for anything else.
func articleRank(types []string) int {
	best := 0
	for _, t := range types {
		switch t {
		case "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
			"reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle":
			best = max(best, 3)
		case "article", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
			"scholarlyarticle", "report", "satiricalarticle", "advertisercontentarticle":
			best = max(best, 2)
		}
	}
	return best
}

// cleanJSON mends the faults common in hand-written JSON-LD: HTML comment
// and CDATA markers and JavaScript comments around the JSON, raw control
// characters inside strings, invalid escapes like \' and trailing commas
// before } or ].
func cleanJSON(data []byte) []byte {
	out := make([]byte, 0, len(data))
	inString := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			switch {
			case c == '\\' && i+1 < len(data):
				if strings.IndexByte(`"\/bfnrtu`, data[i+1]) >= 0 {
					out = append(out, c, data[i+1])
				} else {
					out = append(out, data[i+1]) // \' and the like: drop the backslash
				}
				i++
			case c == '"':
				inString = false
				out = append(out, c)
			case c < 0x20:
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
			continue
		}
		rest := data[i:]
		switch {
		case c == '"':
			inString = true
			out = append(out, c)
		case bytes.HasPrefix(rest, []byte("<!--")):
			i += 3
		case bytes.HasPrefix(rest, []byte("-->")):
			i += 2
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			i += 8
		case bytes.HasPrefix(rest, []byte("]]>")):
			i += 2
		case bytes.HasPrefix(rest, []byte("//")):
			end := bytes.IndexByte(rest, '\n')
			if end < 0 {
				end = len(rest)
			}
			i += end - 1
		case bytes.HasPrefix(rest, []byte("/*")):
			end := bytes.Index(rest[2:], []byte("*/"))
			if end < 0 {
				return out
			}
			i += end + 3
		case c == '}' || c == ']':
			out = dropTrailingComma(out)
			out = append(out, c)
		case c < 0x20:
			out = append(out, ' ')
		case c == ';' && len(bytes.TrimSpace(data[i+1:])) == 0:
			// a statement-ending semicolon after the value
		default:
			out = append(out, c)
		}
	}
	return out
}

// dropTrailingComma removes a comma (and the space after it) that ends out.
func dropTrailingComma(out []byte) []byte {
	t := bytes.TrimRight(out, " \t\r\n")
	if len(t) > 0 && t[len(t)-1] == ',' {
		return t[:len(t)-1]
	}
	return out
}

// crumbNames are the names of a BreadcrumbList's ListItems, ordered by
// their position; an item's name may sit on the item or on its "item".
func crumbNames(v any) []string {
	list, _ := v.([]any)
	type crumb struct {
		pos  float64
		name string
	}
	var crumbs []crumb
	for i, e := range list {
		o, ok := e.(map[string]any)
		if !ok {
			continue
		}
		name := ldString(o["name"])
		if item, ok := o["item"].(map[string]any); ok && name == "" {
			name = ldString(item["name"])
		}
		pos, ok := o["position"].(float64)
		if !ok {
			pos = float64(i + 1)
		}
		if name != "" {
			crumbs = append(crumbs, crumb{pos, name})
		}
	}
	sort.SliceStable(crumbs, func(i, j int) bool { return crumbs[i].pos < crumbs[j].pos })
	names := make([]string, len(crumbs))
	for i, c := range crumbs {
		names[i] = c.name
	}
	return names
}

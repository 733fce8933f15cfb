package evaluate

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// StripLanguageHints returns page without the declarations of its
// language, so that an extractor must tell the language from the text:
// the lang, xml:lang and hreflang attributes of every element, the <meta>
// elements that name a language or locale (http-equiv content-language,
// og:locale, language, dc.language, …) and the inLanguage keys of JSON-LD
// scripts. A JSON-LD script that names inLanguage but is not valid JSON is
// emptied.
//
// The page is rewritten token by token: every other byte, text and
// markup, is kept as it was, whatever the page's encoding. As the HTML
// parser does, the tokenizer is kept out of raw text mode inside <svg>
// and <math> (an SVG <title/> has no raw text), so that both see the same
// tags.
func StripLanguageHints(page []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	out := make([]byte, 0, len(page))
	inJSONLD := false
	foreign := 0 // depth of open <svg> and <math> elements
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			// The reader holds the whole page, so the only error is
			// io.EOF; Raw holds a tag left open at the end.
			return append(out, z.Raw()...)
		}
		start := len(out)
		out = append(out, z.Raw()...) // before Token, which unescapes in place
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := atom.Lookup(name)
			if foreign > 0 {
				z.NextIsNotRawText()
			}
			if tt == html.StartTagToken && (tag == atom.Svg || tag == atom.Math) {
				foreign++
			}
			inJSONLD = false
			// Most tags can be left as they are without reading their
			// attributes: those that never spell "lang" or "locale".
			if !hasAttr || tag != atom.Script && !containsFold(out[start:], "lang") && !containsFold(out[start:], "locale") {
				continue
			}
			tok := html.Token{Type: tt, Data: string(name), Attr: readAttrs(z)}
			inJSONLD = tt == html.StartTagToken && tag == atom.Script && isJSONLDType(attrValue(tok, "type"))
			if tag == atom.Meta && isLanguageMeta(tok) {
				out = out[:start]
				continue
			}
			if attrs := withoutLanguageAttrs(tok.Attr); len(attrs) < len(tok.Attr) {
				tok.Attr = attrs
				out = append(out[:start], tok.String()...)
			}
		case html.TextToken:
			if inJSONLD {
				out = append(out[:start], withoutInLanguage(out[start:])...)
			}
		case html.EndTagToken:
			inJSONLD = false
			if name, _ := z.TagName(); foreign > 0 && (atom.Lookup(name) == atom.Svg || atom.Lookup(name) == atom.Math) {
				foreign--
			}
		default:
			inJSONLD = false
		}
	}
}

// readAttrs reads the attributes of the current tag.
func readAttrs(z *html.Tokenizer) []html.Attribute {
	var attrs []html.Attribute
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		attrs = append(attrs, html.Attribute{Key: string(key), Val: string(val)})
	}
	return attrs
}

// containsFold reports whether s holds word, an ASCII lower-case word, in
// any case.
func containsFold(s []byte, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// withoutLanguageAttrs returns attrs without lang, xml:lang and hreflang;
// attrs itself when it has none of them.
func withoutLanguageAttrs(attrs []html.Attribute) []html.Attribute {
	var kept []html.Attribute
	for i, a := range attrs {
		if isLanguageAttr(a.Key) {
			if kept == nil {
				kept = append(make([]html.Attribute, 0, len(attrs)), attrs[:i]...)
			}
			continue
		}
		if kept != nil {
			kept = append(kept, a)
		}
	}
	if kept == nil {
		return attrs
	}
	return kept
}

func isLanguageAttr(key string) bool {
	return key == "lang" || key == "xml:lang" || key == "hreflang"
}

// isLanguageMeta reports whether a <meta> names the page's language or
// locale: its http-equiv, name, property or itemprop is content-language,
// language, lang, locale, inLanguage or og:locale…, alone or after a
// vocabulary prefix ("dc.language", "dcterms.language",
// "shareaholic:language").
func isLanguageMeta(tok html.Token) bool {
	for _, key := range [...]string{"http-equiv", "name", "property", "itemprop"} {
		v := strings.ToLower(strings.TrimSpace(attrValue(tok, key)))
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "og:locale") {
			return true
		}
		if i := strings.LastIndexAny(v, ".:"); i >= 0 {
			v = v[i+1:]
		}
		switch v {
		case "content-language", "language", "lang", "locale", "inlanguage":
			return true
		}
	}
	return false
}

func attrValue(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func isJSONLDType(t string) bool {
	t, _, _ = strings.Cut(t, ";")
	return strings.EqualFold(strings.TrimSpace(t), "application/ld+json")
}

// withoutInLanguage removes every inLanguage key from a JSON-LD script.
// A script that does not mention inLanguage is kept as it is; one that
// does but is not valid JSON becomes empty, as the hint cannot be cut out
// of it safely.
func withoutInLanguage(script []byte) []byte {
	if !bytes.Contains(script, []byte(`"inLanguage"`)) {
		return script
	}
	dec := json.NewDecoder(bytes.NewReader(script))
	dec.UseNumber()
	var out bytes.Buffer
	enc := json.NewEncoder(&out) // escapes '<': no "</script>" in the output
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			return out.Bytes()
		}
		if err != nil || enc.Encode(dropKey(v, "inLanguage")) != nil {
			return nil
		}
	}
}

// dropKey deletes key from every object inside v.
func dropKey(v any, key string) any {
	switch v := v.(type) {
	case map[string]any:
		delete(v, key)
		for k, x := range v {
			v[k] = dropKey(x, key)
		}
	case []any:
		for i, x := range v {
			v[i] = dropKey(x, key)
		}
	}
	return v
}

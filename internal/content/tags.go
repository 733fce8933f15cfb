package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tagKind says how an element takes part in text layout.
type tagKind uint8

const (
	inline  tagKind = iota // its text flows into the enclosing paragraph
	block                  // it starts and ends a paragraph
	skipped                // it is never article text (scripts, controls, chrome)
)

// kindOf classifies an element by its tag alone.
func kindOf(n *html.Node) tagKind {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Button, atom.Input,
		atom.Select, atom.Option, atom.Textarea, atom.Nav, atom.Aside, atom.Footer,
		atom.Header, atom.Figcaption, atom.Dialog, atom.Menu, atom.Map, atom.Audio,
		atom.Video, atom.Picture, atom.Head, atom.Title, atom.Meta, atom.Link,
		atom.Label, atom.Address, atom.Source, atom.Track, atom.Img,
		atom.Area, atom.Param, atom.Frameset, atom.Frame, atom.Noframes:
		return skipped
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Dl, atom.Dd, atom.Dt,
		atom.Li, atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Figure, atom.Hr,
		atom.Center, atom.Details, atom.Summary, atom.Fieldset, atom.Legend,
		atom.Body, atom.Html, atom.Hgroup, atom.Colgroup, atom.Col, atom.Listing,
		atom.Plaintext, atom.Xmp, atom.Form:
		return block
	case 0:
		// Unknown elements: custom elements of web frameworks wrap whole
		// sections; treat them as blocks so they do not glue paragraphs.
		if strings.Contains(n.Data, "-") {
			return block
		}
	}
	return inline
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// isHidden reports whether the page hides n from readers: the hidden
// attribute, aria-hidden, or an inline display:none / visibility:hidden.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		case "class":
			if hasHidingClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidingClasses are whole class names that front-end frameworks use to hide
// an element from the screen (Bootstrap, Tailwind, WordPress themes).
// Responsive variants ("hidden-xs") hide on some screens only and are not
// listed.
var hidingClasses = map[string]bool{
	"hidden": true, "hide": true, "is-hidden": true, "d-none": true, "invisible": true,
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
	"screenreader-only": true,
	"u-hidden":          true, "element-invisible": true, "offscreen": true,
}

func hasHidingClass(class string) bool {
	for len(class) > 0 {
		i := 0
		for i < len(class) && class[i] == ' ' {
			i++
		}
		class = class[i:]
		j := strings.IndexByte(class, ' ')
		if j < 0 {
			j = len(class)
		}
		if name := class[:j]; len(name) <= 20 && hidingClasses[strings.ToLower(name)] {
			return true
		}
		class = class[j:]
	}
	return false
}

func hiddenStyle(style string) bool {
	if !containsFold(style, "none") && !containsFold(style, "hidden") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring ASCII case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

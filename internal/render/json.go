package render

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/lede-news/lede/internal/model"
)

// writeJSON writes a as one indented JSON object and a newline. HTML
// characters are not escaped (the output is JSON, not HTML); invalid UTF-8
// becomes U+FFFD (encoding/json does that).
func writeJSON(w io.Writer, a *model.Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(normalized(a))
}

// normalized returns a copy of a that keeps the schema's promise whatever
// the caller filled in: every list is [] rather than null, table rows
// included, and a zero schema version is the one this package writes. a
// itself is not changed; slices are copied only when one needs fixing.
func normalized(a *model.Article) *model.Article {
	c := *a
	if c.SchemaVersion == 0 {
		c.SchemaVersion = model.SchemaVersion
	}
	c.Highlights = nonNil(c.Highlights)
	c.Authors = nonNil(c.Authors)
	c.Agencies = nonNil(c.Agencies)
	c.Tags = nonNil(c.Tags)
	c.Body = nonNil(c.Body)
	cloned := false
	for i := range c.Body {
		if !slices.ContainsFunc(c.Body[i].Rows, isNilRow) {
			continue
		}
		if !cloned {
			c.Body = slices.Clone(c.Body)
			cloned = true
		}
		rows := slices.Clone(c.Body[i].Rows)
		for j := range rows {
			rows[j] = nonNil(rows[j])
		}
		c.Body[i].Rows = rows
	}
	return &c
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func isNilRow(row []string) bool { return row == nil }

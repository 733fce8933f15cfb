// Package model holds the Article data model shared by the extraction stages.
// The root package lede re-exports every type here under the same name.
package model

// SchemaVersion is the version of the Article JSON schema written by this package.
const SchemaVersion = 1

// Article is one news article taken apart. Every field is always present in
// JSON: "" for a string that was not found, [] for a list. Field names are a
// contract (schema version 1, documented in the README).
type Article struct {
	SchemaVersion int    `json:"schema_version"`
	URL           string `json:"url"`
	CanonicalURL  string `json:"canonical_url"`
	SiteName      string `json:"site_name"`
	Language      string `json:"language"` // ISO 639-1

	Kicker     string   `json:"kicker"`
	Headline   string   `json:"headline"`
	Teaser     string   `json:"teaser"`
	Highlights []string `json:"highlights"`

	Authors  []string `json:"authors"`
	Agencies []string `json:"agencies"`
	Dateline string   `json:"dateline"`

	// Published and Modified are written as found on the page, never
	// converted: RFC 3339 with offset when the zone is known,
	// "YYYY-MM-DDThh:mm:ss" when it is not, "YYYY-MM-DD" for a date alone.
	Published string `json:"published"`
	Modified  string `json:"modified"`

	Section string   `json:"section"`
	Tags    []string `json:"tags"`
	Image   Image    `json:"image"`

	Body      []Block `json:"body"`
	Text      string  `json:"text"` // the body only, blocks joined by a blank line
	WordCount int     `json:"word_count"`
}

// Image is the article's lead image.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
}

// BlockType says what kind of body block a Block is.
type BlockType string

// The body block types.
const (
	Paragraph    BlockType = "paragraph"
	Heading      BlockType = "heading"
	List         BlockType = "list"
	Quote        BlockType = "quote"
	Table        BlockType = "table"
	Preformatted BlockType = "preformatted"
)

// Block is one block of the article body, in reading order.
type Block struct {
	Type  BlockType  `json:"type"`
	Text  string     `json:"text"`
	Level int        `json:"level,omitempty"` // heading level 1-6
	Items []string   `json:"items,omitempty"` // list items, in order
	Rows  [][]string `json:"rows,omitempty"`  // table rows of cells

	// Runs hold the block's inline content with links and emphasis, for the
	// Markdown and HTML renderings. For a list, ItemRuns holds one slice per
	// item. They are not part of the JSON schema.
	Runs     []Run   `json:"-"`
	ItemRuns [][]Run `json:"-"`
	Ordered  bool    `json:"-"` // an ordered (numbered) list
}

// Style marks inline emphasis of a Run.
type Style uint8

// Inline styles; they combine as bits.
const (
	Bold Style = 1 << iota
	Italic
	Monospace
)

// Run is a stretch of inline text with one link target and style. Link is
// an absolute http(s) or mailto URL, or "".
type Run struct {
	Text  string
	Link  string
	Style Style
}

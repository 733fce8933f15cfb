package lede

import "github.com/lede-news/lede/internal/model"

// SchemaVersion is the version of the Article JSON schema written by this package.
const SchemaVersion = model.SchemaVersion

// The Article model. The types are defined in an internal package so that
// the extraction stages can build them without importing this package; the
// aliases here are the public names. See internal/model for field docs.
type (
	// Article is one news article taken apart. Every field is always
	// present in JSON: "" for a string that was not found, [] for a list.
	Article = model.Article
	// Image is the article's lead image.
	Image = model.Image
	// Block is one block of the article body, in reading order.
	Block = model.Block
	// BlockType says what kind of body block a Block is.
	BlockType = model.BlockType
	// Run is a stretch of inline text with one link target and style.
	Run = model.Run
	// Style marks inline emphasis of a Run.
	Style = model.Style
)

// The body block types.
const (
	Paragraph    = model.Paragraph
	Heading      = model.Heading
	List         = model.List
	Quote        = model.Quote
	Table        = model.Table
	Preformatted = model.Preformatted
)

// Inline styles; they combine as bits.
const (
	Bold      = model.Bold
	Italic    = model.Italic
	Monospace = model.Monospace
)

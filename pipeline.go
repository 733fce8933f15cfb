package lede

import "context"

// extract runs the pipeline: bytes → charset → DOM → clean → score → blocks
// → metadata → Article.
func extract(ctx context.Context, data []byte, opts Options) (*Article, error) {
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	if int64(len(data)) > opts.MaxBytes {
		return nil, stageError(ErrTooLarge, "input exceeds %d bytes", opts.MaxBytes)
	}
	return nil, stageError(ErrNoArticle, "not implemented yet")
}

package batch

import (
	"fmt"
	"io"
	"os"

	"github.com/lede-news/lede/internal/dedup"
)

// resumeIndex returns the dedup index a resumed run continues with: the
// lines the journal already holds are judged again, in order, so that the
// index holds the articles an uninterrupted run would have kept by then
// (dropped duplicates were never kept). It returns nil when dedup is off
// or nothing is resumed.
func resumeIndex(cfg Config, j *Journal) (*dedup.Index, error) {
	if done, _ := j.Resumed(); cfg.Dedup == dedup.Off || done == 0 {
		return nil, nil
	}
	f, err := os.Open(j.partialPath())
	if err != nil {
		return nil, fmt.Errorf("batch: resuming dedup: %w", err)
	}
	defer f.Close()
	r, err := Decompress(io.LimitReader(f, j.written), j.path)
	if err != nil {
		return nil, fmt.Errorf("batch: resuming dedup: %w", err)
	}
	defer r.Close()
	m := dedup.NewMerger(io.Discard, dedup.Mark)
	if err := m.Add(j.partialPath(), r); err != nil {
		return nil, fmt.Errorf("batch: resuming: %w", err)
	}
	return m.Index(), nil
}

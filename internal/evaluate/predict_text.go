package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
)

// TextConfig sets up PredictText.
type TextConfig struct {
	Workers int
	// Extract reads the rendered text of a page (lede.ExtractText, or
	// ExtractBytes with Input set).
	Extract batch.ExtractFunc
	// Rendering is how a page becomes text: RenderFull or RenderResidue.
	Rendering Rendering
	// SaveDir, when set, receives each rendering as ID.txt.
	SaveDir string
}

// PredictText renders every page of the set as text, extracts the text
// and returns the predictions with the set to score them against. For
// RenderResidue that set's headline and author labels are what the
// rendering put in (the page's headline and the byline's people), so the
// meta scores say how much of it text input recovers; its other labels
// are dropped. Pages without a true body cannot be rendered with residue
// and fail.
func PredictText(ctx context.Context, set *Set, cfg TextConfig) (*Predictions, *Set, batch.Summary, error) {
	if cfg.Rendering != RenderFull && cfg.Rendering != RenderResidue {
		return nil, nil, batch.Summary{}, fmt.Errorf("evaluate: no rendering to text chosen")
	}
	if cfg.SaveDir != "" {
		if err := os.MkdirAll(cfg.SaveDir, 0o755); err != nil {
			return nil, nil, batch.Summary{}, err
		}
	}
	var mu sync.Mutex
	put := map[string]Residue{}
	render := func(ctx context.Context, page []byte, src batch.Page) (*lede.Article, error) {
		id := PageID(src.Source)
		var text string
		switch cfg.Rendering {
		case RenderFull:
			t, err := FullText(page)
			if err != nil {
				return nil, err
			}
			text = t
		case RenderResidue:
			truth := set.Page(id)
			if truth == nil || !truth.HasBody {
				return nil, fmt.Errorf("%w: page %s has no true body to render with residue", lede.ErrEmpty, id)
			}
			r, err := ResidueText(page, truth.Body)
			if err != nil {
				return nil, err
			}
			mu.Lock()
			put[id] = r
			mu.Unlock()
			text = r.Text
		}
		if cfg.SaveDir != "" {
			if err := os.WriteFile(filepath.Join(cfg.SaveDir, id+".txt"), []byte(text), 0o644); err != nil {
				return nil, err
			}
		}
		return cfg.Extract(ctx, []byte(text), src)
	}
	ps, sum, err := Predict(ctx, set, Config{Workers: cfg.Workers, Extract: render})
	if err != nil || cfg.Rendering != RenderResidue {
		return ps, set, sum, err
	}
	return ps, residueSet(set, put), sum, nil
}

// residueSet is set with the headline and author labels replaced by what
// the residue rendering put in, and no other metadata labels.
func residueSet(set *Set, put map[string]Residue) *Set {
	out := &Set{Name: set.Name, Dir: set.Dir, byID: map[string]*Truth{}}
	for _, p := range set.Pages {
		t := &Truth{ID: p.ID, HasBody: p.HasBody, Body: p.Body, HasSnippets: p.HasSnippets, With: p.With, Without: p.Without}
		if r, ok := put[p.ID]; ok {
			if r.Headline != "" {
				t.Title = Label{Present: true, Values: []string{r.Headline}}
			}
			t.Author = Label{Present: true, Values: r.Authors}
		}
		out.Pages = append(out.Pages, t)
		out.byID[p.ID] = t
	}
	return out
}

package evaluate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
)

// Prediction holds the fields of one batch output line that are scored.
type Prediction struct {
	Source     string   `json:"source"`
	Error      string   `json:"error"` // set for a failed page
	Text       string   `json:"text"`
	Teaser     string   `json:"teaser"`
	Highlights []string `json:"highlights"`
	Kicker     string   `json:"kicker"`
	Headline   string   `json:"headline"`
	Authors    []string `json:"authors"`
	Agencies   []string `json:"agencies"`
	Published  string   `json:"published"`
	Language   string   `json:"language"`
	// LanguageNoHint is the language found on the page with its language
	// hints stripped (see StripLanguageHints); Predict sets it on pages
	// with a language label. Batch output does not have it.
	LanguageNoHint string `json:"-"`
}

// Failed reports whether the page yielded no article. Its body is scored
// as empty; its metadata still counts.
func (p *Prediction) Failed() bool { return p.Error != "" }

// Predictions are the outputs for a set, by page id.
type Predictions struct {
	ByID       map[string]*Prediction
	Lines      int // lines read (or results delivered)
	Invalid    int // lines that are not a JSON object with a source
	Duplicates int // lines for a page that already had one (the last counts)
	// NoHint is set when the pages with a language label were also
	// extracted with their language hints stripped (LanguageNoHint).
	NoHint bool
}

func newPredictions() *Predictions { return &Predictions{ByID: map[string]*Prediction{}} }

// add records p under its page id; a later line for the same page wins.
func (ps *Predictions) add(p *Prediction) {
	id := PageID(p.Source)
	if _, dup := ps.ByID[id]; dup {
		ps.Duplicates++
	}
	ps.ByID[id] = p
}

// ReadPredictions reads batch output: one JSON object per line. Blank lines
// are skipped; lines that are not a JSON object with a string "source" are
// counted as invalid.
func ReadPredictions(r io.Reader) (*Predictions, error) {
	ps := newPredictions()
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if line = bytes.TrimSpace(line); len(line) > 0 {
			ps.Lines++
			// Source shadows the Prediction's, to tell a missing or null
			// "source" from an empty one.
			var v struct {
				Prediction
				Source *string `json:"source"`
			}
			if json.Unmarshal(line, &v) != nil || v.Source == nil {
				ps.Invalid++
			} else {
				p := v.Prediction
				p.Source = *v.Source
				ps.add(&p)
			}
		}
		if err == io.EOF {
			return ps, nil
		}
		if err != nil {
			return ps, err
		}
	}
}

// FromArticle makes the prediction of one extraction result.
func FromArticle(source string, a *lede.Article, err error) *Prediction {
	p := &Prediction{Source: source}
	if err != nil {
		p.Error = batch.Result{Source: source, Article: a, Err: err}.ErrorText()
	}
	if a != nil {
		p.Text, p.Teaser, p.Highlights = a.Text, a.Teaser, a.Highlights
		p.Kicker, p.Headline = a.Kicker, a.Headline
		p.Authors, p.Agencies = a.Authors, a.Agencies
		p.Published, p.Language = a.Published, a.Language
	}
	return p
}

// Config sets up Predict. The zero value uses lede.ExtractBytes and
// runtime.NumCPU() workers.
type Config struct {
	Workers int
	Extract batch.ExtractFunc
}

// Predict extracts every page under the set's html folder with the batch
// runner and returns the predictions and the run's summary.
func Predict(ctx context.Context, set *Set, cfg Config) (*Predictions, batch.Summary, error) {
	ps := newPredictions()
	bcfg := batch.Config{Workers: cfg.Workers, Extract: cfg.Extract}
	sum, err := batch.Stream(ctx, bcfg, []string{filepath.Join(set.Dir, PagesDir)}, func(r batch.Result) error {
		ps.Lines++
		ps.add(FromArticle(r.Source, r.Article, r.Err))
		return nil
	})
	if err == nil {
		err = predictNoHint(ctx, set, bcfg, ps)
	}
	if err != nil {
		return ps, sum, fmt.Errorf("evaluate %s: %w", set.Name, err)
	}
	return ps, sum, nil
}

// predictNoHint extracts again the pages with a language label, with their
// language hints stripped, and sets their predictions' LanguageNoHint.
func predictNoHint(ctx context.Context, set *Set, cfg batch.Config, ps *Predictions) error {
	var inputs []string
	err := filepath.WalkDir(filepath.Join(set.Dir, PagesDir), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if t := set.Page(PageID(path)); t != nil && t.Language.Present {
				inputs = append(inputs, path)
			}
		}
		return err
	})
	if err != nil || len(inputs) == 0 {
		return err
	}
	extract := cfg.Extract
	if extract == nil {
		extract = func(ctx context.Context, data []byte, _ batch.Page) (*lede.Article, error) {
			return lede.ExtractBytes(ctx, data, lede.Options{})
		}
	}
	cfg.Extract = func(ctx context.Context, data []byte, page batch.Page) (*lede.Article, error) {
		return extract(ctx, StripLanguageHints(data), page)
	}
	ps.NoHint = true
	_, err = batch.Stream(ctx, cfg, inputs, func(r batch.Result) error {
		if p, ok := ps.ByID[PageID(r.Source)]; ok && r.Article != nil {
			p.LanguageNoHint = r.Article.Language
		}
		return nil
	})
	return err
}

// lookup returns the prediction for a page, or an empty one (scored as an
// empty output) when the page has none; missing tells which.
func (ps *Predictions) lookup(id string) (p *Prediction, missing bool) {
	if p, ok := ps.ByID[id]; ok {
		return p, false
	}
	return &Prediction{}, true
}

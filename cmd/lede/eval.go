package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/evaluate"
)

const evalUsage = `usage: lede eval [--workers N] [--worst N] [--fail-below SPEC] [--boilerplate MODEL] DIR

Scores lede on an evaluation folder laid out like ../shared/eval/NAME
(ground-truth.json and html/), or on each such folder inside DIR. Sets with
articleBody get the body metric (precision, recall, F1, exact match); sets
with with/without snippets the snippet metric (teaser + highlights + text);
sets with title/author/date the metadata scores. Pages with a language label
are extracted a second time with every language hint removed (lang,
xml:lang and hreflang attributes, language and locale metas, JSON-LD
inLanguage): language-nohint is the language found from the text alone.

  --workers N        pages extracted at once (default: the number of CPUs)
  --worst N          list the N worst pages of each scorer
  --fail-below SPEC  exit 1 when a figure is below its floor; SPEC is
                     METRIC=MIN[,...], METRIC one of body, exact, snippets,
                     headline, authors, date, language, language-nohint,
                     optionally as SET:METRIC (e.g. body=0.96,snippets=0.92)
  --boilerplate MODEL  remove the lines 'lede learn' learned for each site

Exit status: 0 ok, 1 a floor not reached or a fatal error, 2 usage error.
`

// runEval scores sets. The flag --pred FILE (not in the usage: a tool for
// checking the scorer) scores an existing batch output for a single set
// instead of extracting.
func (a *app) runEval(ctx context.Context, args []string) int {
	fs := a.newFlagSet("eval")
	workers := fs.Int("workers", 0, "")
	worst := fs.Int("worst", 0, "")
	failBelow := fs.String("fail-below", "", "")
	pred := fs.String("pred", "", "")
	boilerplate := fs.String("boilerplate", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, evalUsage)
	}
	if err := a.loadBoilerplate(*boilerplate); err != nil {
		a.errorf("%v", err)
		return exitFailure
	}
	if len(pos) != 1 {
		return a.usageError(fmt.Errorf("eval takes one DIR, got %d arguments", len(pos)), evalUsage)
	}
	floors, err := evaluate.ParseFloors(*failBelow)
	if err != nil {
		return a.usageError(fmt.Errorf("--fail-below: %w", err), evalUsage)
	}
	if *workers < 0 || *worst < 0 {
		return a.usageError(errors.New("--workers and --worst want positive numbers"), evalUsage)
	}
	dirs, err := evaluate.FindSets(pos[0])
	if err != nil {
		a.errorf("%v", err)
		return exitFailure
	}
	if *pred != "" && len(dirs) != 1 {
		return a.usageError(fmt.Errorf("--pred scores one set, but %s holds %d", pos[0], len(dirs)), evalUsage)
	}

	var reports []*evaluate.Report
	for _, dir := range dirs {
		set, err := evaluate.LoadSet(dir)
		if err != nil {
			a.errorf("%v", err)
			return exitFailure
		}
		var ps *evaluate.Predictions
		if *pred != "" {
			ps, err = readPredictions(*pred)
		} else {
			var sum batch.Summary
			ps, sum, err = evaluate.Predict(ctx, set, evaluate.Config{Workers: *workers, Extract: a.extractPage})
			if sum.Documents > 0 {
				fmt.Fprintf(a.stderr, "%s: %s\n", set.Name, sum)
			}
		}
		if err != nil {
			a.errorf("%v", err)
			if ctx.Err() != nil {
				return exitInterrupted
			}
			return exitFailure
		}
		r := evaluate.Score(set, ps)
		r.Write(a.stdout, *worst)
		reports = append(reports, r)
	}
	fmt.Fprintln(a.stdout, "== summary")
	for _, r := range reports {
		for _, line := range r.Summary() {
			fmt.Fprintln(a.stdout, line)
		}
	}
	if failures := floors.Check(reports); len(failures) > 0 {
		for _, f := range failures {
			a.errorf("%s", f)
		}
		return exitFailure
	}
	return exitOK
}

func readPredictions(path string) (*evaluate.Predictions, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return evaluate.ReadPredictions(f)
}

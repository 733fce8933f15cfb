package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/boiler"
)

const learnUsage = `usage: lede learn -o MODEL [--workers N] [--ref-date DATE] [--min-pages N] [--min-share F] INPUT...

Learns each site's boilerplate: extracts every page of INPUT (as lede batch
reads it) and writes MODEL, the lines that recur on many pages of the same
host ("Zur Startseite", "Read more: …", newsletter prompts, legal lines).
Then 'lede batch --boilerplate MODEL INPUT...' removes them from the
articles. The model depends only on the inputs and their order, not on
--workers; give every shard of a crawl the same model.

  -o MODEL         the model file to write (replaced when the run completes)
  --workers N      pages extracted at once (default: the number of CPUs)
  --ref-date DATE  when the pages were fetched (RFC 3339 or YYYY-MM-DD)
  --min-pages N    pages of a host a line must be on (default 5)
  --min-share F    share of a host's pages a line must be on (default 0.2)

Exit status: 0 ok, 1 a fatal error, 2 usage error.
`

func (a *app) runLearn(ctx context.Context, args []string) int {
	fs := a.newFlagSet("learn")
	workers := fs.Int("workers", 0, "")
	output := fs.String("o", "", "")
	fs.StringVar(output, "output", "", "")
	refDate := fs.String("ref-date", "", "")
	var opts boiler.Options
	fs.IntVar(&opts.MinPages, "min-pages", boiler.DefaultMinPages, "")
	fs.Float64Var(&opts.MinShare, "min-share", boiler.DefaultMinShare, "")
	inputs, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, learnUsage)
	}
	if a.refDate, err = parseRefDate(*refDate); err != nil {
		return a.usageError(err, learnUsage)
	}
	switch {
	case len(inputs) == 0:
		return a.usageError(errors.New("learn needs at least one INPUT"), learnUsage)
	case *output == "" || *output == "-":
		return a.usageError(errors.New("learn needs -o MODEL"), learnUsage)
	case *workers < 0 || opts.MinPages < 2 || opts.MinShare <= 0 || opts.MinShare > 1:
		return a.usageError(errors.New("--workers ≥ 0, --min-pages ≥ 2 and 0 < --min-share ≤ 1, please"), learnUsage)
	}
	file, err := batch.CreateAtomic(*output)
	if err != nil {
		a.errorf("output not writable: %v", err)
		return exitFailure
	}
	defer file.Abort()

	l := boiler.NewLearner(opts)
	cfg := batch.Config{Workers: *workers, Stdin: a.stdin, Extract: a.extractPage}
	sum, err := batch.Stream(ctx, cfg, inputs, func(r batch.Result) error {
		if r.Err == nil {
			l.Add(r.Article)
		}
		return nil
	})
	if err == nil {
		m := l.Model()
		if err = m.Save(file); err == nil {
			err = file.Commit()
		}
		keys := 0
		for _, h := range m.Hosts() {
			keys += len(m.Entries(h))
		}
		fmt.Fprintf(a.stderr, "learn: %s; %d hosts with boilerplate, %d keys\n", sum, len(m.Hosts()), keys)
	}
	return a.exitStatus(ctx, "learn", err)
}

// loadBoilerplate reads the model named by --boilerplate into a.boiler.
func (a *app) loadBoilerplate(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := boiler.Load(f)
	if err != nil {
		return fmt.Errorf("--boilerplate %s: %w", path, err)
	}
	a.boiler = m
	return nil
}

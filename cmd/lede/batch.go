package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/batch"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/render"
)

const batchUsage = `usage: lede batch [--urls FILE] [fetch flags] [--workers N] [-o FILE] [--resume] [--manifest FILE] [--shard i/N] [--lang LIST] [--min-words N] [--boilerplate MODEL] [--from html|text|auto] [--ref-date DATE] [--dedup mark|drop|off] [--host H] [--url-match RE] INPUT...

Extracts many pages and writes JSON Lines: exactly one line per page, in
input order, the article plus "source", or "source" and "error" (a code and
a message) for a page without an article. A summary goes to stderr.

An article whose text duplicates an earlier article's, exactly or nearly
(see 'lede help dedup'), gets "duplicate": "exact" or "near" and
"duplicate_of": the source of the first of them, which is kept.

INPUT is a file (.html, .htm, .xhtml, each optionally .gz), a WARC file
(.warc, .warc.gz), a directory (walked recursively in sorted order, taking
those files), or "-" for a list of inputs on standard input, one per line.
In a WARC file each response record holding HTML is a page, with "source"
PATH#OFFSET, "url" from WARC-Target-URI and "fetched" from WARC-Date (also
the reference date); other records are counted in the summary, not written.

An INPUT that is an http or https URL is fetched (see the fetch flags);
"source" is the URL as given, "url" the final one after redirects and
"fetched" the response's Date. A page that cannot be fetched gets an error
line: forbidden_target, fetch_failed, timeout, too_large, http_status or
robots_disallowed.

  --urls FILE  fetch the URLs listed in FILE (- for standard input), one
               per line (blank lines and lines starting with # skipped);
               one output line per URL, in order
` + fetchUsage + `  --workers N  pages extracted (and fetched) at once (default: the
               number of CPUs)
  -o FILE      write to FILE, replaced only when the run completes
               (default: standard output)
  --ref-date DATE  when the pages were fetched (RFC 3339 or YYYY-MM-DD);
               a WARC record's own date comes first
  --host H     WARC records of host H or its subdomains only (repeatable,
               or a comma-separated list); the others are counted, not
               written
  --url-match RE  WARC records whose target URI matches the regular
               expression RE only (Go syntax)
  --from MODE  html: HTML pages only; text: plain text whose markup is gone
               (name the files, or list them on stdin: a walked directory
               yields .html files only); auto (default): HTML, and input
               without HTML markup as text
  --boilerplate MODEL  remove the lines 'lede learn' learned for each site
  --resume     continue an interrupted run with the same inputs and
               settings: FILE.partial keeps the lines written so far and
               FILE.checkpoint how many are safe (written every
               --checkpoint-every N documents, default 1000)
  --manifest FILE  read inputs from FILE (- for standard input), one per
               line, as Common Crawl's warc.paths lists them: relative
               paths under --prefix DIR, or file:// URLs
  --shard i/N  take only every N-th input, starting with the i-th (0-based):
               N workers with i = 0…N-1 split the inputs with no
               coordinator; merge their outputs with lede dedup
  --lang LIST  keep articles in these languages (ISO 639-1, comma-separated)
  --min-words N  keep articles of at least N words
               an article left out by --lang or --min-words keeps its line,
               with "filtered" saying why and its metadata without the text
  --drop-filtered  leave those lines out; the summary counts them
  --out-dir DIR  also write each article to a file of its own in DIR,
               numbered by its place in the input (00000001.md, …), in
               --format markdown (default), text, json or html; the lines
               (to -o, else DIR/index.jsonl) name it in "file"

With -o FILE the output is compressed when FILE ends in .gz (gzip) or
.zst (Zstandard), in frames that end at each checkpoint.
  --dedup MODE mark duplicates (mark, the default), leave them out and
               count them in the summary (drop), or neither (off)

Exit status: 0 when the run completed, 1 for a fatal error (no input,
output not writable), 2 usage error.
`

func (a *app) runBatch(ctx context.Context, args []string) int {
	fs := a.newFlagSet("batch")
	workers := fs.Int("workers", 0, "")
	output := fs.String("o", "", "")
	fs.StringVar(output, "output", "", "")
	refDate := fs.String("ref-date", "", "")
	var hosts []string
	fs.Func("host", "", func(v string) error {
		for h := range strings.SplitSeq(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				hosts = append(hosts, h)
			}
		}
		return nil
	})
	urlMatch := fs.String("url-match", "", "")
	resume := fs.Bool("resume", false, "")
	manifest := fs.String("manifest", "", "")
	prefix := fs.String("prefix", "", "")
	shardSpec := fs.String("shard", "", "")
	langs := fs.String("lang", "", "")
	minWords := fs.Int("min-words", 0, "")
	dropFiltered := fs.Bool("drop-filtered", false, "")
	every := fs.Int("checkpoint-every", batch.DefaultCheckpointEvery, "")
	outDir := fs.String("out-dir", "", "")
	format := fs.String("format", string(render.Markdown), "")
	boilerplate := fs.String("boilerplate", "", "")
	dedupMode := fs.String("dedup", "mark", "")
	from := fs.String("from", "auto", "")
	urls := fs.String("urls", "", "")
	fetching := addFetchFlags(fs)
	inputs, err := parse(fs, args)
	if err != nil {
		return a.usageError(err, batchUsage)
	}
	if *urls != "" {
		listed, err := a.urlList(*urls)
		if err != nil {
			a.errorf("%v", err)
			return exitFailure
		}
		inputs = append(listed, inputs...)
	}
	mode, err := dedup.ParseMode(*dedupMode)
	if err != nil {
		return a.usageError(err, batchUsage)
	}
	if err := a.loadBoilerplate(*boilerplate); err != nil {
		a.errorf("%v", err)
		return exitFailure
	}
	if a.input, err = lede.ParseInput(*from); err != nil {
		return a.usageError(fmt.Errorf("--from: %w", err), batchUsage)
	}
	if a.refDate, err = parseRefDate(*refDate); err != nil {
		return a.usageError(err, batchUsage)
	}
	var match *regexp.Regexp
	if *urlMatch != "" {
		if match, err = regexp.Compile(*urlMatch); err != nil {
			return a.usageError(fmt.Errorf("--url-match: %v", err), batchUsage)
		}
	}
	if *workers < 0 {
		return a.usageError(fmt.Errorf("--workers %d: want a positive number", *workers), batchUsage)
	}
	inputs, code := a.batchInputs(inputs, *manifest, *prefix, *shardSpec)
	if code != exitOK {
		return code
	}
	run := batchRun{output: *output, key: runKey(args), every: *every, resume: *resume}
	if *outDir != "" {
		if run.files, err = newArticleFiles(*outDir, *format); err != nil {
			return a.usageError(err, batchUsage)
		}
		if run.output == "" {
			run.output = filepath.Join(*outDir, "index.jsonl")
		}
	}
	if run.resume && !journaled(run.output) {
		return a.usageError(errors.New("--resume needs -o FILE, a regular file"), batchUsage)
	}
	cfg := batch.Config{Workers: *workers, Stdin: a.stdin, Extract: a.extractPage, Dedup: mode, Hosts: hosts, URLMatch: match}
	cfg.Fetch = fetchPage(fetching.client())
	cfg.Filter, cfg.DropFiltered = corpusFilter(*langs, *minWords), *dropFiltered
	err = a.writeBatch(ctx, cfg, inputs, &run)
	return a.exitStatus(ctx, "batch", err)
}

// exitStatus ends a command whose work returned err: exitOK, or
// "COMMAND interrupted" when ctx was cancelled, else the error.
func (a *app) exitStatus(ctx context.Context, command string, err error) int {
	switch {
	case err == nil:
		return exitOK
	case ctx.Err() != nil:
		a.errorf("%s interrupted", command)
		return exitInterrupted
	}
	a.errorf("%v", err)
	return exitFailure
}

// batchInputs completes the inputs with those --manifest lists and keeps
// those of the --shard; the exit status is not exitOK when there is
// nothing to do.
func (a *app) batchInputs(inputs []string, manifest, prefix, shardSpec string) ([]string, int) {
	part, err := parseShard(shardSpec)
	if err != nil {
		return nil, a.usageError(err, batchUsage)
	}
	if manifest != "" {
		listed, err := a.manifestInputs(manifest, prefix)
		if err != nil {
			a.errorf("%v", err)
			return nil, exitFailure
		}
		inputs = append(listed, inputs...)
	}
	if len(inputs) == 0 {
		return nil, a.usageError(errors.New("batch needs at least one INPUT"), batchUsage)
	}
	if inputs = part.pick(inputs); len(inputs) == 0 {
		a.errorf("shard %s has no inputs: there are fewer inputs than shards", shardSpec)
		return nil, exitFailure
	}
	return inputs, exitOK
}

// batchRun is where a batch run writes: its output path (a resumable
// journal for a regular file), and the files of --out-dir.
type batchRun struct {
	output, key string
	every       int
	resume      bool
	files       *articleFiles
}

// writeBatch runs the batch into its output with a progress report.
func (a *app) writeBatch(ctx context.Context, cfg batch.Config, inputs []string, run *batchRun) error {
	report := newProgress(a.stderr, inputs)
	defer report.finish()
	delivered := 0 // documents in the output before the one being written
	cfg.OnResult = func(r batch.Result) {
		delivered++
		report.add(r)
	}
	if run.files != nil {
		cfg.Files = func(r batch.Result) (string, error) { return run.files.write(delivered+1, r.Article) }
	}
	switch {
	case journaled(run.output):
		j, err := batch.OpenJournal(run.output, run.key, run.every, run.resume)
		if err != nil {
			if _, ok := errors.AsType[*os.PathError](err); ok {
				return fmt.Errorf("output not writable: %w", err)
			}
			return fmt.Errorf("cannot resume: %w", err)
		}
		defer j.Close()
		delivered, _ = j.Resumed()
		if _, err = batch.RunJournal(ctx, cfg, inputs, j, a.stderr); err != nil {
			return err
		}
		return j.Commit()
	case run.output != "" && run.output != "-": // a device or a pipe
		file, err := batch.CreateAtomic(run.output)
		if err != nil {
			return fmt.Errorf("output not writable: %w", err)
		}
		defer file.Abort()
		if _, err = batch.Run(ctx, cfg, inputs, file, a.stderr); err != nil {
			return err
		}
		return file.Commit()
	}
	_, err := batch.Run(ctx, cfg, inputs, a.stdout, a.stderr)
	return err
}

// extractPage adapts the library call to the batch runner: a WARC
// record's URL, Content-Type and date go into the options. With
// --boilerplate, the learned lines are removed from the article.
func (a *app) extractPage(ctx context.Context, data []byte, page batch.Page) (*lede.Article, error) {
	return a.extractAs(ctx, data, page, a.input)
}

// extractText reads a document as plain text whatever --from says.
func (a *app) extractText(ctx context.Context, data []byte, page batch.Page) (*lede.Article, error) {
	return a.extractAs(ctx, data, page, lede.InputText)
}

func (a *app) extractAs(ctx context.Context, data []byte, page batch.Page, input lede.Input) (*lede.Article, error) {
	art, err := a.extract(ctx, data, page.Options(lede.Options{RefDate: a.refDate, Input: input}))
	a.clean(art)
	return art, err
}

// parseRefDate reads --ref-date: RFC 3339 or a date alone (YYYY-MM-DD).
func parseRefDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--ref-date %q: want RFC 3339 (2019-11-20T10:00:00+01:00) or YYYY-MM-DD", s)
}

// manifestInputs reads --manifest (a file, or - for standard input).
func (a *app) manifestInputs(path, prefix string) ([]string, error) {
	f, err := a.openList(path)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	defer f.Close()
	return readManifest(f, prefix)
}

// journaled tells an output path that gets a resumable journal: a regular
// file, existing or not (not standard output, a device or a pipe).
func journaled(path string) bool {
	if path == "" || path == "-" {
		return false
	}
	info, err := os.Stat(path)
	return err != nil || info.Mode().IsRegular()
}

// runKey identifies a run for its checkpoint: the command line without the
// flags that do not change the output (workers, resume, checkpoint
// interval), and lede's version.
func runKey(args []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", version)
	skipNext := false
	for _, a := range args {
		if skipNext {
			skipNext = false
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "workers" || name == "checkpoint-every" || name == "resume") {
			skipNext = !hasValue && name != "resume"
			continue
		}
		fmt.Fprintf(h, "%s\x00", a)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// corpusFilter is the filter of --lang and --min-words, nil when neither
// is set.
func corpusFilter(langs string, minWords int) func(*lede.Article) string {
	keep := map[string]bool{}
	for _, l := range strings.Split(langs, ",") {
		if l = strings.ToLower(strings.TrimSpace(l)); l != "" {
			keep[l] = true
		}
	}
	if len(keep) == 0 && minWords <= 0 {
		return nil
	}
	return func(a *lede.Article) string {
		if len(keep) > 0 && !keep[a.Language] {
			if a.Language == "" {
				return "language unknown"
			}
			return "language " + a.Language
		}
		if a.WordCount < minWords {
			return fmt.Sprintf("short %d words", a.WordCount)
		}
		return ""
	}
}

// clean removes the lines --boilerplate learned from an article.
func (a *app) clean(art *lede.Article) {
	if a.boiler != nil && art != nil {
		a.boiler.Apply(art)
	}
}

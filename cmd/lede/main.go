// Command lede turns news web pages into clean structured articles.
//
//	lede extract [--url URL] [--format json|markdown|text|html] [--from html|text|auto] [--allow-private] [FILE|-|URL]
//	lede batch [--urls FILE] [--allow-private] [--workers N] [-o FILE] [--from html|text|auto] [--dedup mark|drop|off] INPUT...
//	lede crawl [--limit N] [--allow-private] [--workers N] [-o FILE] SEED...
//	lede eval [--workers N] [--worst N] [--fail-below SPEC] [--from text --render full|residue] DIR
//	lede learn -o MODEL INPUT...
//	lede dedup [-o FILE] [--dedup mark|drop] SHARD.jsonl...
//	lede serve [--addr 127.0.0.1:8080] [--max-body 16MiB] [--timeout 10s] [--max-concurrent N] [--token-file FILE]
//	lede version
//	lede help
//
// Exit status: 0 ok, 1 no article could be extracted or a fatal error,
// 2 usage error, 130 interrupted.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/boiler"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() {
		<-ctx.Done()
		stop() // a second interrupt kills at once
	}()
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, extract: lede.ExtractBytes}
	code := a.run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Exit statuses.
const (
	exitOK          = 0
	exitFailure     = 1 // no article, or a fatal error
	exitUsage       = 2
	exitInterrupted = 130
)

// app holds what the subcommands use from the outside world, so that tests
// can replace it.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	extract        func(context.Context, []byte, lede.Options) (*lede.Article, error)
	refDate        time.Time     // --ref-date, for every page of the run
	input          lede.Input    // --from
	boiler         *boiler.Model // --boilerplate: learned lines removed from every article
}

// run dispatches to a subcommand and returns the exit status.
func (a *app) run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		a.usage(a.stderr)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return a.runExtract(ctx, rest)
	case "batch":
		return a.runBatch(ctx, rest)
	case "crawl":
		return a.runCrawl(ctx, rest)
	case "eval":
		return a.runEval(ctx, rest)
	case "learn":
		return a.runLearn(ctx, rest)
	case "dedup":
		return a.runDedup(ctx, rest)
	case "serve":
		return a.runServe(ctx, rest)
	case "version", "--version", "-version":
		return a.runVersion(rest)
	case "help", "-h", "-help", "--help":
		return a.runHelp(rest)
	}
	a.errorf("unknown command %q; run 'lede help'", cmd)
	return exitUsage
}

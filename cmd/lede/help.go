package main

import (
	"fmt"
	"io"
)

const mainUsage = `lede turns news web pages into clean structured articles.

usage:
  lede extract [--url URL] [--format json|markdown|text|html] [--ref-date DATE] [--from html|text|auto] [--allow-private] [FILE|-|URL]
  lede batch [--urls FILE] [--allow-private] [--workers N] [-o FILE] [--ref-date DATE] [--from html|text|auto] [--boilerplate MODEL] [--dedup mark|drop|off] INPUT...
  lede crawl [--limit N] [--allow-private] [--workers N] [-o FILE] SEED...
  lede eval [--workers N] [--worst N] [--fail-below SPEC] [--boilerplate MODEL] [--from text --render full|residue] DIR
  lede learn -o MODEL [--workers N] INPUT...
  lede dedup [-o FILE] [--dedup mark|drop] SHARD.jsonl...
  lede serve [--addr 127.0.0.1:8080] [--max-body 16MiB] [--timeout 10s] [--max-concurrent N] [--token-file FILE] [--allow-fetch]
  lede version
  lede help [COMMAND]

Run 'lede help COMMAND' for a command's flags.
`

func (a *app) usage(w io.Writer) { fmt.Fprint(w, mainUsage) }

func (a *app) runHelp(args []string) int {
	if len(args) == 0 {
		a.usage(a.stdout)
		return exitOK
	}
	usage, ok := map[string]string{
		"extract": extractUsage,
		"batch":   batchUsage,
		"crawl":   crawlUsage,
		"eval":    evalUsage,
		"learn":   learnUsage,
		"dedup":   dedupUsage,
		"serve":   serveUsage,
		"version": "usage: lede version\n\nPrints lede's version.\n",
		"help":    mainUsage,
	}[args[0]]
	if !ok {
		a.errorf("help: unknown command %q", args[0])
		a.usage(a.stderr)
		return exitUsage
	}
	fmt.Fprint(a.stdout, usage)
	return exitOK
}

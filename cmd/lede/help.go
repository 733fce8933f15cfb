package main

import (
	"fmt"
	"io"
)

const mainUsage = `lede turns news web pages into clean structured articles.

usage:
  lede extract [--url URL] [--format json|markdown|text|html] [--ref-date DATE] [FILE|-]
  lede batch [--workers N] [-o FILE] [--ref-date DATE] [--boilerplate MODEL] INPUT...
  lede eval [--workers N] [--worst N] [--fail-below SPEC] [--boilerplate MODEL] DIR
  lede learn -o MODEL [--workers N] INPUT...
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
		"eval":    evalUsage,
		"learn":   learnUsage,
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

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlagSet returns a FlagSet for a subcommand that reports errors instead
// of exiting; usage is printed by parse.
func (a *app) newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("lede "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// errHelp is returned by parse for -h/--help.
var errHelp = flag.ErrHelp

// parse parses flags placed before, between or after the positional
// arguments (lede batch -o out.jsonl dir --workers 2), as users expect;
// "--" ends the flags. It returns the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// usageError reports a bad command line, with the subcommand's usage, and
// returns the usage exit status. -h prints the usage to stdout and
// returns 0.
func (a *app) usageError(err error, usage string) int {
	if errors.Is(err, errHelp) {
		fmt.Fprint(a.stdout, usage)
		return exitOK
	}
	a.errorf("%v", err)
	fmt.Fprint(a.stderr, usage)
	return exitUsage
}

// errorf writes "lede: message" to stderr.
func (a *app) errorf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "lede: "+format+"\n", args...)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

const usage = `usage:
  ledebench batch --tool lede|trafilatura|readability [--workers N] -o OUT.jsonl INPUT...
  ledebench speed [--runs N] [--tools lede,trafilatura,readability] [--bins DIR] [--json] INPUT...

batch writes one JSON line per page (source plus Article fields, or error),
for the scorer in ../shared/checks/score. speed times each tool on one core,
in its own process, and prints a Markdown table. See bench/README.md.
`

// usageError marks a bad command line (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	var ue usageError
	switch {
	case err == nil:
	case errors.As(err, &ue):
		fmt.Fprintln(os.Stderr, "ledebench:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "ledebench:", err)
		os.Exit(1)
	}
}

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{errors.New("no subcommand")}
	}
	switch args[0] {
	case "batch":
		return runBatch(ctx, args[1:], stdout, stderr)
	case "speed":
		return runSpeed(ctx, args[1:], stdout, stderr)
	case childCommand:
		return runSpeedChild(ctx, args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError{fmt.Errorf("unknown subcommand %q", args[0])}
}

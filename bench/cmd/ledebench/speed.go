package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// childCommand is the hidden subcommand that speed starts once per tool.
const childCommand = "speed-child"

// toolSpeed is what one child reports for its tool, plus the peak RSS the
// parent reads from the child's rusage.
type toolSpeed struct {
	Tool         string   `json:"tool"`
	Pages        int      `json:"pages"`
	Bytes        int64    `json:"bytes"`
	Errors       int      `json:"errors"`          // pages the tool failed on (in the last run)
	Seconds      float64  `json:"seconds"`         // best run: time inside the extraction calls
	PagesPerSec  float64  `json:"pages_per_s"`     // Pages / Seconds
	MBPerSec     float64  `json:"mb_per_s"`        // Bytes / 1e6 / Seconds
	CPUSeconds   float64  `json:"cpu_seconds"`     // best run: process CPU time inside the extraction calls
	CPUPagesPerS float64  `json:"cpu_pages_per_s"` // Pages / CPUSeconds
	AllocPerPage float64  `json:"alloc_per_page"`  // bytes, smallest over the runs
	PeakRSSKiB   int64    `json:"peak_rss_kib"`    // the child's peak RSS: its own VmHWM, else ru_maxrss
	RSSSource    string   `json:"rss_source"`      // "VmHWM" or "ru_maxrss"
	Linked       []string `json:"linked"`          // the tools built into the child's binary
}

// speedReport is the whole result of `ledebench speed`.
type speedReport struct {
	Pages    int         `json:"pages"`
	Bytes    int64       `json:"bytes"`
	Runs     int         `json:"runs"`
	CPU      string      `json:"cpu"`            // the pinned CPU, or why there is none
	Load     string      `json:"load,omitempty"` // the 1-minute load average when speed started
	Tools    []toolSpeed `json:"tools"`
	Ratio    float64     `json:"ratio,omitempty"`     // lede pages/s ÷ trafilatura pages/s, wall clock
	CPURatio float64     `json:"cpu_ratio,omitempty"` // the same by CPU time
	Errors   []string    `json:"errors,omitempty"`
}

// runSpeed implements `ledebench speed`: one child process per tool.
func runSpeed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("speed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 3, "timed runs per tool; the best one counts")
	tools := fs.String("tools", strings.Join(toolNames, ","), "comma-separated tools to time")
	asJSON := fs.Bool("json", false, "print one JSON object instead of the Markdown table")
	bins := fs.String("bins", "", "`dir` holding ledebench-TOOL binaries built with -tags only_TOOL;\nwhen one is there, that tool's child runs from it so that no other tool's\nstart-up memory counts in its peak RSS (default: this binary for every tool)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ledebench speed [--runs N] [--tools LIST] [--bins DIR] [--json] INPUT...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 || *runs < 1 {
		fs.Usage()
		return usageError{errors.New("speed needs at least one INPUT and --runs of 1 or more")}
	}
	names := strings.Split(*tools, ",")
	for _, name := range names {
		if err := checkToolName(name); err != nil {
			return usageError{err}
		}
	}
	// List the pages here too, so that a wrong INPUT fails before any child starts.
	if _, err := listPages(fs.Args()); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("speed: cannot find my own executable to start children: %w", err)
	}
	childBinary := func(tool string) string {
		if *bins != "" {
			p := filepath.Join(*bins, "ledebench-"+tool)
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
		return self
	}

	rep := speedReport{Runs: *runs, CPU: "not pinned (no taskset)", Load: loadAverage()}
	var pin []string
	if taskset, err := exec.LookPath("taskset"); err == nil {
		cpu := strconv.Itoa(min(1, runtime.NumCPU()-1)) // keep CPU 0 for the rest of the machine
		pin = []string{taskset, "-c", cpu}
		rep.CPU = cpu + " (taskset)"
	}
	for _, name := range names {
		fmt.Fprintf(stderr, "ledebench speed: timing %s, %d runs…\n", name, *runs)
		ts, err := timeInChild(ctx, childBinary(name), pin, name, *runs, fs.Args(), stderr)
		if err != nil {
			rep.Errors = append(rep.Errors, err.Error())
			fmt.Fprintln(stderr, "ledebench speed:", err)
			continue
		}
		rep.Pages, rep.Bytes = ts.Pages, ts.Bytes
		rep.Tools = append(rep.Tools, ts)
	}
	rep.Ratio = ratio(rep.Tools, "lede", "trafilatura", func(t toolSpeed) float64 { return t.PagesPerSec })
	rep.CPURatio = ratio(rep.Tools, "lede", "trafilatura", func(t toolSpeed) float64 { return t.CPUPagesPerS })

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		writeSpeedTable(stdout, rep)
	}
	if len(rep.Tools) == 0 {
		return errors.New("speed: no tool could be timed")
	}
	return nil
}

// timeInChild runs this program's speed-child for one tool, with
// GOMAXPROCS=1 and behind the pin command when there is one, and returns
// its report with the child's peak RSS.
func timeInChild(ctx context.Context, bin string, pin []string, tool string, runs int, inputs []string, stderr io.Writer) (toolSpeed, error) {
	argv := append(append([]string{}, pin...), bin, childCommand, "--tool", tool, "--runs", strconv.Itoa(runs))
	argv = append(append(argv, "--"), inputs...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, stderr
	if err := cmd.Run(); err != nil {
		return toolSpeed{}, fmt.Errorf("%s: child failed: %w", tool, err)
	}
	var ts toolSpeed
	if err := json.Unmarshal(out.Bytes(), &ts); err != nil {
		return toolSpeed{}, fmt.Errorf("%s: child report: %w", tool, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ts.PeakRSSKiB == 0 {
		ts.PeakRSSKiB, ts.RSSSource = ru.Maxrss, "ru_maxrss" // kilobytes on Linux
	}
	return ts, nil
}

// runSpeedChild implements the hidden speed-child subcommand: it loads every
// page into memory, then times the tool's extraction calls over all pages,
// runs times, and writes a toolSpeed as JSON to stdout.
func runSpeedChild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(childCommand, flag.ContinueOnError)
	fs.SetOutput(stderr)
	tool := fs.String("tool", "", "extractor")
	runs := fs.Int("runs", 3, "timed runs")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	t, err := newTool(*tool)
	if err != nil {
		return usageError{err}
	}
	paths, err := listPages(fs.Args())
	if err != nil {
		return err
	}
	pages, size, err := loadPages(paths)
	if err != nil {
		return err
	}
	ts := toolSpeed{Tool: *tool, Pages: len(pages), Bytes: size, Linked: linkedTools()}

	ts.AllocPerPage = -1
	for range max(1, *runs) {
		r := timeRun(ctx, t.extract, pages)
		if ts.Seconds == 0 || r.seconds < ts.Seconds {
			ts.Seconds = r.seconds
		}
		if ts.CPUSeconds == 0 || r.cpuSeconds < ts.CPUSeconds {
			ts.CPUSeconds = r.cpuSeconds
		}
		if ts.AllocPerPage < 0 || r.allocPerPage < ts.AllocPerPage {
			ts.AllocPerPage = r.allocPerPage
		}
		ts.Errors = r.errors
	}
	if ts.Seconds > 0 {
		ts.PagesPerSec = float64(ts.Pages) / ts.Seconds
		ts.MBPerSec = float64(ts.Bytes) / 1e6 / ts.Seconds
	}
	if ts.CPUSeconds > 0 {
		ts.CPUPagesPerS = float64(ts.Pages) / ts.CPUSeconds
	}
	if ts.PeakRSSKiB = ownPeakRSSKiB(); ts.PeakRSSKiB > 0 {
		ts.RSSSource = "VmHWM"
	}
	return json.NewEncoder(stdout).Encode(ts)
}

// runResult is one timed pass over the pages.
type runResult struct {
	seconds      float64 // wall-clock time inside the calls
	cpuSeconds   float64 // process CPU time inside the calls
	allocPerPage float64
	errors       int
}

// timeRun extracts every page once. Only the extraction calls are timed,
// by the wall clock and by the process's CPU time; the garbage collector
// runs before the pass so that passes start alike.
//
// On a machine shared with other work, wall time counts the moments the
// tool waited for the CPU; CPU time does not, so it varies less there. With
// GOMAXPROCS=1 the process's CPU time is the tool's own work plus its
// garbage collection, which is part of its cost.
func timeRun(ctx context.Context, ex extractor, pages [][]byte) runResult {
	var r runResult
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var wall, cpu time.Duration
	for _, page := range pages {
		c0, start := processCPUTime(), time.Now()
		_, err := safely(ctx, ex, page)
		wall += time.Since(start)
		cpu += processCPUTime() - c0
		if err != nil {
			r.errors++
		}
	}
	runtime.ReadMemStats(&after)
	r.seconds, r.cpuSeconds = wall.Seconds(), cpu.Seconds()
	r.allocPerPage = float64(after.TotalAlloc-before.TotalAlloc) / float64(len(pages))
	return r
}

// processCPUTime returns the CPU time used so far by the whole process
// (every thread), or 0 when the clock is not available.
func processCPUTime() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// ratio returns the pages/s of tool a divided by that of tool b, as rate
// reads them, or 0 when either was not timed.
func ratio(tools []toolSpeed, a, b string, rate func(toolSpeed) float64) float64 {
	var pa, pb float64
	for _, t := range tools {
		switch t.Tool {
		case a:
			pa = rate(t)
		case b:
			pb = rate(t)
		}
	}
	if pa == 0 || pb == 0 {
		return 0
	}
	return pa / pb
}

// writeSpeedTable prints the report as a Markdown table.
func writeSpeedTable(w io.Writer, rep speedReport) {
	fmt.Fprintf(w, "speed: %d pages, %.1f MB of HTML held in memory, GOMAXPROCS=1, CPU %s, best of %d runs",
		rep.Pages, float64(rep.Bytes)/1e6, rep.CPU, rep.Runs)
	if rep.Load != "" {
		fmt.Fprintf(w, ", load average %s at start", rep.Load)
	}
	fmt.Fprint(w, "\n\n")
	fmt.Fprintln(w, "| tool | pages/s | MB/s | pages/s by CPU time | peak RSS | alloc/page | errors |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	for _, t := range rep.Tools {
		fmt.Fprintf(w, "| %s | %.1f | %.2f | %.1f | %s | %s | %d |\n",
			t.Tool, t.PagesPerSec, t.MBPerSec, t.CPUPagesPerS, mib(float64(t.PeakRSSKiB)*1024), mib(t.AllocPerPage), t.Errors)
	}
	fmt.Fprintln(w)
	if rep.Ratio > 0 {
		fmt.Fprintf(w, "ratio lede/trafilatura %.2f (by CPU time %.2f)\n", rep.Ratio, rep.CPURatio)
	}
	for _, t := range rep.Tools {
		if others := slices.DeleteFunc(slices.Clone(t.Linked), func(n string) bool { return n == t.Tool || n == "lede" }); len(others) > 0 {
			fmt.Fprintf(w, "note: %s ran in a binary that also links %s; their start-up memory counts in its peak RSS (use --bins, as run.sh does).\n",
				t.Tool, strings.Join(others, ", "))
		}
		if t.Errors == t.Pages {
			fmt.Fprintf(w, "note: %s failed on every page; its speed measures only how fast it gives up.\n", t.Tool)
		}
	}
	for _, e := range rep.Errors {
		fmt.Fprintln(w, "not timed:", e)
	}
}

// mib formats a byte count in MiB, or in KiB when below one MiB.
func mib(b float64) string {
	if b < 1<<20 {
		return fmt.Sprintf("%.0f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", b/(1<<20))
}

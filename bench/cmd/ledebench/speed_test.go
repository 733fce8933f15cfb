package main

import (
	"context"
	"math"
	"strings"
	"testing"
)

func TestParseVmHWM(t *testing.T) {
	tests := []struct {
		status string
		want   int64
	}{
		{"Name:\tx\nVmPeak:\t  999 kB\nVmHWM:\t   35568 kB\nVmRSS:\t 100 kB\n", 35568},
		{"VmHWM: 12 kB", 12},
		{"Name:\tx\nVmRSS:\t 100 kB\n", 0},
		{"VmHWM:\t 12 MB\n", 0},
		{"VmHWM:\t -5 kB\n", 0},
		{"VmHWM:\t lots kB\n", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := parseVmHWM([]byte(tt.status)); got != tt.want {
			t.Errorf("parseVmHWM(%q) = %d, want %d", tt.status, got, tt.want)
		}
	}
}

func TestTimeRun(t *testing.T) {
	pages := [][]byte{[]byte("a"), []byte("fail"), []byte("panic"), []byte("b")}
	r := timeRun(context.Background(), fakeExtract, pages)
	if r.errors != 2 {
		t.Errorf("errors = %d, want 2", r.errors)
	}
	if r.seconds < 0 || r.cpuSeconds < 0 || r.allocPerPage <= 0 {
		t.Errorf("seconds %v, alloc/page %v: want >= 0 and > 0 (each page allocates a result)", r.seconds, r.allocPerPage)
	}
	none := timeRun(context.Background(), func(context.Context, []byte) (any, error) { return nil, nil }, pages)
	if none.allocPerPage >= r.allocPerPage {
		t.Errorf("an extractor that allocates nothing: %v bytes/page, not below %v", none.allocPerPage, r.allocPerPage)
	}
}

func TestRatio(t *testing.T) {
	tools := []toolSpeed{{Tool: "lede", PagesPerSec: 300, CPUPagesPerS: 400}, {Tool: "trafilatura", PagesPerSec: 100, CPUPagesPerS: 100}}
	wall := func(t toolSpeed) float64 { return t.PagesPerSec }
	cpu := func(t toolSpeed) float64 { return t.CPUPagesPerS }
	if got := ratio(tools, "lede", "trafilatura", wall); math.Abs(got-3) > 1e-9 {
		t.Errorf("ratio = %v, want 3", got)
	}
	if got := ratio(tools, "lede", "trafilatura", cpu); math.Abs(got-4) > 1e-9 {
		t.Errorf("CPU ratio = %v, want 4", got)
	}
	if got := ratio(tools[:1], "lede", "trafilatura", wall); got != 0 {
		t.Errorf("ratio without trafilatura = %v, want 0", got)
	}
}

func TestWriteSpeedTable(t *testing.T) {
	rep := speedReport{
		Pages: 2, Bytes: 3_000_000, Runs: 3, CPU: "1 (taskset)", Load: "0.50",
		Tools: []toolSpeed{
			{Tool: "lede", Pages: 2, PagesPerSec: 200, MBPerSec: 300, CPUPagesPerS: 250, PeakRSSKiB: 40 << 10, AllocPerPage: 512 << 10, Linked: []string{"lede"}},
			{Tool: "trafilatura", Pages: 2, Errors: 2, PagesPerSec: 50, MBPerSec: 75, PeakRSSKiB: 130 << 10, AllocPerPage: 4 << 20,
				Linked: []string{"lede", "trafilatura", "readability"}},
		},
		Ratio: 4, CPURatio: 5,
	}
	var b strings.Builder
	writeSpeedTable(&b, rep)
	out := b.String()
	for _, want := range []string{
		"| lede | 200.0 | 300.00 | 250.0 | 40.0 MiB | 512 KiB | 0 |",
		"| trafilatura | 50.0 | 75.00 | 0.0 | 130.0 MiB | 4.0 MiB | 2 |",
		"ratio lede/trafilatura 4.00 (by CPU time 5.00)",
		"load average 0.50",
		"trafilatura ran in a binary that also links readability",
		"trafilatura failed on every page",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "lede ran in a binary") || strings.Contains(out, "lede failed") {
		t.Errorf("table has a note about lede that does not apply:\n%s", out)
	}
}

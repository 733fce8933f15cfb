package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
)

// ownPeakRSSKiB returns this process's peak resident set size in KiB, read
// from VmHWM in /proc/self/status (Linux), or 0 when that is not available.
//
// The speed children report it themselves because the parent's view of a
// child, ru_maxrss from wait4, is not the child's alone on Linux: Go starts
// children with vfork, the child shares the parent's memory until exec, and
// the kernel folds that memory's high-water mark into the child's ru_maxrss.
// A parent that links go-trafilatura (tens of MiB of start-up tables) would
// thus lend its size to every child. VmHWM belongs to the image after exec.
func ownPeakRSSKiB() int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	return parseVmHWM(status)
}

// parseVmHWM returns the value of the "VmHWM:  1234 kB" line of a
// /proc/PID/status file, or 0 when there is none.
func parseVmHWM(status []byte) int64 {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		rest, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmHWM:"))
		if !ok {
			continue
		}
		fields := bytes.Fields(rest)
		if len(fields) != 2 || string(fields[1]) != "kB" {
			return 0
		}
		n, err := strconv.ParseInt(string(fields[0]), 10, 64)
		if err != nil || n < 0 {
			return 0
		}
		return n
	}
	return 0
}

// loadAverage returns the 1-minute load average from /proc/loadavg, or ""
// when it is not available. Timings on a loaded machine are slower and
// noisier; the report says so.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	if fields := bytes.Fields(b); len(fields) > 0 {
		return string(fields[0])
	}
	return ""
}

package batch

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Summary counts the outcome of a run.
type Summary struct {
	Documents int            // results delivered, one per input document
	Articles  int            // results without error
	Errors    map[string]int // results with an error, by code
	Bytes     int64          // page bytes read, after gunzipping
	Elapsed   time.Duration  // wall time of the run
	// Duplicates counts the articles found to duplicate an earlier one
	// (Run with Config.Dedup); DroppedDuplicates says they were left out.
	Duplicates        int
	DroppedDuplicates bool
}

func (s *Summary) add(r Result) {
	s.Documents++
	s.Bytes += r.Bytes
	if r.Err == nil {
		s.Articles++
		return
	}
	if s.Errors == nil {
		s.Errors = map[string]int{}
	}
	s.Errors[r.Code()]++
}

// ErrorCount returns the number of results with an error.
func (s Summary) ErrorCount() int {
	n := 0
	for _, c := range s.Errors {
		n += c
	}
	return n
}

// PagesPerSecond returns documents per second of wall time.
func (s Summary) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Documents) / s.Elapsed.Seconds()
}

// MBPerSecond returns page megabytes (10^6 bytes) read per second.
func (s Summary) MBPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
}

// String gives the summary as one line, errors by code in order of count:
//
//	181 documents, 170 articles, 11 errors (no_article 9, not_html 2), 4 duplicates in 3.2s: 56.6 pages/s, 9.8 MB/s
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents, %d articles, %d errors", s.Documents, s.Articles, s.ErrorCount())
	if len(s.Errors) > 0 {
		codes := make([]string, 0, len(s.Errors))
		for c := range s.Errors {
			codes = append(codes, c)
		}
		sort.Slice(codes, func(i, j int) bool {
			if s.Errors[codes[i]] != s.Errors[codes[j]] {
				return s.Errors[codes[i]] > s.Errors[codes[j]]
			}
			return codes[i] < codes[j]
		})
		b.WriteString(" (")
		for i, c := range codes {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %d", c, s.Errors[c])
		}
		b.WriteString(")")
	}
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, ", %d duplicates", s.Duplicates)
		if s.DroppedDuplicates {
			b.WriteString(" (dropped)")
		}
	}
	fmt.Fprintf(&b, " in %.1fs: %.1f pages/s, %.1f MB/s", s.Elapsed.Seconds(), s.PagesPerSecond(), s.MBPerSecond())
	return b.String()
}

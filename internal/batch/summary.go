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
	// Skipped counts the WARC records not written, by reason: their type
	// (request, metadata, warcinfo, revisit…), not_html, http_3xx…,
	// filtered (--host, --url-match).
	Skipped map[string]int
}

func (s *Summary) skip(reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
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
//	181 documents, 170 articles, 11 errors (no_article 9, not_html 2) in 3.2s: 56.6 pages/s, 9.8 MB/s
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents, %d articles, %d errors", s.Documents, s.Articles, s.ErrorCount())
	if len(s.Errors) > 0 {
		writeCounts(&b, s.Errors)
	}
	if len(s.Skipped) > 0 {
		n := 0
		for _, c := range s.Skipped {
			n += c
		}
		fmt.Fprintf(&b, ", %d WARC records skipped", n)
		writeCounts(&b, s.Skipped)
	}
	fmt.Fprintf(&b, " in %.1fs: %.1f pages/s, %.1f MB/s", s.Elapsed.Seconds(), s.PagesPerSecond(), s.MBPerSecond())
	return b.String()
}

// writeCounts writes " (a 3, b 1)", by count then name.
func writeCounts(b *strings.Builder, counts map[string]int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	b.WriteString(" (")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%s %d", k, counts[k])
	}
	b.WriteString(")")
}

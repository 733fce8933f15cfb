package batch

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/dedup"
)

// Summary counts the outcome of a run.
type Summary struct {
	Documents int            // results delivered, one per input document
	Articles  int            // results without error
	Errors    map[string]int // results with an error, by code
	Filtered  map[string]int // articles Config.Filter left out, by the first word of the reason
	Bytes     int64          // page bytes read, after gunzipping
	Elapsed   time.Duration  // wall time of the run
	// Duplicates counts the articles found to duplicate an earlier kept
	// one (Config.Dedup); DroppedDuplicates says they were left out.
	Duplicates        int
	DroppedDuplicates bool
	// Skipped counts the WARC records not written, by reason: their type
	// (request, metadata, warcinfo, revisit…), not_html, http_3xx…,
	// url_filter (Config.Hosts, Config.URLMatch).
	Skipped map[string]int
}

func (s *Summary) skip(reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

func (s *Summary) add(r Result) {
	if r.Skipped != "" {
		s.skip(r.Skipped)
		return
	}
	s.Documents++
	s.Bytes += r.Bytes
	if r.Duplicate.Kind != dedup.Unique {
		s.Duplicates++
	}
	if r.Err == nil {
		s.Articles++
		if r.Filtered != "" {
			if s.Filtered == nil {
				s.Filtered = map[string]int{}
			}
			kind, _, _ := strings.Cut(r.Filtered, " ")
			s.Filtered[kind]++
		}
		return
	}
	if s.Errors == nil {
		s.Errors = map[string]int{}
	}
	s.Errors[r.Code()]++
}

// ErrorCount returns the number of results with an error.
func (s Summary) ErrorCount() int { return count(s.Errors) }

func count(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// byCount lists counts by key, most first: "no_article 9, not_html 2".
func byCount(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	return b.String()
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
	fmt.Fprintf(&b, "%d documents, %d articles", s.Documents, s.Articles)
	if n := count(s.Filtered); n > 0 {
		fmt.Fprintf(&b, " (%d filtered: %s)", n, byCount(s.Filtered))
	}
	fmt.Fprintf(&b, ", %d errors", s.ErrorCount())
	if len(s.Errors) > 0 {
		fmt.Fprintf(&b, " (%s)", byCount(s.Errors))
	}
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, ", %d duplicates", s.Duplicates)
		if s.DroppedDuplicates {
			b.WriteString(" (dropped)")
		}
	}
	if n := count(s.Skipped); n > 0 {
		fmt.Fprintf(&b, ", %d WARC records skipped (%s)", n, byCount(s.Skipped))
	}
	fmt.Fprintf(&b, " in %.1fs: %.1f pages/s, %.1f MB/s", s.Elapsed.Seconds(), s.PagesPerSecond(), s.MBPerSecond())
	return b.String()
}

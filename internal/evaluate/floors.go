package evaluate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Floors are minimum figures, by metric and optionally by set. Metrics:
// body (F1), exact, snippets (F1), headline, authors, date, language,
// language-nohint (the language with the page's hints stripped).
type Floors []Floor

// Floor is one minimum: Set is "" for every set that has the metric.
type Floor struct {
	Set, Metric string
	Min         float64
}

var floorMetrics = []string{"body", "exact", "snippets", "headline", "authors", "date", "language", "language-nohint"}

// ParseFloors reads "body=0.96,snippets=0.92,trafilatura:date=0.9".
func ParseFloors(s string) (Floors, error) {
	var fs Floors
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		key, val, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("floor %q: want METRIC=VALUE or SET:METRIC=VALUE", item)
		}
		var f Floor
		f.Metric = strings.TrimSpace(key)
		if set, metric, ok := strings.Cut(f.Metric, ":"); ok {
			f.Set, f.Metric = set, metric
		}
		if !slices.Contains(floorMetrics, f.Metric) {
			return nil, fmt.Errorf("floor %q: unknown metric %q (want one of %s)", item, f.Metric, strings.Join(floorMetrics, ", "))
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("floor %q: want a value from 0 to 1", item)
		}
		f.Min = v
		fs = append(fs, f)
	}
	return fs, nil
}

// metric returns a report's figure for a floor metric; ok is false when the
// set has no such figure.
func (r *Report) metric(name string) (v float64, ok bool) {
	switch name {
	case "body":
		if r.Body != nil {
			return r.Body.F1, true
		}
	case "exact":
		if r.Body != nil {
			return r.Body.Exact, true
		}
	case "snippets":
		if r.Snippets != nil {
			return r.Snippets.F1, true
		}
	case "headline", "authors", "date", "language", "language-nohint":
		if r.Meta == nil {
			return 0, false
		}
		for _, f := range r.Meta.fields() {
			if f.name == name && f.score.Pages > 0 {
				return f.score.Score(), true
			}
		}
	}
	return 0, false
}

// Check returns a message for each floor not reached, and for each floor
// that no report measures (a floor on nothing must not pass silently).
func (fs Floors) Check(reports []*Report) []string {
	var failures []string
	for _, f := range fs {
		measured := false
		for _, r := range reports {
			if f.Set != "" && f.Set != r.Set {
				continue
			}
			v, ok := r.metric(f.Metric)
			if !ok {
				continue
			}
			measured = true
			if v < f.Min {
				failures = append(failures, fmt.Sprintf("%s %s %.4f is below the floor %.4f", r.Set, f.Metric, v, f.Min))
			}
		}
		if !measured {
			name := f.Metric
			if f.Set != "" {
				name = f.Set + ":" + name
			}
			failures = append(failures, fmt.Sprintf("floor %s: no set measured it", name))
		}
	}
	return failures
}

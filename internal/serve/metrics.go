package serve

import (
	"bufio"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// metrics counts what /metrics exposes, in the Prometheus text format
// (version 0.0.4). It is written here rather than with client_golang:
// six metric families with fixed label sets take about 150 lines, where
// the library would add protobuf, procfs and several more modules to a
// dependency list that is short on purpose.
type metrics struct {
	mu          sync.Mutex
	requests    map[routeStatus]uint64 // by route and status
	latency     map[string]*histogram  // by route
	errors      map[string]uint64      // extraction errors by code
	bytesIn     map[string]uint64      // request body bytes by route
	shedTotal   uint64
	inFlightFor func() int // extractions running now
}

type routeStatus struct {
	route  string
	status int
}

// latencyBuckets are the upper bounds, in seconds, of the latency
// histogram: from a shed request (well under a millisecond) to a timeout.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func newMetrics(inFlight func() int) *metrics {
	return &metrics{
		requests:    map[routeStatus]uint64{},
		latency:     map[string]*histogram{},
		errors:      map[string]uint64{},
		bytesIn:     map[string]uint64{},
		inFlightFor: inFlight,
	}
}

// request records one finished request.
func (m *metrics) request(route string, status int, d time.Duration, bytesIn int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[routeStatus{route, status}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
	m.bytesIn[route] += uint64(bytesIn)
}

// extractError records one failed extraction by its code.
func (m *metrics) extractError(code string) {
	m.mu.Lock()
	m.errors[code]++
	m.mu.Unlock()
}

// shed records one request refused for want of a free slot.
func (m *metrics) shed() {
	m.mu.Lock()
	m.shedTotal++
	m.mu.Unlock()
}

// ServeHTTP writes the exposition, each family's series in a stable order.
func (m *metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	bw := bufio.NewWriter(w)
	m.write(bw)
	_ = bw.Flush()
}

func (m *metrics) write(w *bufio.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()

	fmt.Fprint(w, "# HELP lede_http_requests_total HTTP requests by route and status.\n# TYPE lede_http_requests_total counter\n")
	keys := make([]routeStatus, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b routeStatus) int {
		if a.route != b.route {
			return strings.Compare(a.route, b.route)
		}
		return a.status - b.status
	})
	for _, k := range keys {
		fmt.Fprintf(w, "lede_http_requests_total{route=%q,status=\"%d\"} %d\n", k.route, k.status, m.requests[k])
	}

	fmt.Fprint(w, "# HELP lede_http_request_duration_seconds HTTP request latency by route.\n# TYPE lede_http_request_duration_seconds histogram\n")
	for _, route := range sortedKeys(m.latency) {
		h := m.latency[route]
		var cum uint64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "lede_http_request_duration_seconds_bucket{route=%q,le=%q} %d\n", route, strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "lede_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", route, h.n)
		fmt.Fprintf(w, "lede_http_request_duration_seconds_sum{route=%q} %s\n", route, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(w, "lede_http_request_duration_seconds_count{route=%q} %d\n", route, h.n)
	}

	fmt.Fprint(w, "# HELP lede_extract_errors_total Failed extractions by error code.\n# TYPE lede_extract_errors_total counter\n")
	for _, code := range sortedKeys(m.errors) {
		fmt.Fprintf(w, "lede_extract_errors_total{code=%q} %d\n", code, m.errors[code])
	}

	fmt.Fprint(w, "# HELP lede_http_request_bytes_total Request body bytes read, by route.\n# TYPE lede_http_request_bytes_total counter\n")
	for _, route := range sortedKeys(m.bytesIn) {
		fmt.Fprintf(w, "lede_http_request_bytes_total{route=%q} %d\n", route, m.bytesIn[route])
	}

	fmt.Fprintf(w, "# HELP lede_shed_total Requests refused because every extraction slot was busy.\n# TYPE lede_shed_total counter\nlede_shed_total %d\n", m.shedTotal)
	fmt.Fprintf(w, "# HELP lede_extractions_in_flight Extractions running now.\n# TYPE lede_extractions_in_flight gauge\nlede_extractions_in_flight %d\n", m.inFlightFor())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

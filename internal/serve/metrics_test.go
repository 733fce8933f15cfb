package serve

import (
	"bufio"
	"strings"
	"testing"
	"time"
)

func TestMetricsExposition(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := New(Config{MaxBody: 1 << 10, Timeout: 20 * time.Millisecond, Extract: slowExtract(nil, release)})
	do(t, s, "GET", "/healthz", "", "")
	do(t, s, "POST", "/v1/extract", "text/html", "<p>x</p>")                // timeout, 8 bytes
	do(t, s, "POST", "/v1/extract", "text/html", strings.Repeat("x", 2000)) // 413
	do(t, s, "GET", "/nowhere/secret-id-123", "", "")

	res, body := do(t, s, "GET", "/metrics", "", "")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	for _, want := range []string{
		`lede_http_requests_total{route="/healthz",status="200"} 1`,
		`lede_http_requests_total{route="/v1/extract",status="413"} 1`,
		`lede_http_requests_total{route="/v1/extract",status="504"} 1`,
		`lede_http_requests_total{route="other",status="404"} 1`,
		`lede_http_request_duration_seconds_bucket{route="/v1/extract",le="+Inf"} 2`,
		`lede_http_request_duration_seconds_count{route="/v1/extract"} 2`,
		`lede_http_request_duration_seconds_bucket{route="/v1/extract",le="0.001"} `,
		`lede_extract_errors_total{code="timeout"} 1`,
		`lede_http_request_bytes_total{route="/v1/extract"} `,
		`lede_shed_total 0`,
		`lede_extractions_in_flight `,
		`# TYPE lede_http_request_duration_seconds histogram`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "secret-id") {
		t.Error("a client's path became a label")
	}
	checkExposition(t, body)
}

// checkExposition checks every line of a text exposition: a comment, or
// "name{labels} value", with cumulative histogram buckets.
func checkExposition(t *testing.T, body string) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# HELP ") || strings.HasPrefix(line, "# TYPE ") {
			continue
		}
		name, value, ok := strings.Cut(line, " ")
		if !ok || name == "" || strings.ContainsAny(value, " \t") || !strings.HasPrefix(name, "lede_") {
			t.Errorf("malformed line %q", line)
		}
		if i := strings.IndexByte(name, '{'); i >= 0 && !strings.HasSuffix(name, "}") {
			t.Errorf("unclosed labels in %q", line)
		}
	}
}

// Command serveload drives `lede serve` at a fixed request rate for a
// while and prints what came back: counts by status, latency percentiles
// of the answered (2xx) and of the shed (429/503) requests, and transport
// errors. It is the load generator of bench/serve_load.sh.
//
//	serveload -url http://127.0.0.1:8080/v1/extract -body page.html -rate 200 -duration 60s
//
// The load is open-loop: request i is due at start + i/rate whatever the
// server does, and its latency counts from when it was due, so a server
// that stalls is charged for the requests it made wait (no coordinated
// omission). At most -max-inflight requests are outstanding; a request
// due when that many are open is counted as "not sent".
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"
)

// summary is what one run prints, as one JSON object.
type summary struct {
	Rate       float64        `json:"rate"`
	Seconds    float64        `json:"seconds"`
	Sent       int            `json:"sent"`
	NotSent    int            `json:"not_sent"`
	ByStatus   map[string]int `json:"by_status"`
	Errors     int            `json:"transport_errors"`
	FirstError string         `json:"first_error,omitempty"`
	OK         percentiles    `json:"ok_ms"`
	Shed       percentiles    `json:"shed_ms"`
}

type percentiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/v1/extract", "target URL")
	bodyFile := flag.String("body", "", "file sent as the text/html body (required)")
	rate := flag.Float64("rate", 200, "requests per second")
	duration := flag.Duration("duration", 10*time.Second, "how long to send")
	maxInflight := flag.Int("max-inflight", 2000, "outstanding requests at most")
	token := flag.String("token", "", "bearer token, if the server needs one")
	okP99 := flag.Float64("check-ok-p99", 0, "fail unless the p99 of answered requests is below this many ms (0: no check)")
	shedP99 := flag.Float64("check-shed-p99", 0, "fail unless the p99 of shed requests is below this many ms (0: no check)")
	allOK := flag.Bool("check-all-ok", false, "fail unless every request was sent and answered 2xx")
	flag.Parse()
	if *bodyFile == "" || *rate <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	body, err := os.ReadFile(*bodyFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
	s := run(*url, body, *token, *rate, *duration, *maxInflight)
	enc := json.NewEncoder(os.Stdout)
	_ = enc.Encode(s)
	var failed []string
	if *okP99 > 0 && (s.OK.N == 0 || s.OK.P99 >= *okP99) {
		failed = append(failed, fmt.Sprintf("p99 of answered requests %.2f ms (n=%d), want < %g", s.OK.P99, s.OK.N, *okP99))
	}
	if *shedP99 > 0 && (s.Shed.N == 0 || s.Shed.P99 >= *shedP99) {
		failed = append(failed, fmt.Sprintf("p99 of shed requests %.2f ms (n=%d), want < %g", s.Shed.P99, s.Shed.N, *shedP99))
	}
	if *allOK && (s.NotSent > 0 || s.Errors > 0 || s.OK.N != s.Sent) {
		failed = append(failed, fmt.Sprintf("%d of %d requests answered 2xx (%d not sent, %d transport errors)", s.OK.N, s.Sent+s.NotSent, s.NotSent, s.Errors))
	}
	for _, f := range failed {
		fmt.Fprintln(os.Stderr, "serveload: FAIL:", f)
	}
	if len(failed) > 0 {
		os.Exit(1)
	}
}

// run sends the load and collects the answers.
func run(url string, body []byte, token string, rate float64, duration time.Duration, maxInflight int) summary {
	client := &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        maxInflight,
			MaxIdleConnsPerHost: maxInflight,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	var (
		mu       sync.Mutex
		ok, shed []float64
		s        = summary{Rate: rate, ByStatus: map[string]int{}}
		wg       sync.WaitGroup
		slots    = make(chan struct{}, maxInflight)
	)
	interval := time.Duration(float64(time.Second) / rate)
	start := time.Now()
	n := int(duration.Seconds() * rate)
	for i := range n {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		select {
		case slots <- struct{}{}:
		default:
			s.NotSent++
			continue
		}
		s.Sent++
		wg.Go(func() {
			defer func() { <-slots }()
			status, err := send(client, url, body, token)
			ms := float64(time.Since(due).Microseconds()) / 1000
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				s.Errors++
				if s.FirstError == "" {
					s.FirstError = err.Error()
				}
			case status == 429 || status == 503:
				shed = append(shed, ms)
			case status/100 == 2:
				ok = append(ok, ms)
			}
			if err == nil {
				s.ByStatus[fmt.Sprint(status)]++
			}
		})
	}
	wg.Wait()
	s.Seconds = time.Since(start).Seconds()
	s.OK, s.Shed = percentilesOf(ok), percentilesOf(shed)
	return s
}

// send posts body and reads the whole answer.
func send(client *http.Client, url string, body []byte, token string) (int, error) {
	req, err := http.NewRequestWithContext(context.Background(), "POST", url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "text/html")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return 0, err
	}
	return res.StatusCode, nil
}

func percentilesOf(ms []float64) percentiles {
	if len(ms) == 0 {
		return percentiles{}
	}
	slices.Sort(ms)
	at := func(q float64) float64 { return ms[min(len(ms)-1, int(q*float64(len(ms))))] }
	return percentiles{N: len(ms), P50: at(0.50), P90: at(0.90), P99: at(0.99), Max: ms[len(ms)-1]}
}

package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"testing"
	"time"
)

// publicIP stands for an address on the internet; the test dialer sends
// connections to it to a loopback test server.
var publicIP = netip.MustParseAddr("93.184.216.34")

// testNet resolves the names in names and connects publicIP to the test
// server at serverAddr; every other address is dialled as it is.
func testNet(names map[string][]netip.Addr, serverAddr string) netHooks {
	return netHooks{
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if a, ok := names[host]; ok {
				return a, nil
			}
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		},
		dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			ap := netip.MustParseAddrPort(address)
			if ap.Addr() == publicIP {
				address = serverAddr
			}
			var d net.Dialer
			return d.DialContext(ctx, network, address)
		},
	}
}

// localOptions are the options of tests against a loopback server;
// robots.txt is left to the robots tests.
func localOptions() Options {
	return Options{AllowPrivate: true, HostInterval: -1, Timeout: 5 * time.Second, IgnoreRobots: true}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// port is the port of a test server's URL.
func port(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Port()
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := Code(err); got != code {
		t.Fatalf("Code(%v) = %q, want %q", err, got, code)
	}
}

func fmtURL(host, port, path string) string { return fmt.Sprintf("http://%s:%s%s", host, port, path) }

package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestForbiddenAddr(t *testing.T) {
	for _, tc := range []struct {
		addr   string
		refuse bool
	}{
		{"127.0.0.1", true}, {"127.1.2.3", true}, {"::1", true},
		{"10.0.0.1", true}, {"172.16.5.4", true}, {"192.168.1.1", true},
		{"fc00::1", true}, {"fd12:3456::1", true},
		{"169.254.169.254", true}, {"fe80::1", true},
		{"224.0.0.1", true}, {"ff02::1", true}, {"ff05::2", true},
		{"0.0.0.0", true}, {"::", true}, {"0.1.2.3", true},
		{"100.64.0.1", true}, {"100.127.255.254", true},
		{"255.255.255.255", true}, {"198.18.0.1", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.1.1.1", true}, {"::ffff:169.254.169.254", true},
		{"64:ff9b::7f00:1", true}, {"2002:7f00:1::", true}, {"::127.0.0.1", true},
		{"93.184.216.34", false}, {"8.8.8.8", false}, {"100.63.255.255", false}, {"100.128.0.1", false},
		{"2606:4700::1111", false}, {"::ffff:8.8.8.8", false}, {"64:ff9b::808:808", false},
	} {
		got := forbiddenAddr(netip.MustParseAddr(tc.addr))
		if (got != "") != tc.refuse {
			t.Errorf("forbiddenAddr(%s) = %q, want refused %v", tc.addr, got, tc.refuse)
		}
	}
}

// ssrfClient is a default (not AllowPrivate) client whose resolver sends
// evil names to private addresses and public.test to the test server.
func ssrfClient(t *testing.T, srvAddr string) *Client {
	names := map[string][]netip.Addr{
		"evil4.test":  {netip.MustParseAddr("127.0.0.1")},
		"evil6.test":  {netip.MustParseAddr("::1")},
		"evil10.test": {netip.MustParseAddr("10.0.0.1")},
		"mapped.test": {netip.MustParseAddr("::ffff:127.0.0.1")},
		"meta.test":   {netip.MustParseAddr("169.254.169.254")},
		"public.test": {publicIP},
	}
	return newClient(Options{HostInterval: -1, IgnoreRobots: true}, testNet(names, srvAddr))
}

func TestRefusesPrivateTargets(t *testing.T) {
	hit := false
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hit = true; fmt.Fprint(w, "secret") })
	p := port(t, srv)
	c := ssrfClient(t, srv.Listener.Addr().String())
	for _, u := range []string{
		fmtURL("evil4.test", p, "/"),
		fmtURL("evil6.test", p, "/"),
		fmtURL("evil10.test", p, "/"),
		fmtURL("mapped.test", p, "/"),
		fmtURL("meta.test", p, "/latest/meta-data/"),
		fmtURL("127.0.0.1", p, "/"),
		fmtURL("[::1]", p, "/"),
		fmtURL("[::ffff:127.0.0.1]", p, "/"),
		fmtURL("[::ffff:7f00:1]", p, "/"),
		"http://localhost:" + p + "/", // resolves to nothing in the test resolver: refused or failed, never reached
		srv.URL,
	} {
		resp, err := c.Fetch(context.Background(), u)
		if resp != nil || err == nil {
			t.Errorf("%s: fetched, want refused", u)
			continue
		}
		if u == "http://localhost:"+p+"/" {
			continue
		}
		if Code(err) != "forbidden_target" {
			t.Errorf("%s: %v (code %s), want forbidden_target", u, err, Code(err))
		}
	}
	if hit {
		t.Error("the private server was reached")
	}
}

func TestPublicTargetFetched(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>hello</p>") })
	c := ssrfClient(t, srv.Listener.Addr().String())
	resp, err := c.Fetch(context.Background(), fmtURL("public.test", port(t, srv), "/a"))
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<p>hello</p>" {
		t.Errorf("body %q", resp.Body)
	}
}

func TestRefusesRedirectsIntoPrivateSpace(t *testing.T) {
	var privateHit bool
	private := serve(t, func(w http.ResponseWriter, r *http.Request) { privateHit = true })
	pp := port(t, private)
	public := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})
	c := ssrfClient(t, public.Listener.Addr().String())
	for _, to := range []string{
		private.URL + "/admin",
		fmtURL("evil4.test", pp, "/"),
		fmtURL("evil6.test", pp, "/"),
		fmtURL("[::ffff:127.0.0.1]", pp, "/"),
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/",
	} {
		u := fmtURL("public.test", port(t, public), "/r?to="+to)
		_, err := c.Fetch(context.Background(), u)
		if Code(err) != "forbidden_target" {
			t.Errorf("redirect to %s: %v, want forbidden_target", to, err)
		}
	}
	if privateHit {
		t.Error("the private server was reached")
	}
}

func TestRefusesSchemes(t *testing.T) {
	c := New(Options{})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/", "gopher://example.com/", "javascript:alert(1)", "data:text/html,hi", "//example.com/"} {
		_, err := c.Fetch(context.Background(), u)
		if Code(err) != "forbidden_target" {
			t.Errorf("%s: %v, want forbidden_target", u, err)
		}
	}
}

func TestRefusesRedirectToOtherSchemes(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusMovedPermanently)
	})
	c := ssrfClient(t, srv.Listener.Addr().String())
	for _, to := range []string{"file:///etc/passwd", "ftp://example.com/x", "gopher://example.com:70/"} {
		_, err := c.Fetch(context.Background(), fmtURL("public.test", port(t, srv), "/r?to="+to))
		if Code(err) != "forbidden_target" || !strings.Contains(err.Error(), "redirected from") {
			t.Errorf("redirect to %s: %v, want forbidden_target", to, err)
		}
	}
}

func TestAllowPrivate(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "intranet") })
	resp, err := New(localOptions()).Fetch(context.Background(), srv.URL)
	if err != nil || string(resp.Body) != "intranet" {
		t.Fatalf("AllowPrivate: %v %v", resp, err)
	}
}

// A name with both a public and a private address is reached on the
// public one only; the private one is never dialled.
func TestMixedAnswerDialsCheckedAddressOnly(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "public") })
	hooks := testNet(map[string][]netip.Addr{
		"mixed.test": {netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::ffff:10.0.0.1"), publicIP},
	}, srv.Listener.Addr().String())
	var dialled []string
	dial := hooks.dial
	hooks.dial = func(ctx context.Context, network, address string) (net.Conn, error) {
		dialled = append(dialled, address)
		return dial(ctx, network, address)
	}
	c := newClient(Options{HostInterval: -1, IgnoreRobots: true}, hooks)
	resp, err := c.Fetch(context.Background(), fmtURL("mixed.test", port(t, srv), "/"))
	if err != nil || string(resp.Body) != "public" {
		t.Fatalf("%v %v", resp, err)
	}
	if len(dialled) != 1 || !strings.HasPrefix(dialled[0], publicIP.String()+":") {
		t.Errorf("dialled %v, want the public address only", dialled)
	}
}

// The socket hook refuses what the resolver step let through by mistake.
func TestControlRefusesPrivateSocket(t *testing.T) {
	d := newDialer(Options{}.withDefaults(), netHooks{})
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "[::ffff:127.0.0.1]:80", "10.1.2.3:8080", "[fe80::1]:80"} {
		if err := d.control("tcp", addr, nil); !isTargetError(err) {
			t.Errorf("control(%s) = %v, want refused", addr, err)
		}
	}
	if err := d.control("tcp", "93.184.216.34:443", nil); err != nil {
		t.Errorf("control(public) = %v", err)
	}
}

// A dead address (a connect that hangs) does not use up the connect time
// of the next one.
func TestDeadAddressThenLiveOne(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "live") })
	dead := netip.MustParseAddr("2606:4700::dead")
	hooks := testNet(map[string][]netip.Addr{"dual.test": {dead, publicIP}}, srv.Listener.Addr().String())
	dial := hooks.dial
	hooks.dial = func(ctx context.Context, network, address string) (net.Conn, error) {
		if strings.Contains(address, dead.String()) {
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return dial(ctx, network, address)
	}
	c := newClient(Options{HostInterval: -1, IgnoreRobots: true, ConnectTimeout: 3 * time.Second}, hooks)
	start := time.Now()
	resp, err := c.Fetch(context.Background(), fmtURL("dual.test", port(t, srv), "/"))
	if err != nil || string(resp.Body) != "live" {
		t.Fatalf("%v %v", resp, err)
	}
	if d := time.Since(start); d > 2500*time.Millisecond {
		t.Errorf("took %s: the dead address had more than its share", d)
	}
}

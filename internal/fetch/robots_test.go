package fetch

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"
)

const robotsTxt = `# comments are ignored
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?

Sitemap: https://example.com/sitemap.xml

User-agent: otherbot
User-agent: lede
Disallow: /lede-only/
Allow: /lede-only/but-this
Disallow: /*/print$
`

func TestRobotsMatching(t *testing.T) {
	lede := parseRobots([]byte(robotsTxt), "lede")
	other := parseRobots([]byte(robotsTxt), "somebot")
	for _, tc := range []struct {
		r       *robots
		path    string
		allowed bool
	}{
		// lede has a group of its own: the "*" group does not apply.
		{lede, "/private/x", true},
		{lede, "/lede-only/x", false},
		{lede, "/lede-only/but-this", true},
		{lede, "/news/print", false},
		{lede, "/news/print/more", true},
		{lede, "/", true},
		{lede, "/robots.txt", true},
		// somebot falls back to "*".
		{other, "/private/x", false},
		{other, "/private/open", true},
		{other, "/private/openly", true},
		{other, "/a/b.pdf", false},
		{other, "/a/b.pdf?x=1", true},
		{other, "/search?q=x", false},
		{other, "/search", true},
		{other, "/lede-only/x", true},
	} {
		if got := tc.r.allowed(tc.path); got != tc.allowed {
			name := "lede"
			if tc.r == other {
				name = "somebot"
			}
			t.Errorf("%s: allowed(%q) = %v, want %v", name, tc.path, got, tc.allowed)
		}
	}
}

func TestRobotsLongestMatchAndTies(t *testing.T) {
	r := parseRobots([]byte("User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /a/b/c\nAllow: /x\nDisallow: /x\nDisallow:\n"), "lede")
	for path, want := range map[string]bool{"/a": false, "/a/b": true, "/a/b/c/d": false, "/x": true, "/y": true} {
		if got := r.allowed(path); got != want {
			t.Errorf("allowed(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestRobotsGroupsMerged(t *testing.T) {
	r := parseRobots([]byte("User-agent: LEDE\nDisallow: /a\n\nUser-agent: x\nDisallow: /b\n\nuser-agent: lede/2.0\ndisallow: /c\r\n"), "lede")
	for path, want := range map[string]bool{"/a": false, "/b": true, "/c": false} {
		if got := r.allowed(path); got != want {
			t.Errorf("allowed(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestMatchRobots(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		match         bool
	}{
		{"/", "/anything", true},
		{"/fish", "/fish.html", true},
		{"/fish", "/Fish", false},
		{"/fish*", "/fishheads", true},
		{"/*.php", "/folder/a.php?x", true},
		{"/*.php$", "/a.php", true},
		{"/*.php$", "/a.php?x", false},
		{"/fish*.php", "/fishheads/catfish.php?p", true},
		{"/a*b*c$", "/a-b-c", true},
		{"/a*b*c$", "/a-b-c-d", false},
		{"/a*b*c$", "/abcbc", true},
		{"*", "/", true},
		{"$", "", true},
	} {
		if got := matchRobots(tc.pattern, tc.path); got != tc.match {
			t.Errorf("matchRobots(%q, %q) = %v, want %v", tc.pattern, tc.path, got, tc.match)
		}
	}
}

// robotsServer answers /robots.txt with status and body, counting the
// requests, and any other path with a page.
func robotsServer(t *testing.T, status int, body string) (string, *atomic.Int32) {
	var asked atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			asked.Add(1)
			w.WriteHeader(status)
			fmt.Fprint(w, body)
			return
		}
		fmt.Fprint(w, page)
	})
	return srv.URL, &asked
}

func robotsOptions() Options {
	o := localOptions()
	o.IgnoreRobots = false
	return o
}

func TestRobotsHonoured(t *testing.T) {
	base, asked := robotsServer(t, 200, "User-agent: *\nDisallow: /private/\n")
	c := New(robotsOptions())
	_, err := c.Fetch(context.Background(), base+"/private/page")
	wantCode(t, err, "robots_disallowed")
	if _, err := c.Fetch(context.Background(), base+"/news/page"); err != nil {
		t.Fatal(err)
	}
	if n := asked.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", n)
	}
}

func TestRobotsDisallowedRedirectTarget(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: lede\nDisallow: /private/\n")
		case "/go":
			http.Redirect(w, r, "/private/x", http.StatusFound)
		default:
			t.Errorf("%s fetched", r.URL.Path)
		}
	})
	_, err := New(robotsOptions()).Fetch(context.Background(), srv.URL+"/go")
	wantCode(t, err, "robots_disallowed")
}

func TestRobotsStatus(t *testing.T) {
	for _, tc := range []struct {
		status int
		code   string
	}{
		{404, ""}, {403, ""}, {410, ""},
		{500, "robots_disallowed"}, {503, "robots_disallowed"},
	} {
		base, _ := robotsServer(t, tc.status, "User-agent: *\nDisallow: /\n")
		_, err := New(robotsOptions()).Fetch(context.Background(), base+"/page")
		if got := Code(err); got != tc.code {
			t.Errorf("robots.txt %d: %v, want code %q", tc.status, err, tc.code)
		}
	}
}

func TestRobotsExpiry(t *testing.T) {
	base, asked := robotsServer(t, 200, "User-agent: *\nAllow: /\n")
	o := robotsOptions()
	o.RobotsTTL = 50 * time.Millisecond
	c := New(o)
	for range 2 {
		if _, err := c.Fetch(context.Background(), base+"/a"); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(80 * time.Millisecond)
	if _, err := c.Fetch(context.Background(), base+"/a"); err != nil {
		t.Fatal(err)
	}
	if n := asked.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2 (once, then after expiry)", n)
	}
}

// FuzzParseRobots: any robots.txt parses without panic, and the answer for
// a path is a pure function of the file (asking twice agrees), /robots.txt
// is always allowed, and a file with no rule allows everything.
func FuzzParseRobots(f *testing.F) {
	f.Add([]byte(robotsTxt), "/private/x")
	f.Add([]byte("User-agent: *\nDisallow: /*$\n"), "/a$")
	f.Add([]byte("user-agent:lede\r\rdisallow:/*a*b*$\r"), "/xaxb")
	f.Add([]byte("\xff\xfe:\x00\nUser-agent: *\nAllow:*\n"), "")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := parseRobots(data, "lede")
		got := r.allowed(path)
		if r.allowed(path) != got {
			t.Fatal("allowed is not deterministic")
		}
		if !r.allowed("/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		if len(r.rules) == 0 && !got {
			t.Fatal("no rules, yet disallowed")
		}
		for _, rule := range r.rules {
			if rule.pattern == "" || strings.ContainsAny(rule.pattern, "\r\n#") {
				t.Fatalf("rule pattern %q", rule.pattern)
			}
			if utf8.ValidString(string(data)) && !utf8.ValidString(rule.pattern) {
				t.Fatalf("invalid UTF-8 pattern %q from valid input", rule.pattern)
			}
		}
	})
}

func BenchmarkParseRobots(b *testing.B) {
	data := []byte(strings.Repeat(robotsTxt, 50))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		parseRobots(data, "lede")
	}
}

func TestRobotsByteOrderMarkAndEncoding(t *testing.T) {
	r := parseRobots([]byte("\xef\xbb\xbfUser-agent: *\nDisallow: /café\nDisallow: /a%3cb\n"), "lede")
	for path, want := range map[string]bool{
		"/caf%C3%A9/x": false, "/caf%c3%a9": false, "/café": false, "/cafe": true,
		"/a%3Cb": false, "/a%3cb": false, "/a": true,
	} {
		if got := r.allowed(path); got != want {
			t.Errorf("allowed(%q) = %v, want %v", path, got, want)
		}
	}
}

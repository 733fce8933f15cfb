package batch

import "testing"

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.com/a": true, "HTTP://x/": true, "ftp://x/": true, "file:///etc/passwd": true,
		"gopher://x:70/": true, "svn+ssh://x/": true,
		"/etc/passwd": false, "pages/a.html": false, `C://dir/a.html`: false, "-": false,
		"a b://x": false, "1http://x": false, "dir/http://x": false,
	} {
		if got := IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
		}
	}
}

package fetch

import (
	"bufio"
	"bytes"
	"strings"
)

// robots is the part of a robots.txt that applies to one user agent: its
// Allow and Disallow rules (RFC 9309).
type robots struct {
	rules []robotsRule
}

type robotsRule struct {
	allow   bool
	pattern string // a path pattern: "*" matches any run of bytes, a final "$" anchors the end
}

// parseRobots reads a robots.txt and keeps the rules of the groups for
// agent (a product token such as "lede", matched case-insensitively), or,
// when no group names it, the rules of the "*" groups. As RFC 9309 §2.2.1
// says, several groups for the same agent are merged, consecutive
// user-agent lines open one group, and lines other than user-agent, allow
// and disallow (sitemap, crawl-delay, …) are ignored. Malformed lines are
// skipped; parsing never fails.
func parseRobots(data []byte, agent string) *robots {
	agent = strings.ToLower(agent)
	var named, star []robotsRule
	var foundNamed bool
	// The agents of the group being read; inRules turns true at its first
	// rule, so that a user-agent line after it opens a new group.
	var forNamed, forStar, inRules bool

	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRobotsBytes)
	sc.Split(scanRobotsLines)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent", "useragent", "user agent":
			if inRules {
				forNamed, forStar, inRules = false, false, false
			}
			// Match the product token only: "lede/1.0" names lede.
			token := productToken(strings.ToLower(value))
			switch {
			case token == "*":
				forStar = true
			case token != "" && token == agent:
				forNamed, foundNamed = true, true
			}
		case "allow", "disallow":
			inRules = true
			if value == "" {
				continue // "Disallow:" with no path allows everything: no rule
			}
			r := robotsRule{allow: key == "allow", pattern: normalizeRobotsPath(value)}
			if forNamed {
				named = append(named, r)
			}
			if forStar {
				star = append(star, r)
			}
		}
	}
	if foundNamed {
		return &robots{rules: named}
	}
	return &robots{rules: star}
}

// scanRobotsLines splits at \n, \r\n or a lone \r.
func scanRobotsLines(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		if data[i] == '\r' && i+1 == len(data) && !atEOF {
			return 0, nil, nil // a \n may follow
		}
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// allowed tells whether path (the URL's escaped path and query) may be
// fetched: the rule with the longest matching pattern decides, an Allow
// winning a tie (RFC 9309 §2.2.2); no matching rule allows. /robots.txt
// itself is always allowed.
func (r *robots) allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	path = normalizeRobotsPath(path)
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !matchRobots(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// matchRobots matches a robots.txt path pattern against the start of path:
// "*" stands for any run of bytes and a final "$" anchors the pattern at
// the end of path. Taking each literal piece at its leftmost place is
// enough for patterns with "*" only.
func matchRobots(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	pieces := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, pieces[0]) {
		return false
	}
	rest := path[len(pieces[0]):]
	if len(pieces) == 1 {
		return !anchored || rest == ""
	}
	for _, p := range pieces[1 : len(pieces)-1] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	last := pieces[len(pieces)-1]
	if anchored {
		return strings.HasSuffix(rest, last)
	}
	return strings.Contains(rest, last)
}

// allowAll and disallowAll are the rules when robots.txt is missing (4xx)
// or unreachable (5xx).
var (
	allowAll    = &robots{}
	disallowAll = &robots{rules: []robotsRule{{allow: false, pattern: "/"}}}
)

// normalizeRobotsPath puts a path or pattern in the form they are compared
// in (RFC 9309 §2.2.2): bytes outside US-ASCII percent-encoded, and the
// hex digits of existing escapes in upper case, so that "/café",
// "/caf%c3%a9" and "/caf%C3%A9" are the same path.
func normalizeRobotsPath(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '%' && i+2 < len(s) && (isLowerHex(s[i+1]) || isLowerHex(s[i+2])) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool      { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isLowerHex(c byte) bool { return 'a' <= c && c <= 'f' }

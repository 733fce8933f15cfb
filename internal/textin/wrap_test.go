package textin

import (
	"strings"
	"testing"
)

// wrapAt hard-wraps s at width characters, as a plain-text archive does.
func wrapAt(s string, width int) string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && len(cur)+1+len(w) > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return strings.Join(append(lines, cur), "\n")
}

func TestHardWrappedText(t *testing.T) {
	paras := []string{en1 + " " + en2, en3 + " " + en4, en2 + " " + en1}
	var blocks []string
	for _, p := range paras {
		blocks = append(blocks, wrapAt(p, 50))
	}
	text := "Council votes to close the old bridge\n\nBy Jane Doe\n\n" + strings.Join(blocks, "\n\n") + "\n"
	r := Extract(text)
	wantBody(t, r, paras...)
	if r.Headline != "Council votes to close the old bridge" {
		t.Errorf("headline %q", r.Headline)
	}
}

func TestNotHardWrapped(t *testing.T) {
	// full-page text: one block per line, lines of all lengths
	text := withChrome("Council votes to close the old bridge", en1, en2, en3)
	if isHardWrapped(text) {
		t.Error("full-page text taken for hard-wrapped")
	}
	// a menu of short lines without blank lines is no wrapped paragraph
	if isHardWrapped(strings.Join(menu, "\n") + "\n\n" + strings.Join(footer, "\n")) {
		t.Error("menu taken for hard-wrapped")
	}
}

package textin

import "testing"

func TestCommentsAfterBodyCut(t *testing.T) {
	c1 := "It is about time they fixed that bridge, I have been waiting for this for years now."
	c2 := "The ferry will never cope with the traffic, mark my words, this is going to be a mess."
	tests := []struct {
		name  string
		lines []string
		body  []string
	}{
		{"a thread of 'says:' lines", []string{"Council votes to close the old bridge", en1, en2, en3,
			"bridgefan says:", "November 19, 2019 at 6:34 am", c1, "jdoe says:", "November 19, 2019 at 6:44 am", c2}, []string{en1, en2, en3}},
		{"a comments heading", []string{"Council votes to close the old bridge", en1, en2, en3, "34 Comments", c1, c2}, []string{en1, en2, en3}},
		{"German", []string{"Ein Titel über die Brücke der Stadt", de1, de2, de3, "Kommentare (12)",
			"Endlich passiert etwas an dieser Brücke, darauf haben wir lange genug gewartet, finde ich.",
			"Die Fähre wird das nie schaffen, das sage ich Ihnen schon heute, das gibt ein Chaos."}, []string{de1, de2, de3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantBody(t, Extract(withChrome(tt.lines...)), tt.body...)
		})
	}
}

func TestRelatedBoxInsideBodySkipped(t *testing.T) {
	r := Extract(withChrome("Council votes to close the old bridge", en1, en2, "Related articles",
		"Bridge protests: residents send a warning to the council", "Ferry prices: what commuters will pay", en3, en4))
	wantBody(t, r, en1, en2, en3, en4)
	r = Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Mehr zum Thema", "Die neue Brücke in Köln", de3, de4))
	wantBody(t, r, de1, de2, de3, de4)
}

func TestNoSectionCut(t *testing.T) {
	// a subheading that names no section, and a quote announced once
	r := Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Was Anwohner sagen", de3, "Der Bürgermeister sagt:", de4))
	wantBody(t, r, de1, de2, "Was Anwohner sagen", de3, "Der Bürgermeister sagt:", de4)
	// a subheading about a debate is no comment thread
	r = Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Die Diskussion um die Brücke", de3, de4))
	wantBody(t, r, de1, de2, "Die Diskussion um die Brücke", de3, de4)
	// a section line before any prose does not end the body
	r = Extract(page("Council votes to close the old bridge", "Related", en1, en2, en3))
	wantBody(t, r, en1, en2, en3)
}

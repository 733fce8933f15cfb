package model

import "testing"

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"":                       0,
		"Kerry in Moskau":        3,
		"l'été, 12.05.2015":      5, // l, été, 12, 05, 2015
		"nai\u0308ve snake_case": 2,
		"  — ":                   0,
	} {
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestJoinText(t *testing.T) {
	got := JoinText([]Block{{Text: "Erster Absatz."}, {Text: "Zweiter."}})
	if got != "Erster Absatz.\n\nZweiter." {
		t.Errorf("JoinText = %q", got)
	}
	if JoinText(nil) != "" {
		t.Error("JoinText(nil) is not empty")
	}
}

package meta

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		line              string
		authors, agencies []string
		dateline          string
	}{
		// German
		{line: "Von Julian Hans, Moskau", authors: []string{"Julian Hans"}, dateline: "Moskau"},
		{line: "Von Anna Berg und Tom Kern, dpa", authors: []string{"Anna Berg", "Tom Kern"}, agencies: []string{"dpa"}},
		{line: "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
			authors: []string{"Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"}, agencies: []string{"NDR"}},
		{line: "Autor: Peter Maahn", authors: []string{"Peter Maahn"}},
		{line: "Autor: Fabian Dittmann; Illustrator: Adriaan Prent", authors: []string{"Fabian Dittmann"}},
		{line: "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.", authors: []string{"Uta Staschewski"}},
		{line: "Text: Klausmartin Friedrich", authors: []string{"Klausmartin Friedrich"}},
		{line: "Text und Interview: Harald Willenbrock", authors: []string{"Harald Willenbrock"}},
		{line: "Von: Wolfgang Schmale", authors: []string{"Wolfgang Schmale"}},
		{line: "Eingestellt von der Michel", authors: []string{"der Michel"}},
		{line: "Tomas Spahn Fr, 10.07.2015", authors: []string{"Tomas Spahn"}},
		{line: "Von Anna Berg am 12. Mai 2015, 19:52 Uhr", authors: []string{"Anna Berg"}},
		{line: "Rechtsanwalt Sebastian Einbock", authors: []string{"Sebastian Einbock"}},
		{line: "FOCUS-Online-Experte Robin Tschöpe", authors: []string{"Robin Tschöpe"}},
		{line: "Anna Berg, Korrespondentin in Berlin", authors: []string{"Anna Berg"}},
		{line: "Von Redaktion", agencies: []string{"Redaktion"}},
		{line: "Von SZ-Redaktion", agencies: []string{"SZ-Redaktion"}},
		{line: "Von SZ.de", agencies: []string{"SZ.de"}},
		{line: "dpa/lno", agencies: []string{"dpa/lno"}},
		{line: "Dezember 10, 2019 · von freeman1984 · in Uncategorized", authors: []string{"freeman1984"}},
		// English
		{line: "By Jane Doe and John Roe", authors: []string{"Jane Doe", "John Roe"}},
		{line: "By Jane Doe July 10, 2015", authors: []string{"Jane Doe"}},
		{line: "Posted by Günter W. Kienitz at 18:52", authors: []string{"Günter W. Kienitz"}},
		{line: "Posted on September 21, 2020 by Adi Tzlil", authors: []string{"Adi Tzlil"}},
		{line: "Posted by Nesselsetzer under Allgemein", authors: []string{"Nesselsetzer"}},
		{line: "Harald Bauer Autor", authors: []string{"Harald Bauer"}},
		{line: "Richard David Precht im Gespräch mit Karin Fischer", authors: []string{"Richard David Precht", "Karin Fischer"}},
		{line: "By Williams Perdomo @wperdomod -", authors: []string{"Williams Perdomo"}},
		{line: "Grant Tinsley, PhD", authors: []string{"Grant Tinsley"}},
		{line: "By Jane Doe, The Washington Post", authors: []string{"Jane Doe"}, agencies: []string{"The Washington Post"}},
		{line: "By Rob Picheta, CNN", authors: []string{"Rob Picheta"}, agencies: []string{"CNN"}},
		{line: "By AFP", agencies: []string{"AFP"}},
		{line: "By Reuters Staff", agencies: []string{"Reuters Staff"}},
		// French, Spanish, Italian, Dutch
		{line: "Par Loïc Le Clerc", authors: []string{"Loïc Le Clerc"}},
		{line: "Par Marie Dupont et Luc Martin, Paris", authors: []string{"Marie Dupont", "Luc Martin"}, dateline: "Paris"},
		{line: "Por Agencia EFE", agencies: []string{"Agencia EFE"}},
		{line: "Por Ana García y Luis Pérez", authors: []string{"Ana García", "Luis Pérez"}},
		{line: "Di Marco Rossi", authors: []string{"Marco Rossi"}},
		{line: "Door Jan de Vries", authors: []string{"Jan de Vries"}},
		{line: "Door Jan de Vries en Anna Bakker", authors: []string{"Jan de Vries", "Anna Bakker"}},
		{line: "Par Anne Martin avec AFP", authors: []string{"Anne Martin"}, agencies: []string{"AFP"}},
		{line: "Por Ana García con EFE", authors: []string{"Ana García"}, agencies: []string{"EFE"}},
		{line: "Von Die Redaktion", agencies: []string{"Die Redaktion"}},
		{line: "La Redazione", agencies: []string{"La Redazione"}},
		// Polish
		{line: "Tekst: Jan Kowalski", authors: []string{"Jan Kowalski"}},
		{line: "Autor: Jan Kowalski, PAP", authors: []string{"Jan Kowalski"}, agencies: []string{"PAP"}},
		// not bylines
		{line: "12. Mai 2015"},
		{line: "Von Anna Berg, Korrespondentin in Berlin", authors: []string{"Anna Berg"}},
		{line: "Korrespondent in Berlin"},
		{line: "By"},
		{line: "Von"},
		{line: "von Säure, Extrakt, Aromen und Zucker führt. Dieser"},
		{line: "by default, so no notion of frequency."},
		{line: "Di Dienstag"},
		{line: "von Wally und Bavaria, die zuvor jeden Ortswechsel verfolgt hatte"},
		{line: "von ThemeGrill. Bereitgestellt von"},
		{line: "Von der linearen zur zirkulären Wirtschaftsweise"},
		{line: "von 4"},
		{line: "Autor: Rechtsanwalt"},
		{line: "Von: Suche"},
		{line: "Zeige alle Beiträge von Creeny »"},
		{line: "Beispiel Verlag GmbH"},
		{line: "Von example.com"},
		{line: "@janedoe"},
		{line: "S."},
		{line: "November"},
		{line: "| ARD", agencies: []string{"ARD"}},
	}
	for _, tt := range tests {
		cs, place := parseByline(tt.line, true, []string{"example", "example.com"})
		var authors, agencies []string
		for _, c := range cs {
			if c.agency {
				agencies = append(agencies, c.name)
			} else {
				authors = append(authors, c.name)
			}
		}
		if !reflect.DeepEqual(authors, tt.authors) || !reflect.DeepEqual(agencies, tt.agencies) || place != tt.dateline {
			t.Errorf("parseByline(%q) = %q %q %q, want %q %q %q", tt.line, authors, agencies, place, tt.authors, tt.agencies, tt.dateline)
		}
	}
}

// TestParseUnmarkedByline reads lines the markup does not call a byline:
// only the words that open them make them credits.
func TestParseUnmarkedByline(t *testing.T) {
	keys := siteKeys("Example News", "example.com")
	tests := []struct {
		line              string
		authors, agencies []string
	}{
		{line: "Written by: Julie Mollins", authors: []string{"Julie Mollins"}},
		{line: "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", authors: []string{"Pamela Sladky"}},
		{line: "Eine Kolumne von Nils Pickert.", authors: []string{"Nils Pickert"}},
		{line: "By Ryan Merkley, CEO", authors: []string{"Ryan Merkley"}},
		{line: "Von Jan B.", authors: []string{"Jan B."}},
		{line: "von gizzmo", authors: []string{"gizzmo"}},
		{line: "Von Deutsche Umweltstiftung", agencies: []string{"Deutsche Umweltstiftung"}},
		{line: "Von Example", agencies: []string{"Example"}}, // the site crediting itself: its desk
		// not credits
		{line: "Von Example News"}, // the site's stated name alone
		{line: "gizzmo"},
		{line: "von admin"},
		{line: "von Rechtsanwalt"},
		{line: "von hier"},
		{line: "Autor:innen und Redaktion"},
		{line: "by www.example.org"},
	}
	for _, tt := range tests {
		cs, _ := parseByline(tt.line, false, keys)
		var authors, agencies []string
		for _, c := range cs {
			if c.agency {
				agencies = append(agencies, c.name)
			} else {
				authors = append(authors, c.name)
			}
		}
		if !reflect.DeepEqual(authors, tt.authors) || !reflect.DeepEqual(agencies, tt.agencies) {
			t.Errorf("parseByline(%q) = %q %q, want %q %q", tt.line, authors, agencies, tt.authors, tt.agencies)
		}
	}
}

func TestIsAuthorPage(t *testing.T) {
	for href, want := range map[string]bool{
		"/author/anna-berg/":                    true,
		"https://example.com/autoren/anna-berg": true,
		"/team/autor/anna-berg.html?x=1":        true,
		"/author/":                              false,
		"/politik/author-tools":                 false,
		"https://example.com/author":            false,
		"mailto:anna@example.com":               false,
	} {
		if got := isAuthorPage(href); got != want {
			t.Errorf("isAuthorPage(%q) = %v, want %v", href, got, want)
		}
	}
}

func TestCutAtCreditWord(t *testing.T) {
	for in, want := range map[string]string{
		"Anna Berg 12. Mai 2015":                              "Anna Berg",
		"Jan Berg":                                            "Jan Berg",
		"Marco di Rossi":                                      "Marco di Rossi",
		"Heiko Sauer Do":                                      "Heiko Sauer",
		"Johanna Kropfitsch Alle Artikel":                     "Johanna Kropfitsch",
		"Bo2man am 29.12.2010, 13:36 Uhr":                     "Bo2man",
		"Isabel Caro Hace 2 horas":                            "Isabel Caro",
		"Carla ChevezActualizado":                             "Carla Chevez",
		"Itamar Turner-Trauring Last updated":                 "Itamar Turner-Trauring",
		"Steven Salentin Mitglied der Tonight News-Redaktion": "Steven Salentin",
	} {
		if got := cutAtCreditWord(in); got != want {
			t.Errorf("cutAtCreditWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseByline checks that any line parses without panicking into
// non-empty, valid UTF-8 names no longer than the line.
func FuzzParseByline(f *testing.F) {
	for _, s := range []string{"Von Julian Hans, Moskau", "By Jane Doe and John Roe", "Autor: A. B. 12.05.2015",
		"dpa/lno", "HoeltmannFollow", "Par Loïc Le Clerc le 12 mai", "\xff\xfe Von \xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		cs, place := parseByline(line, true, []string{"example"})
		if !utf8.ValidString(place) {
			t.Errorf("dateline %q is not valid UTF-8", place)
		}
		for _, c := range cs {
			if c.name == "" || !utf8.ValidString(c.name) || len(c.name) > 3*len(line) {
				t.Errorf("parseByline(%q) gave name %q", line, c.name)
			}
		}
	})
}

func BenchmarkParseByline(b *testing.B) {
	lines := []string{"Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
		"von Säure, Extrakt, Aromen und Zucker führt. Dieser", "Posted on September 21, 2020 by Adi Tzlil"}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			parseByline(l, true, nil)
		}
	}
}

package textin

import (
	"slices"
	"testing"
)

func TestKickerFusedToHeadline(t *testing.T) {
	tests := []struct {
		name, line           string
		wantKicker, wantHead string
	}{
		{"German, no space after the colon", "Kerry in Moskau:USA und Russland wollen Syrien-Konferenz",
			"Kerry in Moskau", "USA und Russland wollen Syrien-Konferenz"},
		{"English", "Brexit vote:Parliament rejects the deal again", "Brexit vote", "Parliament rejects the deal again"},
		{"a space after the colon is a headline with a colon", "Google Stadia, Apple Arcade: So Many Ways to Play",
			"", "Google Stadia, Apple Arcade: So Many Ways to Play"},
		{"a time is no kicker", "Liveticker ab 10:30 Uhr mit allen Toren des Spieltags", "", "Liveticker ab 10:30 Uhr mit allen Toren des Spieltags"},
		{"a lower-case word after the colon", "Anmerkung:neue Regeln für alle Mieter der Stadt", "", "Anmerkung:neue Regeln für alle Mieter der Stadt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(withChrome(tt.line, de1, de2, de3))
			if r.Kicker != tt.wantKicker || r.Headline != tt.wantHead {
				t.Errorf("kicker %q headline %q, want %q %q", r.Kicker, r.Headline, tt.wantKicker, tt.wantHead)
			}
		})
	}
}

func TestKickerLineAboveHeadline(t *testing.T) {
	r := Extract(page("Semesterstart", "Viele Studierende suchen noch eine Wohnung in Freiburg", "Von Lisa Petrich", de1, de2, de3))
	if r.Kicker != "Semesterstart" || r.Headline != "Viele Studierende suchen noch eine Wohnung in Freiburg" {
		t.Errorf("kicker %q headline %q", r.Kicker, r.Headline)
	}
	r = Extract(page("Politik und Gesellschaft im Überblick der Woche.", "Semesterstart", "Viele Studierende suchen noch eine Wohnung in Freiburg", "Von Lisa Petrich", de1, de2, de3))
	if r.Kicker != "Semesterstart" {
		t.Errorf("kicker %q under a sentence", r.Kicker)
	}
	// the last entry of a menu above the headline is no kicker
	r = Extract(withChrome("Viele Studierende suchen noch eine Wohnung in Freiburg", "Von Lisa Petrich", de1, de2, de3))
	if r.Kicker != "" || r.Headline != "Viele Studierende suchen noch eine Wohnung in Freiburg" {
		t.Errorf("kicker %q headline %q under a menu", r.Kicker, r.Headline)
	}
	// a sentence above the headline is no kicker
	r = Extract(page("Das ist ein Satz.", "Viele Studierende suchen noch eine Wohnung in Freiburg", "Von Lisa Petrich", de1, de2, de3))
	if r.Kicker != "" {
		t.Errorf("kicker %q from a sentence", r.Kicker)
	}
}

func TestRepeatedTeaser(t *testing.T) {
	teaser := "Die Außenminister der USA und Russlands einigen sich überraschend auf einen gemeinsamen Plan für Syrien."
	tests := []struct {
		name  string
		lines []string
	}{
		{"twice the same", []string{"Kerry in Moskau:USA und Russland wollen Syrien-Konferenz", teaser, teaser, de1, de2, de3}},
		{"again with the kicker", []string{"Kerry in Moskau:USA und Russland wollen Syrien-Konferenz", teaser, "Kerry in Moskau: " + teaser, de1, de2, de3}},
		{"again with the kicker, no space", []string{"Kerry in Moskau:USA und Russland wollen Syrien-Konferenz", teaser, "Kerry in Moskau:" + teaser, "Von Julian Hans, Moskau", de1, de2, de3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(withChrome(tt.lines...))
			if r.Teaser != teaser {
				t.Errorf("teaser %q, want %q", r.Teaser, teaser)
			}
			wantBody(t, r, de1, de2, de3)
		})
	}
}

func TestTeaserBeforeByline(t *testing.T) {
	teaser := "The old bridge will close for a year, and the people who use it every day are not happy about it."
	r := Extract(withChrome("Council votes to close the old bridge", teaser, "By Jane Doe", en1, en2, en3))
	if r.Headline != "Council votes to close the old bridge" || r.Teaser != teaser {
		t.Errorf("headline %q teaser %q", r.Headline, r.Teaser)
	}
	wantBody(t, r, en1, en2, en3)
	// without anything between it and the body, a first paragraph stays in the body
	r = Extract(withChrome("Council votes to close the old bridge", en1, en2, en3))
	if r.Teaser != "" {
		t.Errorf("teaser %q taken from the body", r.Teaser)
	}
	wantBody(t, r, en1, en2, en3)
}

func TestStandfirstWithoutStop(t *testing.T) {
	r := Extract(withChrome("Council votes to close the old bridge",
		"Twenty thousand people cross it every day and now have to find another way to work", "By Jane Doe", en1, en2))
	if r.Headline != "Council votes to close the old bridge" || r.Teaser != "Twenty thousand people cross it every day and now have to find another way to work" {
		t.Errorf("headline %q teaser %q", r.Headline, r.Teaser)
	}
}

func TestBylineAndDateline(t *testing.T) {
	tests := []struct {
		byline   string
		authors  []string
		agencies []string
		dateline string
	}{
		{"Von Julian Hans, Moskau", []string{"Julian Hans"}, nil, "Moskau"},
		{"By Jane Doe and Tom Kern", []string{"Jane Doe", "Tom Kern"}, nil, ""},
		{"Von Anna Berg und Tom Kern, dpa", []string{"Anna Berg", "Tom Kern"}, []string{"dpa"}, ""},
		{"Par Jean Dupont", []string{"Jean Dupont"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.byline, func(t *testing.T) {
			r := Extract(withChrome("Ein Titel über die Brücke der Stadt", tt.byline, de1, de2, de3))
			if !slices.Equal(r.Authors, tt.authors) || !slices.Equal(r.Agencies, tt.agencies) || r.Dateline != tt.dateline {
				t.Errorf("authors %q agencies %q dateline %q, want %q %q %q", r.Authors, r.Agencies, r.Dateline, tt.authors, tt.agencies, tt.dateline)
			}
			wantBody(t, r, de1, de2, de3)
		})
	}
	// prose that opens with "von" is no byline
	r := Extract(withChrome("Ein Titel über die Brücke der Stadt", "von Säure und Zucker geprägt", de1, de2))
	if len(r.Authors) != 0 {
		t.Errorf("authors %q from prose", r.Authors)
	}
}

func TestDateLines(t *testing.T) {
	tests := []struct{ line, want string }{
		{"12. Mai 2015, 14:30 Uhr", "2015-05-12"},
		{"Updated May 12, 2015", "2015-05-12"},
		{"Mi, 18. Oktober 2023 um 12:50 Uhr", "2023-10-18"},
		{"2019-11-20", "2019-11-20"},
	}
	for _, tt := range tests {
		r := Extract(withChrome("Ein Titel über die Brücke der Stadt", "Von Julian Hans", tt.line, de1, de2, de3))
		if r.Published != tt.want {
			t.Errorf("%q: published %q, want %q", tt.line, r.Published, tt.want)
		}
		wantBody(t, r, de1, de2, de3)
	}
	// a date inside a paragraph is the text's, not the article's
	r := Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, "Die Arbeiten sollen am 3. März 2020 beginnen und ein ganzes Jahr dauern, sagte der Bürgermeister.", de2))
	if r.Published != "" {
		t.Errorf("published %q from a paragraph", r.Published)
	}
}

func TestPhotoCredits(t *testing.T) {
	for _, credit := range []string{"Foto: dpa", "(Foto: AFP)", "© Getty Images", "Der Bürgermeister vor der Brücke. Foto: Ingo Schneider"} {
		t.Run(credit, func(t *testing.T) {
			r := Extract(withChrome("Ein Titel über die Brücke der Stadt", "Von Julian Hans", credit, de1, de2, de3))
			if r.ImageCredit == "" {
				t.Errorf("no credit from %q", credit)
			}
			wantBody(t, r, de1, de2, de3)
		})
	}
	r := Extract(page("Le conseil ferme le vieux pont", "Le maire devant le pont. (Photo : AFP)",
		"Le conseil municipal a décidé mardi soir de fermer le vieux pont pour des travaux qui dureront un an.",
		"Les habitants devront prendre le bac ou faire un détour de vingt minutes pour traverser la rivière."))
	if r.ImageCredit != "AFP" || r.ImageCaption != "Le maire devant le pont." {
		t.Errorf("French credit: caption %q credit %q", r.ImageCaption, r.ImageCredit)
	}
	r = Extract(withChrome("Ein Titel über die Brücke der Stadt", de1, de2, "Foto: dpa", de3, de4))
	if r.ImageCredit != "dpa" {
		t.Errorf("credit %q, want dpa", r.ImageCredit)
	}
	wantBody(t, r, de1, de2, de3, de4)
}

func TestHighlights(t *testing.T) {
	for _, mark := range []string{"• ", "- ", "* "} {
		t.Run(mark, func(t *testing.T) {
			r := Extract(withChrome("Council votes to close the old bridge",
				mark+"The bridge closes in March for a year",
				mark+"A ferry will run every twenty minutes",
				mark+"Businesses nearby fear losing customers",
				en1, en2, en3))
			want := []string{"The bridge closes in March for a year", "A ferry will run every twenty minutes", "Businesses nearby fear losing customers"}
			if !slices.Equal(r.Highlights, want) {
				t.Errorf("highlights %q, want %q", r.Highlights, want)
			}
			wantBody(t, r, en1, en2, en3)
		})
	}
}

func TestNotHighlights(t *testing.T) {
	// a dash line inside the text is the text's, not a highlight
	r := Extract(withChrome("Wetter am Wochenende", de1, "- 5 Grad", de2, de3))
	if len(r.Highlights) != 0 {
		t.Errorf("highlights %q", r.Highlights)
	}
	wantBody(t, r, de1, "- 5 Grad", de2, de3)
	// a single short bullet before the body is no list of key points
	r = Extract(withChrome("Wetter am Wochenende", "- 5 Grad", de1, de2, de3))
	if len(r.Highlights) != 0 {
		t.Errorf("highlights %q", r.Highlights)
	}
}

func TestHeadlineSharesWordsWithBody(t *testing.T) {
	// labels and a caption between the headline and the body are passed over
	r := Extract(withChrome("Stadtrat sperrt die Alte Brücke", "Exklusiv für Abonnenten", "Lesedauer etwa 2 Min",
		"Die Alte Brücke im Abendlicht",
		"Der Stadtrat hat am Dienstagabend beschlossen, die Alte Brücke für umfangreiche Reparaturen ein Jahr zu sperren.", de2, de3))
	if r.Headline != "Stadtrat sperrt die Alte Brücke" {
		t.Errorf("headline %q", r.Headline)
	}
	// with no shared word anywhere, the nearest title-like line stays
	r = Extract(withChrome("Ganz andere Worte hier oben", "Wetter am Wochenende", de1, de2, de3))
	if r.Headline != "Wetter am Wochenende" {
		t.Errorf("headline %q", r.Headline)
	}
}

func TestLongHeadlineNotInBody(t *testing.T) {
	long := "Ascom announces a strategic distribution partnership with a large healthcare group in Europe for intensive care units"
	r := Extract(withChrome(long, en1, en2, en3))
	if r.Headline != long {
		t.Errorf("headline %q", r.Headline)
	}
	wantBody(t, r, en1, en2, en3)
	q := "Video shows the dramatic rescue of an eight-year-old girl after a long night: \"We got her!\""
	r = Extract(withChrome(q, en1, en2, en3))
	if r.Headline != q {
		t.Errorf("headline %q", r.Headline)
	}
	wantBody(t, r, en1, en2, en3)
}

func TestBylineForms(t *testing.T) {
	tests := []struct {
		name      string
		lines     []string
		authors   []string
		published string
	}{
		{"opening word on its own line", []string{"Von", "Claus Boelen-Theile", "19.10.19, 08:00 Uhr"}, []string{"Claus Boelen-Theile"}, ""},
		{"date after the names", []string{"Von Claudia Riedler 19. Oktober 2019 00:04 Uhr"}, []string{"Claudia Riedler"}, "2019-10-19"},
		{"byline after the date", []string{"22. Dezember 2019 von Peter Addor"}, []string{"Peter Addor"}, "2019-12-22"},
		{"English, date after", []string{"By Jane Doe | May 12, 2015"}, []string{"Jane Doe"}, "2015-05-12"},
		{"a date and an office is no byline", []string{"12. Mai 2015 von der Stadtverwaltung"}, nil, "2015-05-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append([]string{"Ein Titel über die Brücke der Stadt"}, tt.lines...)
			r := Extract(withChrome(append(lines, de1, de2, de3)...))
			if !slices.Equal(r.Authors, tt.authors) {
				t.Errorf("authors %q, want %q", r.Authors, tt.authors)
			}
			if tt.published != "" && r.Published != tt.published {
				t.Errorf("published %q, want %q", r.Published, tt.published)
			}
			wantBody(t, r, de1, de2, de3)
		})
	}
}

func TestDateAboveHeadline(t *testing.T) {
	r := Extract(page("Startseite", "July 25, 2019 | 11:15 PM", "Politics", "Council votes to close the old bridge", en1, en2, en3))
	if r.Published != "2019-07-25" {
		t.Errorf("published %q", r.Published)
	}
	// a date far above the article (a menu of 40 lines between) is not its date
	lines := []string{"July 25, 2019"}
	for i := 0; i < 40; i++ {
		lines = append(lines, "Menu entry")
	}
	r = Extract(page(append(lines, "Council votes to close the old bridge", en1, en2, en3)...))
	if r.Published != "" {
		t.Errorf("published %q from far above", r.Published)
	}
}

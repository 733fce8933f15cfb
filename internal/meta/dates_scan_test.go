package meta

import (
	"strings"
	"testing"
	"time"
)

// scanOne collects the dates of one text node as the walk would.
func scanOne(prev, text string) []textDate {
	p := &page{prevText: prev}
	p.addTextDates(text)
	return p.dates
}

func TestTextDateKinds(t *testing.T) {
	tests := []struct {
		prev, text string
		day        string
		line       bool
		kind       dateKind
	}{
		{"", "Veröffentlicht am 16.08.2019", "2019-08-16", true, datePublished},
		{"Veröffentlicht am", "16.08.2019, 10:00 Uhr", "2019-08-16", true, datePublished},
		{"", "Published May 12, 2015", "2015-05-12", true, datePublished},
		{"", "Publié le 12 mai 2015", "2015-05-12", true, datePublished},
		{"", "Publicado el 12 de mayo de 2015", "2015-05-12", true, datePublished},
		{"", "Pubblicato il 12 maggio 2015", "2015-05-12", true, datePublished},
		{"", "Gepubliceerd op 12 mei 2015", "2015-05-12", true, datePublished},
		{"", "Opublikowano 12 maja 2015", "2015-05-12", true, datePublished},
		{"", "originally created 17 Jun 2019", "2019-06-17", true, datePublished},
		{"", "Aktualisiert: 11.04.2020, 10:27", "2020-04-11", true, dateModified},
		{"", "Updated Mar 12, 2020 @ 10:42 am", "2020-03-12", true, dateModified},
		{"", "Article mis à jour le 7 janvier 2020.", "2020-01-07", true, dateModified},
		{"", "Die Seite wurde am 02.12.2022 aktualisiert", "2022-12-02", true, dateModified},
		{"", "Antworten bis 23.06.2006", "2006-06-23", true, dateOther},
		{"", "© Kurt Beispiel, 31.05.2013", "2013-05-31", true, dateOther},
		{"", "Version 1.2.2019 herunterladen", "2019-02-01", true, dateOther},
		{"", "Release: 14.11.2019", "2019-11-14", true, dateOther},
		{"", "Kinostart: 02. April 2015", "2015-04-02", true, dateOther},
		{"", "Released on March 3, 2020", "2020-03-03", true, dateOther},
		{"", "Press release, May 12, 2015", "2015-05-12", true, datePublished},
		{"", "Aktualisiert, zuerst veröffentlicht am 12.05.2015", "2015-05-12", true, datePublished},
		{"", "Von Julian Hans, 12. Mai 2015, 19:52 Uhr", "2015-05-12", true, dateUnsaid},
		{"", "29.11.2022 – Mehrfach und vehement hatte die Regierung angekündigt, dass alles anders werden solle.", "2022-11-29", true, dateUnsaid},
		{"", "Die neue Verordnung regelt ab dem 13. Januar 2022 auch die Voraussetzungen für den Besuch beim Friseur.", "2022-01-13", false, dateUnsaid},
		{"", "Ausstellung 9.-23. Februar 2017", "2017-02-23", true, dateOther},
		{"", "Wochenbericht 14. - 20. Januar 2022", "2022-01-20", true, dateOther},
		{"", "20.10.2021 - 10:24", "2021-10-20", true, dateUnsaid},
		{"", "12.05.2015 - 3 Kommentare", "2015-05-12", true, dateUnsaid},
		{"", "Die Cookie-Erklärung wurde das letzte Mal am 02.12.2022 aktualisiert", "2022-12-02", true, dateOther},
		{"", "23.09.22", "2022-09-23", true, dateUnsaid},
		{"", "28.09.19 12:44", "2019-09-28", true, dateUnsaid},
		{"", "Kultur, 2.11.22", "2022-11-02", true, dateUnsaid},
		{"", "Aktualisiert | 2.11.22", "2022-11-02", true, dateModified},
	}
	for _, tt := range tests {
		got := scanOne(tt.prev, tt.text)
		if len(got) != 1 {
			t.Errorf("%q: %d dates, want 1", tt.text, len(got))
			continue
		}
		d := got[0]
		if d.day != tt.day || d.line != tt.line || d.kind != tt.kind {
			t.Errorf("%q: got %s line=%v kind=%d, want %s line=%v kind=%d", tt.text, d.day, d.line, d.kind, tt.day, tt.line, tt.kind)
		}
	}
}

func TestTextDateNegatives(t *testing.T) {
	for _, text := range []string{
		"Tel. 030 1234 5678",
		"Preis: 12.99 EUR, 2019 Stück",
		"Version 1.2.10",
		"Ergebnis 23.09.22 bis heute", // a two-digit year inside running text
		"© 2019 Beispiel GmbH",
		"12.13.2019",
		"Anruf unter 0800 12 05 2015",
		"Heft 4, 2.11.22",          // a label with a number: an issue, a version
		"Kultur, 2.11.22 und mehr", // more than a dateline
	} {
		for _, d := range scanOne("", text) {
			if d.kind != dateOther {
				t.Errorf("%q: read %s as a date", text, d.day)
			}
		}
	}
}

func TestDayInPath(t *testing.T) {
	tests := map[string]string{
		"https://example.com/2019/10/16/slug/":      "2019-10-16",
		"https://example.com/blog/2017/7/2/title":   "2017-07-02",
		"https://example.com/2019/10/16-slug":       "2019-10-16",
		"https://example.com/2019/10/16":            "2019-10-16",
		"https://example.com/2019-10-16-slug":       "2019-10-16",
		"https://example.com/meldungen/29-10-2021":  "2021-10-29",
		"https://example.com/a/12019-10-16/":        "",
		"https://example.com/a/31-02-2021/":         "",
		"https://example.com/2019/10/slug":          "",
		"https://example.com/2019/13/16/slug":       "",
		"https://example.com/a/2019/10/165/":        "",
		"https://example.com/p?d=/2019/10/16/":      "",
		"https://example.com/item/12345/2019/02/30": "",
		"": "",
	}
	for in, want := range tests {
		if got := dayInPath(in); got != want {
			t.Errorf("dayInPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"am 12.05.2015": true, "2019": true, "12.05.15": false, "abc": false, "1 2 3 4": false} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v", s, got)
		}
	}
}

func TestDateInComments(t *testing.T) {
	page := `<h1>H</h1><p>Text.</p><div class="comment-list"><p>Kommentar</p><span>12.05.2015</span><time datetime="2015-05-12T10:00:00Z">12.05.2015</time></div>`
	if m := Extract(parse(t, page), ""); m.Published != "" {
		t.Errorf("a date in the comments was taken: %q", m.Published)
	}
	if !strings.Contains(page, "comment") {
		t.Fatal("bad test page")
	}
}

// FuzzTextDates checks that any text gives only real days, each within
// the text it was read from.
func FuzzTextDates(f *testing.F) {
	for _, s := range []string{"Veröffentlicht am 12. Mai 2015, 19:52 Uhr", "12.05.2015", "May 12th, 2015",
		"12 de mayo de 2015", "23.09.22", "2015-05-12T10:00", "15 августа 2016", "29.02.2015", "1.2.3.4.2019"} {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, prev, text string) {
		for _, d := range scanOne(prev, text) {
			if !d.ambiguous && isoDate(d.day) != d.day || d.start < 0 || d.start > d.end || d.end > len(text) {
				t.Fatalf("%q: bad date %+v", text, d)
			}
		}
	})
}

func BenchmarkTextDates(b *testing.B) {
	text := strings.Repeat("Die Regierung hat am Montag beschlossen, die Regeln zu lockern. ", 20) +
		"Veröffentlicht am 12. Mai 2015, 19:52 Uhr. " + strings.Repeat("Mehr dazu 2019 und 2020. ", 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p := &page{}
		p.addTextDates(text)
	}
}

func TestRelativeAgo(t *testing.T) {
	const day = 24 * time.Hour
	tests := map[string]time.Duration{
		"gestern":          day,
		"Gestern, 18:30":   day,
		"Heute, 10:15 Uhr": 0,
		"vorgestern":       2 * day,
		"vor 3 Stunden":    3 * time.Hour,
		"vor 2 Tagen":      2 * day,
		"3 hours ago":      3 * time.Hour,
		"2 weeks ago":      14 * day,
		"il y a 2 jours":   2 * day,
		"hace 3 horas":     3 * time.Hour,
		"2 ore fa":         2 * time.Hour,
		"3 uur geleden":    3 * time.Hour,
		"2 godziny temu":   2 * time.Hour,
		"Yesterday":        day,
		"Hier, 18:30":      day,
		"hier à 18:30":     day,
	}
	for in, want := range tests {
		if got, ok := relativeAgo(in); !ok || got != want {
			t.Errorf("relativeAgo(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"hier", "Mehr hier", "vor dem Haus", "3 Kommentare", "heute gibt es Kuchen", "vor 1000 Jahren", "2 ago"} {
		if got, ok := relativeAgo(in); ok {
			t.Errorf("relativeAgo(%q) = %v, want none", in, got)
		}
	}
}

func TestRelativeDatesNeedReference(t *testing.T) {
	page := `<h1>H</h1><p class="date">vor 3 Stunden</p><p>Text.</p>`
	if got := Extract(parse(t, page), "").Published; got != "" {
		t.Errorf("without a reference: %q, want none", got)
	}
	ref := time.Date(2020, 5, 4, 1, 30, 0, 0, time.UTC)
	if got := ExtractAt(parse(t, page), "", ref).Published; got != "2020-05-03" {
		t.Errorf("three hours before %v: %q, want 2020-05-03", ref, got)
	}
}

package meta

import (
	"reflect"
	"testing"
	"time"
)

func TestNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"2019-10-16":                      "2019-10-16",
		"2019-10-16T11:00:00+02:00":       "2019-10-16T11:00:00+02:00",
		"2019-10-16T11:00:00+0200":        "2019-10-16T11:00:00+02:00",
		"2019-10-16T11:00+02":             "2019-10-16T11:00:00+02:00",
		"2019-10-16 11:00:00":             "2019-10-16T11:00:00",
		"2019-10-16T09:00:00.123Z":        "2019-10-16T09:00:00Z",
		"2019-10-16T09:00:00 CEST":        "2019-10-16T09:00:00",
		"Wed, 16 Oct 2019 11:00:00 +0200": "2019-10-16T11:00:00+02:00",
		"Wed, 16 Oct 2019 11:00:00 GMT":   "2019-10-16T11:00:00Z",
		"16.10.2019":                      "2019-10-16",
		"2022-5-3T23:57:00":               "2022-05-03T23:57:00",
		"2022/05/10 17:36:11":             "2022-05-10T17:36:11",
		"19. Oktober 2019":                "2019-10-19",
		"Published November 8, 2023":      "2023-11-08",
		"10.12.2022, 07:00:03":            "2022-12-10T07:00:03",
		"11/01/2023 12:43:42":             "", // day or month first: not known here
		"2022-5":                          "",
		"2022/13/01":                      "",
		"12. Mai 2015 und 13. Mai 2015":   "",
		"Konferenz in Berlin und Potsdam am 3. Mai 2019 mit vielen Gästen": "",
		"2019-02-30": "",
		"1970-01-01": "",
		"yesterday":  "",
		"2019":       "",
		"":           "",
	}
	for in, want := range tests {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScanDates(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Veröffentlicht am 12. Mai 2015, 19:52 Uhr", []string{"2015-05-12"}},
		{"Stand: 12.05.2015", []string{"2015-05-12"}},
		{"May 12, 2015 and 3 June 2016", []string{"2015-05-12", "2016-06-03"}},
		{"le 12 mai 2015", []string{"2015-05-12"}},
		{"12 de mayo de 2015", []string{"2015-05-12"}},
		{"12 maja 2015", []string{"2015-05-12"}},
		{"12 mei 2015", []string{"2015-05-12"}},
		{"12 maggio 2015", []string{"2015-05-12"}},
		{"Wednesday, October 16, 2019", []string{"2019-10-16"}},
		{"December 29th 2019", []string{"2019-12-29"}},
		{"le 1er mai 2015", []string{"2015-05-01"}},
		{"15 августа 2016, 13:43", []string{"2016-08-15"}},
		{"4. 2. 2022.", []string{"2022-02-04"}},
		{"30. Februar 2015", nil},
		{"29.02.2016", []string{"2016-02-29"}},
		{"29.02.2015", nil},
		{"posted 2015-05-12T10:00", []string{"2015-05-12"}},
		{"on 25/12/2019", []string{"2019-12-25"}},
		{"on 12/25/2019", []string{"2019-12-25"}},
		{"© 2019 Example", nil},
		{"Tel. 12.34.5678", nil},
		{"call 1234-5678-2019", nil},
		{"32.13.2019", nil},
	}
	for _, tt := range tests {
		var got []string
		add := func(d textDate) bool { got = append(got, d.day); return true }
		scanDates(tt.text, add)
		scanISO(tt.text, add)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	var amb []textDate
	scanDates("05/06/2019", func(d textDate) bool { amb = append(amb, d); return true })
	if len(amb) != 1 || !amb[0].ambiguous || amb[0].day != "2019-06-05" || amb[0].swapped() != "2019-05-06" {
		t.Errorf("ambiguous date read as %+v", amb)
	}
}

func TestChooseDates(t *testing.T) {
	tests := []struct{ name, url, page, published, modified string }{
		{
			name:      "JSON-LD date the page also writes",
			page:      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-16T11:00:00+02:00","dateModified":"2019-10-17"}</script><h1>H</h1><p>16. Oktober 2019</p>`,
			published: "2019-10-16T11:00:00+02:00", modified: "2019-10-17",
		},
		{
			name:      "meta date kept when the page writes no date",
			page:      `<meta property="article:published_time" content="2019-10-16T11:00:00Z"><h1>H</h1><p>Text.</p>`,
			published: "2019-10-16T11:00:00Z",
		},
		{
			name:      "written date beside the headline wins over another machine date",
			page:      `<meta property="article:published_time" content="2019-10-19T08:00:00+02:00"><h1>H</h1><p class="byline">Von A. B., 16.10.2019</p>`,
			published: "2019-10-16",
		},
		{
			name:      "a list of dated teasers beside the headline does not override the declared date",
			page:      `<meta property="article:published_time" content="2019-10-01"><h1>H</h1><ul><li><a href="/a">Ein Artikel</a> <span>18.01.2019</span></li><li><a href="/b">Noch einer</a> <span>22.11.2018</span></li><li><a href="/c">Ein dritter</a> <span>31.08.2017</span></li></ul><p>Text.</p>`,
			published: "2019-10-01",
		},
		{
			name:      "a list of dated teasers still gives the date where nothing is declared",
			page:      `<h1>H</h1><ul><li><a href="/a">Ein Artikel</a> <span>18.01.2019</span></li><li><a href="/b">Noch einer</a> <span>22.11.2018</span></li></ul><p>Text.</p>`,
			published: "2019-01-18",
		},
		{
			name:      "written date beside the headline without any machine date",
			page:      `<h1>H</h1><p>May 12, 2015</p>`,
			published: "2015-05-12",
		},
		{
			name: "a date far below the headline is not the article's",
			page: `<h1>H</h1><p>` + longText(3000) + `</p><p>Kommentar vom 12.05.2015</p><p>Kommentar vom 13.05.2015</p>`,
		},
		{
			name:      "the one day a page writes, far from the headline",
			page:      `<h1>H</h1><p>` + longText(3000) + `</p><p>Stand: 12.05.2015</p>`,
			published: "2015-05-12",
		},
		{
			name:      "itemprop and time datetime",
			page:      `<h1>H</h1><span itemprop="dateModified" content="2020-01-03"></span><time datetime="2020-01-02T10:00">2. Januar 2020</time>`,
			published: "2020-01-02T10:00:00", modified: "2020-01-03",
		},
		{
			name: "no date",
			page: `<h1>H</h1><p>© 2019</p>`,
		},
		{
			name:      "a date in running prose does not override the declared date",
			page:      `<meta property="article:published_time" content="2022-12-29T01:57:55+00:00"><h1>H</h1><p>Die gebürtige Neuseeländerin segelte am 21. Januar 2012 allein um die Welt und kam nach einem Jahr zurück.</p>`,
			published: "2022-12-29T01:57:55+00:00",
		},
		{
			name:      "the words before a date call it the publication date",
			page:      `<h1>H</h1><p>Zuletzt geändert: 31.10.2023</p><p>` + longText(2500) + `</p><p>Erschienen am: 01.11.2023</p>`,
			published: "2023-11-01",
		},
		{
			name:      "an update line shown instead of the declared day",
			page:      `<meta name="datePublished" content="2021-03-08T11:15:28Z"><h1>H</h1><p class="update-time">Updated 2010 GMT March 14, 2021</p>`,
			published: "2021-03-14",
		},
		{
			name:      "an update in the body does not override the declared day",
			page:      `<meta property="article:published_time" content="2020-05-04T14:50:00+02:00"><h1>H</h1><p><time datetime="2020-05-04T14:50:00+02:00"></time></p><p><strong>Update vom 03. Mai 2020, 16:05 Uhr:</strong></p>`,
			published: "2020-05-04T14:50:00+02:00",
		},
		{
			name:      "the page's day beside a declared UTC time of the next day",
			page:      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed, 04 May 2022 00:25:56 GMT"}</script><h1>H</h1><p>3 de mayo de 2022</p><p>Tweet, May 4, 2022</p>`,
			published: "2022-05-03",
		},
		{
			name:      "the day in the page's address",
			url:       "https://example.org/2014/05/18/alles-neu/",
			page:      `<h1>H</h1><p>Text ohne Datum.</p>`,
			published: "2014-05-18",
		},
		{
			name:      "a blog's date header in an h2",
			page:      `<h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2><h1>H</h1><p>Text.</p>`,
			published: "2013-10-05",
		},
		{
			name: "a dated comment is not the article's date",
			page: `<h1>H</h1><p>Text.</p><div class="comment-metadata"><time datetime="2020-02-25T13:02:01+01:00">25. Februar 2020 um 13:02 Uhr</time></div>`,
		},
		{
			name:      "a date in an embedded post is not the article's",
			page:      `<meta property="article:published_time" content="2023-11-06T11:45:20+00:00"><h1>H</h1><blockquote class="twitter-tweet"><p>Neu!</p><a href="#">November 3, 2023</a></blockquote>`,
			published: "2023-11-06T11:45:20+00:00",
		},
		{
			name:      "a slashed date on a page in American English",
			page:      `<html lang="en-US"><body><h1>H</h1><p class="date">05/06/2019</p></body></html>`,
			published: "2019-05-06",
		},
		{
			name:      "a slashed date elsewhere",
			page:      `<html lang="en-GB"><body><h1>H</h1><p class="date">05/06/2019</p></body></html>`,
			published: "2019-06-05",
		},
		{
			name: "a copyright line with a date",
			page: `<h1>H</h1><figure><figcaption>© Kurt Beispiel, 31.05.2013</figcaption></figure>`,
		},
		{
			name: "a deadline",
			page: `<h1>H</h1><div>Deadline: 15. März 2020</div>`,
		},
		{
			name:      "an update line does not confirm the declared day",
			page:      `<meta name="dc.date" content="2021-10-15"><h1>H</h1><p class="date">13.10.2021</p><p>` + longText(2500) + `</p><p>Aktualisiert am 15.10.2021</p>`,
			published: "2021-10-13",
		},
		{
			name:      "the declared day written as the publication date",
			page:      `<meta name="dc.date" content="2021-10-15"><h1>H</h1><p class="date">13.10.2021</p><p>` + longText(2500) + `</p><p>Veröffentlicht am 15.10.2021</p>`,
			published: "2021-10-15",
		},
		{
			name:      "a date written as a calendar leaf, a piece in each span",
			page:      `<div class="date"><span class="month">Apr</span> <span class="day">04</span><span class="year">2013</span></div><h1>H</h1><p>Text.</p>`,
			published: "2013-04-04",
		},
		{
			name:      "a day in a span before the month and year",
			page:      `<div class="postdate"><span class="postday">26</span> Okt 2018</div><h1>H</h1><p>Text.</p>`,
			published: "2018-10-26",
		},
		{
			name: "the pieces of a date in boxes of their own are not joined",
			page: `<div id="date-widget"><div id="month">Feb.</div><div id="day">19</div><div id="year">2020</div></div><h1>H</h1><p>Text.</p>`,
		},
		{
			name: "nor are numbers in the cells of a table",
			page: `<h1>H</h1><table><tr><td>Mai</td><td>12</td><td>2019</td></tr></table>`,
		},
		{
			name: "a date in running prose is not the page's one date",
			page: `<h1>H</h1><p>Der Verein wurde am 29. August 1992 in einem kleinen Saal am Rande der Stadt gegründet, und seitdem treffen sich die Mitglieder jede Woche.</p>`,
		},
		{
			name:      "a date that opens a paragraph is a dateline",
			page:      `<h1>H</h1><p><strong>01.02.2022</strong> „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Vorsitzende am Dienstag in Nürnberg vor der Presse.</p>`,
			published: "2022-02-01",
		},
		{
			name: "a date in running prose still stands against another day",
			page: `<h1>H</h1><p>` + longText(3000) + `</p><p>Stand: 12.05.2015</p><p>Der Verein wurde am 29. August 1992 in einem kleinen Saal am Rande der Stadt gegründet, und seitdem treffen sich die Mitglieder jede Woche.</p>`,
		},
		{
			name:      "a copyright line above the headline does not name the date under it",
			page:      `<div class="copyright"><p>© Richard Beispiel</p></div><h1>Pair With Me</h1><span class="post-date">09 Oct 2018</span><p>Text.</p>`,
			published: "2018-10-09",
		},
		{
			name: "a copyright line right before a date still names it",
			page: `<h1>Pair With Me</h1><p>Text.</p><div class="footer"><span>©</span><span>09.10.2018</span></div>`,
		},
		{
			name:      "the words of a headline do not name the date under it",
			page:      `<h1>Ein Jahr nach dem Release größer</h1><p>19.10.2019 07:49 Uhr</p><p>Am 22. Oktober 2019 erscheint die Edition.</p>`,
			published: "2019-10-19T07:49:00",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), tt.url)
			if m.Published != tt.published || m.Modified != tt.modified {
				t.Errorf("got %q %q, want %q %q", m.Published, m.Modified, tt.published, tt.modified)
			}
		})
	}
}

func longText(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a'
		if i%7 == 6 {
			b[i] = ' '
		}
	}
	return string(b)
}

func TestDatesNotAfterReference(t *testing.T) {
	ref := time.Date(2020, 5, 4, 12, 0, 0, 0, time.UTC)
	tests := []struct{ name, page, published string }{
		{
			name: "a declared date after the reference",
			page: `<meta property="article:published_time" content="2021-01-01T10:00:00+01:00"><h1>H</h1><p>Text.</p>`,
		},
		{
			name:      "the next day is within the time zones' grace",
			page:      `<meta property="article:published_time" content="2020-05-05T01:00:00+09:00"><h1>H</h1><p>Text.</p>`,
			published: "2020-05-05T01:00:00+09:00",
		},
		{
			name:      "a future event line is skipped for the dateline",
			page:      `<h1>H</h1><p>12.06.2020</p><p>Von A. B., 03.05.2020</p>`,
			published: "2020-05-03",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExtractAt(parse(t, tt.page), "", ref).Published; got != tt.published {
				t.Errorf("got %q, want %q", got, tt.published)
			}
		})
	}
	// Without a reference date nothing is left out.
	if got := Extract(parse(t, tests[0].page), "").Published; got == "" {
		t.Errorf("a zero reference left the declared date out")
	}
}

func TestClockAfter(t *testing.T) {
	for in, want := range map[string]string{
		", 19:52 Uhr":     "19:52:00",
		" 07:49":          "07:49:00",
		" um 9:05 Uhr":    "09:05:00",
		" at 7:52 pm":     "19:52:00",
		" at 12:10 a.m.":  "00:10:00",
		" à 19h52":        "19:52:00",
		" - 19.52 Uhr":    "19:52:00",
		" | 13:10:05":     "13:10:05",
		", a las 18:30":   "18:30:00",
		" o godz. 18:30":  "18:30:00",
		"":                "",
		" 19.52 Euro":     "", // a price, not a time
		" 12.30":          "",
		", 25:10 Uhr":     "",
		" 19:522":         "",
		" Seite 3":        "",
		" 2015 um 19 Uhr": "",
		" 13:61":          "",
		" at 13:10 pm":    "",
	} {
		if got := clockAfter(in); got != want {
			t.Errorf("clockAfter(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextDateWithTime(t *testing.T) {
	for _, tt := range []struct{ page, published string }{
		{`<h1>H</h1><p class="date">12. Mai 2015, 19:52 Uhr</p><p>Text.</p>`, "2015-05-12T19:52:00"},
		{`<h1>H</h1><p class="date">Publié le 12 mai 2015 à 19h52</p><p>Texte.</p>`, "2015-05-12T19:52:00"},
		{`<h1>H</h1><p class="date">2015-05-12T19:52:00+02:00</p><p>Text.</p>`, "2015-05-12T19:52:00+02:00"},
		{`<h1>H</h1><p class="date">12.05.2015</p><p>Text.</p>`, "2015-05-12"},
	} {
		if m := Extract(parse(t, tt.page), ""); m.Published != tt.published {
			t.Errorf("%s: published %q, want %q", tt.page, m.Published, tt.published)
		}
	}
}

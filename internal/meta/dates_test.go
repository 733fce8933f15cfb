package meta

import (
	"reflect"
	"testing"
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
		"2019-02-30":                      "",
		"1970-01-01":                      "",
		"yesterday":                       "",
		"2019":                            "",
		"":                                "",
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
	tests := []struct{ name, page, published, modified string }{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Extract(parse(t, tt.page), "")
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

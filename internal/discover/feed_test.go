package discover

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// urls lists the URLs of links.
func urls(links []Link) []string {
	var out []string
	for _, l := range links {
		out = append(out, l.URL)
	}
	return out
}

func TestParseFeeds(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string
		date      time.Time // of the first link
	}{
		{
			name: "rss",
			doc: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>News</title><link>https://news.example/</link>
<atom:link href="https://news.example/feed.xml" rel="self"/>
<item><title>One</title><link>https://news.example/2026/one.html</link>
<pubDate>Tue, 24 Nov 2026 08:00:00 +0100</pubDate></item>
<item><title>Two</title><link>/2026/two.html</link></item>
<item><title>Three</title><guid>https://news.example/2026/three.html</guid></item>
<item><title>No link</title><guid isPermaLink="false">tag:news,3</guid></item>
</channel></rss>`,
			want: []string{"https://news.example/2026/one.html", "https://news.example/2026/two.html", "https://news.example/2026/three.html"},
			date: time.Date(2026, 11, 24, 7, 0, 0, 0, time.UTC),
		},
		{
			name: "atom",
			doc: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<link href="https://news.example/" rel="alternate"/>
<entry><title>One</title><link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="one.html"/>
<id>tag:news.example,2026:1</id><updated>2026-11-24T10:00:00Z</updated></entry>
<entry><title>Two</title><link href="https://news.example/two.html"/><published>2026-11-23T09:00:00+02:00</published></entry>
</feed>`,
			want: []string{"https://news.example/feeds/one.html", "https://news.example/two.html"},
			date: time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC),
		},
		{
			name: "comment before the root, no declaration",
			doc:  "<!-- generated -->\n<rss><channel><item><link>https://news.example/c</link></item></channel></rss>",
			want: []string{"https://news.example/c"},
		},
		{
			name: "rss 1.0 rdf with entities and latin-1",
			doc:  "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><item><title>Br\xfccke &amp; Stadt&nbsp;</title><link>https://news.example/a?x=1&amp;y=2</link><dc:date>2026-11-20</dc:date></item></rdf:RDF>",
			want: []string{"https://news.example/a?x=1&y=2"},
			date: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Parse([]byte(tt.doc), "https://news.example/feeds/all.xml", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Kind != Feed {
				t.Errorf("kind %v, want feed", res.Kind)
			}
			if got := urls(res.Links); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("links\n got %q\nwant %q", got, tt.want)
			}
			if len(res.Links) > 0 && !res.Links[0].Published.Equal(tt.date) {
				t.Errorf("date %v, want %v", res.Links[0].Published, tt.date)
			}
		})
	}
}

// TestParseMalformed: a cut document keeps the links read before the cut.
// (Mismatched end tags are repaired by the lenient decoder, as feeds in
// the wild need.)
func TestParseMalformed(t *testing.T) {
	doc := `<rss><channel>
<item><link>https://news.example/one</link></item>
<item><link>https://news.example/two</link></item>
<item><link>https://news.example/thr`
	res, err := Parse([]byte(doc), "https://news.example/feed", Options{})
	if !errors.Is(err, ErrMalformed) {
		t.Fatalf("err %v, want ErrMalformed", err)
	}
	if got, want := urls(res.Links), []string{"https://news.example/one", "https://news.example/two"}; !reflect.DeepEqual(got, want) {
		t.Errorf("links read before the damage %q, want %q", got, want)
	}
}

func TestParseUnknown(t *testing.T) {
	for _, doc := range []string{"", "plain text", `{"json": true}`, `<?xml version="1.0"?><svg></svg>`, "<?xml version=\"1.0\"?>"} {
		res, err := Parse([]byte(doc), "https://news.example/x", Options{})
		if !errors.Is(err, ErrUnknown) || res == nil || len(res.Links) > 0 {
			t.Errorf("%q: %v, %+v; want ErrUnknown and nothing", doc, err, res)
		}
	}
}

func TestParseLimits(t *testing.T) {
	doc := `<rss><channel><item><link>https://a.example/1</link></item><item><link>https://a.example/2</link></item><item><link>https://a.example/3</link></item></channel></rss>`
	res, err := Parse([]byte(doc), "", Options{MaxLinks: 2})
	if !errors.Is(err, ErrTooLarge) || len(res.Links) != 2 {
		t.Errorf("MaxLinks 2: %v, %d links; want ErrTooLarge and 2", err, len(res.Links))
	}
	res, err = Parse([]byte(doc), "", Options{MaxBytes: 60})
	if err == nil || len(res.Links) != 1 {
		t.Errorf("MaxBytes 60: %v, %d links; want an error and 1 link", err, len(res.Links))
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]time.Time{
		"Mon, 02 Jan 2006 15:04:05 GMT": time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		"2 Jan 2006 15:04:05 +0000":     time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		"2006-01-02T15:04Z":             time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC),
		" 2006-01-02 ":                  time.Date(2006, 1, 2, 0, 0, 0, 0, time.UTC),
		"yesterday":                     {},
	} {
		if got := parseDate(in); !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, want %v", in, got, want)
		}
	}
}

package meta

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestCleanJSON(t *testing.T) {
	tests := []struct{ name, in string }{
		{"trailing commas", `{"a": [1, 2,], "b": {"c": 1,},}`},
		{"html comment around", `<!-- {"a": [1, 2], "b": {"c": 1}} -->`},
		{"cdata and js comments", "//<![CDATA[\n{\"a\": [1, 2], \"b\": {\"c\": 1}}\n//]]>"},
		{"block comment", `/* meta */ {"a": [1, 2], "b": {"c": 1}}`},
		{"raw newline in string", "{\"a\": [1, 2], \"b\": {\"c\": 1}, \"d\": \"x\ny\"}"},
		{"invalid escape", `{"a": [1, 2], "b": {"c": 1}, "d": "it\'s"}`},
		{"statement semicolon", `{"a": [1, 2], "b": {"c": 1}};`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v map[string]any
			if err := json.Unmarshal(cleanJSON([]byte(tt.in)), &v); err != nil {
				t.Fatalf("cleaned JSON does not parse: %v\n%s", err, cleanJSON([]byte(tt.in)))
			}
			if _, ok := v["b"].(map[string]any)["c"]; !ok {
				t.Errorf("lost data: %v", v)
			}
		})
	}
	// Commas and comment markers inside strings are data.
	var v map[string]string
	if err := json.Unmarshal(cleanJSON([]byte(`{"a": "x, ] // <!-- y"}`)), &v); err != nil || v["a"] != "x, ] // <!-- y" {
		t.Errorf("string changed: %q, %v", v["a"], err)
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name      string
		scripts   []string
		headline  string
		body      string
		publisher string
		website   string
	}{
		{
			name:     "plain NewsArticle",
			scripts:  []string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","articleBody":"B"}`},
			headline: "H", body: "B",
		},
		{
			name: "inside @graph with publisher by @id",
			scripts: []string{`{"@graph":[{"@type":"Organization","@id":"#org","name":"Daily Planet"},
				{"@type":"WebSite","name":"Planet Online"},
				{"@type":["Article","NewsArticle"],"headline":"H","publisher":{"@id":"#org"}}]}`},
			headline: "H", publisher: "Daily Planet", website: "Planet Online",
		},
		{
			name:     "top-level array and a second script",
			scripts:  []string{`[{"@type":"BreadcrumbList"}]`, `[{"@type":"ReportageNewsArticle","name":"N"}]`},
			headline: "",
		},
		{
			name:     "NewsArticle preferred over BlogPosting",
			scripts:  []string{`{"@type":"BlogPosting","headline":"Blog"}`, `{"@type":"NewsArticle","headline":"News"}`},
			headline: "News",
		},
		{
			name:     "article as mainEntity of a WebPage",
			scripts:  []string{`{"@type":"WebPage","name":"Page","mainEntity":{"@type":"Article","headline":"Main"}}`},
			headline: "Main",
		},
		{
			name:     "related articles in hasPart are not the page's",
			scripts:  []string{`{"@type":"WebPage","name":"Page","hasPart":[{"@type":"NewsArticle","headline":"Other"}]}`},
			headline: "",
		},
		{
			name:     "tolerates trailing comma and HTML comment",
			scripts:  []string{`<!-- {"@type":"NewsArticle","headline":"H",} -->`},
			headline: "H",
		},
		{
			name:     "entities decoded",
			scripts:  []string{`{"@type":"NewsArticle","headline":"Tom &amp; Jerry"}`},
			headline: "Tom & Jerry",
		},
		{
			name:    "garbage ignored",
			scripts: []string{`{{{`, ``, `"just a string"`, `{"@type": 5}`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld := parseJSONLD(tt.scripts)
			var headline, body string
			if ld.article != nil {
				headline, body = ld.article.headline, ld.article.body
			}
			if headline != tt.headline || body != tt.body || ld.publisher != tt.publisher || ld.website != tt.website {
				t.Errorf("got headline %q body %q publisher %q website %q", headline, body, ld.publisher, ld.website)
			}
		})
	}
}

func TestLDAuthorsAndImage(t *testing.T) {
	ld := parseJSONLD([]string{`{"@graph":[
		{"@type":"Person","@id":"#p1","name":"Julia Meier"},
		{"@type":"NewsArticle","headline":"H",
		 "author":[{"@id":"#p1"},{"@type":"Person","givenName":"Tom","familyName":"Kern"},"Ann Lee",{"@type":"Organization","name":"dpa"}],
		 "image":{"@type":"ImageObject","url":"/a.jpg","caption":"Cap","copyrightHolder":{"name":"AFP"}}}]}`})
	a := ld.article
	if a == nil {
		t.Fatal("no article")
	}
	want := []ldAuthor{{name: "Julia Meier"}, {name: "Tom Kern"}, {name: "Ann Lee"}, {name: "dpa", org: true}}
	if len(a.authors) != len(want) {
		t.Fatalf("authors %+v, want %+v", a.authors, want)
	}
	for i := range want {
		if a.authors[i] != want[i] {
			t.Errorf("author %d = %+v, want %+v", i, a.authors[i], want[i])
		}
	}
	if a.image != (Image{URL: "/a.jpg", Caption: "Cap", Credit: "AFP"}) {
		t.Errorf("image %+v", a.image)
	}
}

func TestLDList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`"Politik, Europa; Wahl"`, []string{"Politik", "Europa", "Wahl"}},
		{`["Politik", "Europa"]`, []string{"Politik", "Europa"}},
		{`["Angst, Panik, Phobien"]`, []string{"Angst", "Panik", "Phobien"}},
		{`["Tom &amp; Jerry", ""]`, []string{"Tom & Jerry"}},
		{`[]`, nil},
	}
	for _, tt := range tests {
		var v any
		if err := json.Unmarshal([]byte(tt.in), &v); err != nil {
			t.Fatal(err)
		}
		if got := ldList(v); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ldList(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

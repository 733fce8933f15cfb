package discover

import (
	"reflect"
	"testing"
)

func TestParseStartPage(t *testing.T) {
	tests := []struct {
		name, page, base string
		want             []string
	}{
		{
			name: "relative, absolute, atom, duplicates and other links",
			page: `<!DOCTYPE html><html><head><title>News</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="All" href="/feed.xml">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://cdn.news.example/atom.xml">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
</head><body><a href="/rss">not a link element</a></body></html>`,
			base: "https://news.example/de/index.html",
			want: []string{"https://news.example/feed.xml", "https://cdn.news.example/atom.xml"},
		},
		{
			name: "base href",
			page: `<html><head><base href="https://news.example/sub/"><link rel="alternate" type="application/rss+xml" href="rss.xml"></head></html>`,
			base: "https://www.news.example/",
			want: []string{"https://news.example/sub/rss.xml"},
		},
		{
			name: "no feeds",
			page: `<html><body><p>Hello</p></body></html>`,
			base: "https://news.example/",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Parse([]byte(tt.page), tt.base, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Kind != Page || !reflect.DeepEqual(res.Feeds, tt.want) {
				t.Errorf("got %v %q, want a page naming %q", res.Kind, res.Feeds, tt.want)
			}
		})
	}
}

package lede_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
)

// fuzzMaxTime, when set, fails a fuzz input that takes longer to extract
// (issue 2 asks for no input over 1 s). It is off by default: a unit test
// must not depend on the machine's speed. For a long run:
//
//	go test -run XXX -fuzz FuzzExtract -fuzztime 10m . -args -fuzzmaxtime 1s
var fuzzMaxTime = flag.Duration("fuzzmaxtime", 0, "fail a FuzzExtract input that takes longer than this (0: no limit)")

// fuzzSnippets are small hostile inputs: broken markup, odd encodings,
// parser corner cases (foreign content, templates, tables), entities that
// are not characters, and metadata that is not what it claims.
var fuzzSnippets = []string{
	"",
	" \n\t",
	"<",
	"<!",
	"<!--",
	"<html",
	"<p>",
	"<p>x",
	"</p></div></body></html>",
	"<p>" + strings.Repeat("word ", 30),
	strings.Repeat("<p>", 600) + strings.Repeat("word ", 30),
	strings.Repeat("<div>", 600) + strings.Repeat("word ", 30),
	strings.Repeat("<b><i>", 300) + strings.Repeat("word ", 30),
	"<table><td>a<td>b<tr><th>c</table><p>" + strings.Repeat("cell text ", 30),
	"<table><caption>Cap</caption><tr><td></td></tr><tr><td>x\ny</td></tr></table>",
	"<ul><li>one<li>two<ol><li>three</ul>" + strings.Repeat(" words", 30),
	"<svg><foreignObject><p>" + strings.Repeat("foreign ", 30) + "</p></foreignObject></svg>",
	"<math><mi><p>" + strings.Repeat("math ", 30),
	"<template><p>" + strings.Repeat("hidden ", 30) + "</p></template>",
	"<noscript><p>" + strings.Repeat("fallback ", 30) + "</p></noscript>",
	"<script>document.write('<p>" + strings.Repeat("x ", 30) + "')</script>",
	"<style>p{}</style><![CDATA[" + strings.Repeat("y ", 30) + "]]>",
	"<pre>  line one\n\n\n  line two\t</pre>" + strings.Repeat(" z", 30),
	"<blockquote><p>q</p><blockquote>qq</blockquote></blockquote>",
	"<h1></h1><h2> </h2><h7>x</h7><p>" + strings.Repeat("text ", 30),
	"<p>\xff\xfe\xfd invalid \xc3\x28 UTF-8 \xed\xa0\x80 surrogate</p>" + strings.Repeat(" w", 30),
	"<p>&#0; &#xD800; &#x110000; &amp &lt;p&gt; &nbsp;&zwnj;&shy;</p>" + strings.Repeat(" w", 30),
	"<p>a\u00adb\u200bc\u2028d\u2029e\ufeff\u202ef</p>" + strings.Repeat(" w", 30),
	"<meta charset=utf-16><p>" + strings.Repeat("sixteen ", 30),
	"<meta charset=iso-2022-jp><p>\x1b$B$3$s$K$A$O\x1b(B " + strings.Repeat("jp ", 30),
	"<meta charset=shift_jis><p>\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd " + strings.Repeat("sj ", 30),
	"<meta charset=x-unknown-charset><p>" + strings.Repeat("unknown ", 30),
	"\xff\xfe<\x00p\x00>\x00x\x00",
	"\xfe\xff\x00<\x00p\x00>\x00",
	"\xff\xfe<",
	"<html lang=\"\xff\"><title>\xff</title><p>" + strings.Repeat("lang ", 30),
	`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"` + strings.Repeat("body words\\n\\n", 30) + `"}</script>`,
	`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[{"name":null},"x",3],"datePublished":"2020-13-45T99:99"}]}</script>`,
	`<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script>`,
	`<script type="application/ld+json">{"articleBody":"\ud800 \u0000 \n\n\n"}</script><p>x`,
	`<meta property="article:published_time" content="yesterday"><meta name="author" content="By  , and  "><time datetime="2020-02-30">x</time>`,
	`<base href="::"><a href="javascript:alert(1)">x</a><a href="//%zz">y</a><img src="data:,">` + strings.Repeat(" w", 30),
	`<link rel=canonical href="http://[::1]:namedport"><meta property="og:url" content="%">`,
	`<article><h1>A</h1></article><article><p>` + strings.Repeat("two ", 30) + `</p></article>`,
	`<p>` + strings.Repeat("a", 70000) + `</p>`,
	`<p title="` + strings.Repeat("x", 70000) + `">t</p>`,
	`<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>` + strings.Repeat("xhtml ", 30),
	`<rss><channel><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>`,
	"%PDF-1.4\n<p>not html</p>",
	"\x00<p>nul</p>",
}

// FuzzExtract checks the promises Extract makes for any input: it returns
// (no panic, which ExtractBytes would turn into an "internal error"); an
// error wraps a sentinel; an Article is valid UTF-8 throughout, marshals to
// JSON that has every key of the schema with [] for empty lists, and has a
// text and word count that agree with its blocks.
func FuzzExtract(f *testing.F) {
	pages, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range fuzzSnippets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		a, err := lede.ExtractBytes(context.Background(), data, lede.Options{URL: "https://news.example/a/b.html"})
		if d := time.Since(start); *fuzzMaxTime > 0 && d > *fuzzMaxTime {
			t.Errorf("extraction took %v (limit %v)", d, *fuzzMaxTime)
		}
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic in extraction: %v", err)
			}
			if !isSentinel(err) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if !errors.Is(err, lede.ErrNoArticle) {
				if a != nil {
					t.Fatalf("an Article with error %v", err)
				}
				return
			}
			if a == nil {
				t.Fatalf("no Article with %v", err)
			}
		}
		for _, p := range articleProblems(a) {
			t.Error(p)
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		for _, p := range schemaProblems(out) {
			t.Error(p)
		}
	})
}

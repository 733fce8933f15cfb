//go:build !only_trafilatura && !only_readability

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

func TestLedeErrorText(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: body has 12 words", lede.ErrNoArticle), "no_article: body has 12 words"},
		{lede.ErrEmpty, "empty"},
		{fmt.Errorf("stage: %w", lede.ErrNotHTML), "not_html: stage: not_html"},
		{errors.New("lede: internal error: boom"), "internal: lede: internal error: boom"},
	}
	for _, tt := range tests {
		if got := errorText(ledeTool.code, tt.err); got != tt.want {
			t.Errorf("errorText(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// TestLedeLine checks that lede's lines carry the whole Article, as
// `lede batch` writes it, and stay valid when lede found nothing.
func TestLedeLine(t *testing.T) {
	a := &lede.Article{Headline: "H", Text: "T", Authors: []string{"A"}}
	tests := []struct {
		name    string
		found   any
		errText string
		want    []string // substrings of the JSON line
		notWant []string
	}{
		{"article", a, "", []string{`"source":"p.html"`, `"headline":"H"`, `"text":"T"`, `"schema_version":`}, []string{`"error"`}},
		{"metadata and error", a, "no_article: short", []string{`"headline":"H"`, `"error":"no_article: short"`}, nil},
		{"nothing", nil, "empty", []string{`"source":"p.html"`, `"error":"empty"`}, []string{`"headline"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(ledeLine("p.html", tt.found, tt.errText))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("line %s lacks %s", b, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(string(b), w) {
					t.Errorf("line %s has %s", b, w)
				}
			}
		})
	}
}

// TestExtractLedeEmpty checks the nil-interface case: lede finds nothing in
// an empty page, and the result is a plain nil, not a typed nil.
func TestExtractLedeEmpty(t *testing.T) {
	found, err := extractLede(context.Background(), nil)
	if err == nil {
		t.Fatal("empty page: no error")
	}
	if found != nil {
		if a, ok := found.(*lede.Article); ok && a == nil {
			t.Error("typed nil *lede.Article inside the interface")
		}
	}
}

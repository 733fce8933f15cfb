package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// toolNames lists the tools in the order they appear in tables.
var toolNames = []string{"lede", "trafilatura", "readability"}

// An extractor runs one tool on one page. found is what the tool saw, as
// the tool's line function reads it; when err is not nil the page failed
// and found, if not nil, still holds the metadata the tool saw. Every
// extractor is safe for concurrent use.
type extractor func(ctx context.Context, page []byte) (found any, err error)

// A tool is one extractor under comparison.
type tool struct {
	name    string
	extract extractor // nil when this binary was built without the tool
	// line makes a page's output line from what extract found, the page's
	// source and the error text ("" when the page succeeded).
	line func(source string, found any, errText string) any
	// code gives the stable error code of an error extract returned.
	code func(error) string
}

// Every tool is built in unless a build tag leaves it out (see the
// tool_*.go files): `-tags only_lede`, `only_trafilatura` or
// `only_readability` builds ledebench with that tool alone. speed runs each
// tool from such a binary when it has one, because linking a tool links its
// start-up allocations too (go-trafilatura builds tens of MiB of tables
// before main runs), which would otherwise count in every tool's peak RSS.
// Hence no file outside tool_lede.go imports lede.

// checkToolName returns an error when name is not one of toolNames.
func checkToolName(name string) error {
	if !slices.Contains(toolNames, name) {
		return fmt.Errorf("unknown tool %q (want %s)", name, strings.Join(toolNames, ", "))
	}
	return nil
}

// newTool returns the named tool, or an error when the name is unknown or
// the tool was left out of this binary.
func newTool(name string) (tool, error) {
	if err := checkToolName(name); err != nil {
		return tool{}, err
	}
	var t tool
	switch name {
	case "lede":
		t = ledeTool
	case "trafilatura":
		t = trafilaturaTool
	case "readability":
		t = readabilityTool
	}
	if t.extract == nil {
		return tool{}, fmt.Errorf("tool %q was left out of this binary by a build tag", name)
	}
	return t, nil
}

// linkedTools lists the tools built into this binary.
func linkedTools() []string {
	var names []string
	for _, name := range toolNames {
		if _, err := newTool(name); err == nil {
			names = append(names, name)
		}
	}
	return names
}

// safely runs ex on one page and turns a panic into the page's error, so
// that one bad page never stops a batch or a timing run.
func safely(ctx context.Context, ex extractor, page []byte) (found any, err error) {
	defer func() {
		if r := recover(); r != nil {
			found, err = nil, fmt.Errorf("internal: panic: %v", r)
		}
	}()
	return ex(ctx, page)
}

// peerRecord is what a peer found on a page, and its output line once
// Source (and Error, for a failed page) are set: only the fields a peer
// fills, named as in lede's Article.
type peerRecord struct {
	Source    string   `json:"source"`
	Headline  string   `json:"headline,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Language  string   `json:"language,omitempty"`
	Text      string   `json:"text,omitempty"`
	Error     string   `json:"error,omitempty"`
}

// peerLine is the line function of the peers, whose extractors find a
// *peerRecord.
func peerLine(source string, found any, errText string) any {
	var r peerRecord
	if p, ok := found.(*peerRecord); ok && p != nil {
		r = *p
	}
	r.Source, r.Error = source, errText
	return r
}

// errPeerNoArticle marks a peer's finding that the page holds no article.
var errPeerNoArticle = errors.New("no_article")

// peerCode is the code function of the peers: "no_article" for
// errPeerNoArticle, "internal" for anything else.
func peerCode(err error) string {
	if errors.Is(err, errPeerNoArticle) {
		return "no_article"
	}
	return "internal"
}

// splitAuthors splits an author string with names joined by ";" (as
// go-trafilatura writes them) into a list; nil when there is none.
func splitAuthors(s string) []string {
	var names []string
	for name := range strings.SplitSeq(s, ";") {
		if name = strings.TrimSpace(name); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// dateOnly formats t as YYYY-MM-DD in its own location, or "" for the zero time.
func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lede-news/lede"
)

// toolNames lists the tools in the order they appear in tables.
var toolNames = []string{"lede", "trafilatura", "readability"}

// An extractor turns one page into an Article. When the error is not nil
// the page failed; the Article, if not nil, still holds the metadata found.
// Every extractor is safe for concurrent use.
type extractor func(ctx context.Context, page []byte) (*lede.Article, error)

// A tool is one extractor under comparison.
type tool struct {
	name    string
	extract extractor // nil when this binary was built without the tool
	// peer marks a tool that fills only some Article fields (text, headline,
	// authors, published, language); its batch lines carry only those.
	peer bool
}

// Each peer is linked in unless a build tag leaves it out (see
// tool_trafilatura.go and tool_readability.go): `-tags only_lede` builds
// lede alone, `-tags only_trafilatura` or `-tags only_readability` lede and
// that one peer. speed runs each tool from such a binary when it has one,
// because linking a peer also links its start-up allocations (go-trafilatura
// builds tens of MiB of date-parser tables before main runs), which would
// otherwise count in every tool's peak RSS.
var ledeTool = tool{name: "lede", extract: extractLede}

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
func safely(ctx context.Context, ex extractor, page []byte) (a *lede.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("internal: panic: %v", r)
		}
	}()
	return ex(ctx, page)
}

// extractLede runs lede with its default options, as `lede batch` does.
func extractLede(ctx context.Context, page []byte) (*lede.Article, error) {
	return lede.ExtractBytes(ctx, page, lede.Options{})
}

// dateOnly formats t as YYYY-MM-DD in its own location, or "" for the zero time.
func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// splitAuthors splits go-trafilatura's author string, names joined by "; ",
// into a list; nil when there is none.
func splitAuthors(s string) []string {
	var names []string
	for name := range strings.SplitSeq(s, ";") {
		if name = strings.TrimSpace(name); name != "" {
			names = append(names, name)
		}
	}
	return names
}

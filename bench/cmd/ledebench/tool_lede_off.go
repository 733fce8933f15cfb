//go:build only_trafilatura || only_readability

package main

// ledeTool is left out of this binary (see tools.go).
var ledeTool = tool{name: "lede"}
